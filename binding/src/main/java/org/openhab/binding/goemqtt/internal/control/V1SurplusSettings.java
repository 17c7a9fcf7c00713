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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How the binding's own PV-surplus control of an API v1 charger runs ({@link V1SurplusControl}).
 *
 * @param enabled whether the control writes at all (configuration {@value #PARAM_ENABLED}, default off)
 * @param reserveWatts power kept for the house, 0–10000 W (configuration {@value #PARAM_RESERVE})
 * @param hysteresisWatts how far the surplus may fall below the 6 A minimum before charging stops, 0–5000 W
 *            (configuration {@value #PARAM_HYSTERESIS})
 * @param minOnTime shortest charging period once started, 0 s–1 h (configuration {@value #PARAM_MIN_ON_TIME})
 * @param minOffTime shortest pause once stopped, 0 s–1 h (configuration {@value #PARAM_MIN_OFF_TIME})
 * @param maxAge age of the grid value after which the control stops and the fallback applies, 1 s–1 h
 *            (configuration {@value #PARAM_MAX_AGE})
 * @param fallback what stale meter data leads to (configuration {@value #PARAM_FALLBACK}: {@code stop} or
 *            {@code current})
 * @param fallbackCurrent the fixed current of {@link Fallback#CURRENT}, 6–32 A (configuration
 *            {@value #PARAM_FALLBACK_CURRENT})
 */
@NonNullByDefault
public record V1SurplusSettings(boolean enabled, int reserveWatts, int hysteresisWatts, Duration minOnTime,
        Duration minOffTime, Duration maxAge, Fallback fallback, int fallbackCurrent) {

    public static final String PARAM_ENABLED = "pvControlEnabled";
    public static final String PARAM_RESERVE = "pvControlReserve";
    public static final String PARAM_HYSTERESIS = "pvControlHysteresis";
    public static final String PARAM_MIN_ON_TIME = "pvControlMinOnTime";
    public static final String PARAM_MIN_OFF_TIME = "pvControlMinOffTime";
    public static final String PARAM_MAX_AGE = "pvControlMaxAge";
    public static final String PARAM_FALLBACK = "pvControlFallback";
    public static final String PARAM_FALLBACK_CURRENT = "pvControlFallbackCurrent";

    public static final int MAX_RESERVE = 10_000;
    public static final int DEFAULT_RESERVE = 100;
    public static final int MAX_HYSTERESIS = 5_000;
    public static final int DEFAULT_HYSTERESIS = 300;
    public static final Duration MAX_HOLD = Duration.ofHours(1);
    public static final Duration DEFAULT_MIN_ON_TIME = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MIN_OFF_TIME = Duration.ofMinutes(2);
    public static final Duration MIN_MAX_AGE = Duration.ofSeconds(1);
    public static final Duration MAX_MAX_AGE = Duration.ofHours(1);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);
    public static final int MIN_CURRENT = 6;
    public static final int MAX_CURRENT = 32;

    /** What the control does while the grid value is stale. */
    public enum Fallback {
        /** Stop charging ({@code alw=0}). */
        STOP,
        /** Charge at {@link V1SurplusSettings#fallbackCurrent()} ({@code amx}, {@code alw=1}). */
        CURRENT;

        /** The configuration value, {@code stop} or {@code current}. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException naming the configuration parameter that is out of range */
    public V1SurplusSettings {
        within(PARAM_RESERVE, reserveWatts, 0, MAX_RESERVE, "W");
        within(PARAM_HYSTERESIS, hysteresisWatts, 0, MAX_HYSTERESIS, "W");
        within(PARAM_MIN_ON_TIME, minOnTime, Duration.ZERO, MAX_HOLD);
        within(PARAM_MIN_OFF_TIME, minOffTime, Duration.ZERO, MAX_HOLD);
        within(PARAM_MAX_AGE, maxAge, MIN_MAX_AGE, MAX_MAX_AGE);
        within(PARAM_FALLBACK_CURRENT, fallbackCurrent, MIN_CURRENT, MAX_CURRENT, "A");
    }

    /** Switched off; otherwise the defaults: 100 W reserve, 300 W hysteresis, 5 min on, 2 min off, 30 s, stop. */
    public static V1SurplusSettings defaults() {
        return new V1SurplusSettings(false, DEFAULT_RESERVE, DEFAULT_HYSTERESIS, DEFAULT_MIN_ON_TIME,
                DEFAULT_MIN_OFF_TIME, DEFAULT_MAX_AGE, Fallback.STOP, MIN_CURRENT);
    }

    /** The same settings, switched on or off. */
    public V1SurplusSettings withEnabled(boolean on) {
        return new V1SurplusSettings(on, reserveWatts, hysteresisWatts, minOnTime, minOffTime, maxAge, fallback,
                fallbackCurrent);
    }

    /**
     * From the thing configuration's values (watts, seconds, amperes, {@code stop}/{@code current}); null values
     * take the defaults.
     */
    public static V1SurplusSettings of(@Nullable Boolean enabled, @Nullable Number reserveWatts,
            @Nullable Number hysteresisWatts, @Nullable Number minOnSeconds, @Nullable Number minOffSeconds,
            @Nullable Number maxAgeSeconds, @Nullable String fallback, @Nullable Number fallbackCurrent) {
        return new V1SurplusSettings(Boolean.TRUE.equals(enabled),
                whole(PARAM_RESERVE, reserveWatts, DEFAULT_RESERVE),
                whole(PARAM_HYSTERESIS, hysteresisWatts, DEFAULT_HYSTERESIS),
                seconds(PARAM_MIN_ON_TIME, minOnSeconds, DEFAULT_MIN_ON_TIME),
                seconds(PARAM_MIN_OFF_TIME, minOffSeconds, DEFAULT_MIN_OFF_TIME),
                seconds(PARAM_MAX_AGE, maxAgeSeconds, DEFAULT_MAX_AGE), fallback(fallback),
                whole(PARAM_FALLBACK_CURRENT, fallbackCurrent, MIN_CURRENT));
    }

    private static Fallback fallback(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Fallback.STOP;
        }
        for (Fallback candidate : Fallback.values()) {
            if (candidate.value().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(PARAM_FALLBACK + " must be 'stop' or 'current', not '" + value + "'");
    }

    private static int whole(String parameter, @Nullable Number value, int fallback) {
        if (value == null) {
            return fallback;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number) || number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(parameter + " must be a whole number, not " + value);
        }
        return (int) number;
    }

    private static Duration seconds(String parameter, @Nullable Number value, Duration fallback) {
        return value == null ? fallback : Duration.ofSeconds(whole(parameter, value, 0));
    }

    private static void within(String parameter, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    parameter + " must be " + min + " to " + max + " " + unit + ", not " + value + " " + unit);
        }
    }

    private static void within(String parameter, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(parameter + " must be " + min.toSeconds() + " to " + max.toSeconds()
                    + " s, not " + value.toSeconds() + " s");
        }
    }
}
