/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Status;

/**
 * Where the requested current of an API v1 charger goes. {@code amx} where the firmware has it (033 and later: the
 * last status holds {@code amx}): it acts at once and is not written to flash. Otherwise {@code amp}, which the
 * charger writes to flash, so at most once every {@link #AMP_INTERVAL}. Before the first status it is not known
 * which, and a current outside 6–32 A or above {@code ama} is refused too. Thread-safe.
 */
@NonNullByDefault
final class V1CurrentWriter {

    /** The shortest time between two {@code amp} writes (flash wear). */
    static final Duration AMP_INTERVAL = Duration.ofMinutes(1);
    static final int MIN_AMPS = 6;
    static final int MAX_AMPS = 32;

    /** What to write: {@code key} with the current, or nothing and why ({@code refusal}). */
    record Plan(@Nullable String key, @Nullable String refusal) {
    }

    private final Clock clock;
    private volatile @Nullable V1Status last;
    private volatile @Nullable Instant lastAmpWrite;

    V1CurrentWriter(Clock clock) {
        this.clock = clock;
    }

    void statusArrived(V1Status status) {
        last = status;
    }

    /** Where {@code amps} would go now, or why it is refused. */
    Plan plan(int amps) {
        V1Status status = last;
        if (amps < MIN_AMPS || amps > MAX_AMPS) {
            return refused(amps + " A is outside " + MIN_AMPS + "–" + MAX_AMPS + " A");
        }
        if (status == null) {
            return refused("no status from the charger yet (whether it has amx is not known)");
        }
        Integer maximum = whole(status.text("ama"));
        if (maximum != null && amps > maximum) {
            return refused(amps + " A is above the maximum of " + maximum + " A (maximum current setting ama)");
        }
        if (status.has("amx")) {
            return new Plan("amx", null);
        }
        Instant previous = lastAmpWrite;
        if (previous != null) {
            Duration since = Duration.between(previous, clock.instant());
            if (since.compareTo(AMP_INTERVAL) < 0) {
                return refused("this firmware has no amx, and amp is written to flash: at most once a minute, next in "
                        + AMP_INTERVAL.minus(since).toSeconds() + " s");
            }
        }
        return new Plan("amp", null);
    }

    /** {@code key} was published: an {@code amp} write starts the minute. */
    void written(String key) {
        if ("amp".equals(key)) {
            lastAmpWrite = clock.instant();
        }
    }

    private static Plan refused(String reason) {
        return new Plan(null, reason);
    }

    private static @Nullable Integer whole(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
