/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How a charger's PV feed runs: switched on or off, how often {@code ids} is sent (the charger needs it at least
 * every 5 s) and how old the grid value may be before sending stops.
 *
 * @param enabled whether the feed sends at all (configuration {@value #PARAM_ENABLED})
 * @param interval time between two {@code ids} sets, 1–5 s (configuration {@value #PARAM_INTERVAL}, seconds)
 * @param maxAge age of the grid value after which the feed pauses, 1 s–1 h (configuration
 *            {@value #PARAM_MAX_AGE}, seconds)
 */
@NonNullByDefault
public record PvFeedSettings(boolean enabled, Duration interval, Duration maxAge) {

    public static final String PARAM_ENABLED = "pvFeedEnabled";
    public static final String PARAM_INTERVAL = "pvFeedInterval";
    public static final String PARAM_MAX_AGE = "pvFeedMaxAge";

    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    public static final Duration MAX_INTERVAL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_INTERVAL = MAX_INTERVAL;
    public static final Duration MIN_MAX_AGE = Duration.ofSeconds(1);
    public static final Duration MAX_MAX_AGE = Duration.ofHours(1);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);

    /** @throws IllegalArgumentException naming the configuration parameter that is out of range */
    public PvFeedSettings {
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException(PARAM_INTERVAL + " must be 1 to 5 seconds (the charger needs PV data "
                    + "at least every 5 s), not " + describe(interval));
        }
        if (maxAge.compareTo(MIN_MAX_AGE) < 0 || maxAge.compareTo(MAX_MAX_AGE) > 0) {
            throw new IllegalArgumentException(
                    PARAM_MAX_AGE + " must be 1 to 3600 seconds, not " + describe(maxAge));
        }
    }

    /** Switched on, every 5 s, grid values up to 30 s old. */
    public static PvFeedSettings defaults() {
        return new PvFeedSettings(true, DEFAULT_INTERVAL, DEFAULT_MAX_AGE);
    }

    /** From the thing configuration's values (seconds); null numbers take the defaults. */
    public static PvFeedSettings of(boolean enabled, @Nullable Number intervalSeconds,
            @Nullable Number maxAgeSeconds) {
        return new PvFeedSettings(enabled, seconds(PARAM_INTERVAL, intervalSeconds, DEFAULT_INTERVAL),
                seconds(PARAM_MAX_AGE, maxAgeSeconds, DEFAULT_MAX_AGE));
    }

    private static Duration seconds(String parameter, @Nullable Number seconds, Duration fallback) {
        if (seconds == null) {
            return fallback;
        }
        double value = seconds.doubleValue();
        if (!Double.isFinite(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(parameter + " must be a number of seconds, not " + seconds);
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
