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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.Write;

/**
 * The {@code amx} and {@code alw} writes of {@link V1SurplusControl} that a v1 charger does not show yet. A v1
 * charger sends no answer: a write counts as done when a status shows its value, and is sent again when none did
 * within {@link #RESEND_AFTER}. Until then the written value is the one the control goes by. Not thread-safe (the
 * control guards it).
 */
@NonNullByDefault
final class V1PendingWrites {

    /** A write the charger does not show after this long is sent again. */
    static final Duration RESEND_AFTER = Duration.ofSeconds(15);
    static final String CURRENT = "amx";
    static final String ALLOW = "alw";

    private final Map<String, Sent> pending = new HashMap<>();
    private @Nullable Instant lastWrite;

    private record Sent(String value, Instant at) {
    }

    /**
     * Forgets the writes {@code reading} shows and those sent {@link #RESEND_AFTER} ago or longer; returns whether
     * an {@code alw} write was forgotten unshown (the contactor did not switch).
     */
    boolean observe(V1ChargerReading reading, Instant now) {
        boolean allowLost = false;
        for (String key : List.of(CURRENT, ALLOW)) {
            Sent sent = pending.get(key);
            if (sent == null) {
                continue;
            }
            boolean shown = sent.value().equals(shown(key, reading));
            if (shown || !now.isBefore(sent.at().plus(RESEND_AFTER))) {
                pending.remove(key);
                allowLost |= !shown && ALLOW.equals(key);
            }
        }
        return allowLost;
    }

    /** Whether charging is allowed, as written or else as shown. */
    boolean allowed(V1ChargerReading reading) {
        return "1".equals(effective(ALLOW, reading));
    }

    /** The requested current in A, as written or else as shown. */
    int current(V1ChargerReading reading) {
        return Integer.parseInt(effective(CURRENT, reading));
    }

    /** When the last write was made, or null. */
    @Nullable
    Instant lastWrite() {
        return lastWrite;
    }

    /** Adds {@code key=value} unless it is the value in force; returns whether it was added. */
    boolean want(String key, String value, V1ChargerReading reading, Instant now, List<Write> writes) {
        if (value.equals(effective(key, reading))) {
            return false;
        }
        writes.add(new Write(key, value));
        pending.put(key, new Sent(value, now));
        lastWrite = now;
        return true;
    }

    private String effective(String key, V1ChargerReading reading) {
        Sent sent = pending.get(key);
        return sent != null ? sent.value() : shown(key, reading);
    }

    private static String shown(String key, V1ChargerReading reading) {
        return CURRENT.equals(key) ? Integer.toString(reading.current()) : reading.allowed() ? "1" : "0";
    }
}
