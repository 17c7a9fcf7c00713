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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The three inputs of the charger's PV-surplus logic, in the order the {@code ids} object lists them.
 */
@NonNullByDefault
public enum PvInput {
    /** Positive = drawing from the grid, negative = feeding in. Its freshness decides whether anything is sent. */
    GRID("pGrid", ControlChannels.GRID_POWER),
    /** PV production (the charger reads a negative value as "inverter in standby"). Optional. */
    PV("pPv", ControlChannels.PV_POWER),
    /** Positive = battery discharging, negative = battery charging. Optional. */
    BATTERY("pAkku", ControlChannels.BATTERY_POWER);

    private final String member;
    private final String channel;

    PvInput(String member, String channel) {
        this.member = member;
        this.channel = channel;
    }

    /** The member name inside the {@code ids} object. */
    public String member() {
        return member;
    }

    /** The channel ({@code group#id}) that receives this input. */
    public String channel() {
        return channel;
    }

    /** The input fed through {@code channel} ({@code group#id}), or null. */
    public static @Nullable PvInput byChannel(String channel) {
        for (PvInput input : values()) {
            if (input.channel.equals(channel)) {
                return input;
            }
        }
        return null;
    }
}
