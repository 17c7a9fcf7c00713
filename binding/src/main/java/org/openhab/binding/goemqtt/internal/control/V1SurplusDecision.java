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

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What {@link V1SurplusControl} decided for one status period: the writes to publish on {@code cmd/req}, in this
 * order (empty when nothing changes), and what the control is doing and why.
 *
 * @param writes the {@code key=value} commands, in order
 * @param state the machine-readable state
 * @param text a short English text for the control's status channel, e.g.
 *            {@code charging at 10 A: surplus 7100 W (3 phases, 231 V)}
 */
@NonNullByDefault
public record V1SurplusDecision(List<Write> writes, State state, String text) {

    /** One command for {@code cmd/req}. */
    public record Write(String key, String value) {

        /** The payload, e.g. {@code amx=10}. */
        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** What the control is doing. */
    public enum State {
        /** Switched off in the configuration; no writes. */
        DISABLED,
        /** No grid power value yet (for up to the maximum age after the start); no writes. */
        WAITING_FOR_METER,
        /** The charger reports an error or an unknown car state; no writes. */
        CHARGER_NOT_READY,
        /** No car plugged in: charging is kept disallowed so that a car plugged in waits for the surplus. */
        NO_CAR,
        /** Not charging: the surplus is below what 6 A need. */
        WAITING_FOR_SURPLUS,
        /** The surplus would start charging, but the minimum off time has not passed. */
        OFF_HOLD,
        /** Charging starts now ({@code amx}, then {@code alw=1}). */
        STARTING,
        /** Charging; the current follows the surplus. */
        CHARGING,
        /** The surplus is below the stop level, but charging goes on at 6 A (minimum on time, stop delay). */
        ON_HOLD,
        /** Charging stops now ({@code alw=0}): the surplus stayed below the stop level. */
        STOPPING,
        /** The grid value is stale: charging is stopped (fallback {@code stop}). */
        STALE_STOPPED,
        /** The grid value is stale: charging at the fixed fallback current (fallback {@code current}). */
        STALE_FIXED_CURRENT
    }

    public V1SurplusDecision {
        writes = List.copyOf(writes);
    }

    /** Whether there is anything to publish. */
    public boolean hasWrites() {
        return !writes.isEmpty();
    }

    /** The payloads joined for a log line, e.g. {@code amx=7, alw=1}; empty when there are none. */
    public String payloads() {
        return writes.stream().map(Write::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return state + " (" + text + ")" + (writes.isEmpty() ? "" : ": " + payloads());
    }
}
