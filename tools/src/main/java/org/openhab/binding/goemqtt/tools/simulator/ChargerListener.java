/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a simulated charger reports about itself, e.g. for a command line to print. Called while the charger holds
 * its lock: keep it short and never call back into the charger from another thread and wait for it.
 */
@NonNullByDefault
public interface ChargerListener {

    /** Reports nothing. */
    ChargerListener NONE = new ChargerListener() {
    };

    /** Connected to the broker and published the retained burst of {@code keys} messages. */
    default void connected(SimulatedCharger charger, String brokerUri, int keys) {
    }

    /** Left the broker: {@code silent} when it dropped off (no DISCONNECT packet), else a clean disconnect. */
    default void disconnected(SimulatedCharger charger, boolean silent) {
    }

    /** Answered (or ignored) one {@code <key>/set}. */
    default void setHandled(SimulatedCharger charger, String key, String payload, SetAnswer answer) {
    }

    /** {@code car} changed, e.g. 1 → 3 after plugging in. */
    default void carStateChanged(SimulatedCharger charger, int from, int to) {
    }
}
