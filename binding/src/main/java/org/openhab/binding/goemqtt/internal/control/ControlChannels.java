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

/**
 * The ids ({@code <group>#<channel>}) of the channels the control parts serve. They are not API keys, so they are
 * not catalog rows; their channel types are static XML next to the catalog's.
 */
@NonNullByDefault
public final class ControlChannels {

    /** Writable {@code Number:Power}: grid power, positive = import, negative = export. */
    public static final String GRID_POWER = "pv#grid-power";
    /** Writable {@code Number:Power}: PV production. */
    public static final String PV_POWER = "pv#pv-power";
    /** Writable {@code Number:Power}: battery power, positive = discharging, negative = charging. */
    public static final String BATTERY_POWER = "pv#battery-power";
    /** Read-only Switch: ON while the binding feeds {@code ids} and the charger takes it. */
    public static final String FEED_ACTIVE = "pv#feed-active";
    /** Writable {@code Number:ElectricCurrent}: the temporary current limit the binding keeps alive. */
    public static final String TEMPORARY_CURRENT_LIMIT = "charging#temporary-current-limit";
    /** Trigger: car, charging, error and phase transitions (payloads in {@link TransitionTriggers}). */
    public static final String EVENT = "status#event";

    private ControlChannels() {
    }
}
