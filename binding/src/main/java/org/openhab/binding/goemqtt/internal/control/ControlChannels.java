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
 * The ids ({@code <group>#<channel>}) of the channels the control parts serve. The PV inputs, the feed status and
 * the event trigger are not API keys, so they are not catalog rows; their channel types are static XML next to the
 * catalog's. The inputs are command-only: the handler never posts a state to them, so an item linked with the
 * {@code follow} profile (a meter item) is never written back. The charger's own view of those values is in the
 * read-only channels of the keys {@code pgrid}, {@code ppv}, {@code pakku}. The temporary current limit is the
 * channel of the key {@code tcl}: its state is the key's value, its commands go to the limit keeper.
 */
@NonNullByDefault
public final class ControlChannels {

    /** Writable {@code Number:Power}: grid power, positive = import, negative = export. */
    public static final String GRID_POWER = "pv#grid-power-input";
    /** Writable {@code Number:Power}: PV production. */
    public static final String PV_POWER = "pv#pv-power-input";
    /** Writable {@code Number:Power}: battery power, positive = discharging, negative = charging. */
    public static final String BATTERY_POWER = "pv#battery-power-input";
    /** Read-only Switch: ON while the binding feeds {@code ids} and the charger takes it. */
    public static final String FEED_ACTIVE = "pv#feed-active";
    /**
     * The catalog's channel of {@code tcl} ({@code Number:ElectricCurrent}): its commands go to
     * {@link ControlCommands#temporaryLimitCommand}, which keeps the limit alive, instead of a plain set.
     */
    public static final String TEMPORARY_CURRENT_LIMIT = "charging#temporary-current";
    /** The catalog's channel of {@code amp}, whose state description {@link CurrentBounds} bounds. */
    public static final String REQUESTED_CURRENT = "charging#requested-current";
    /** Trigger: car, charging, error and phase transitions (payloads in {@link TransitionTriggers}). */
    public static final String EVENT = "status#event";

    private ControlChannels() {
    }
}
