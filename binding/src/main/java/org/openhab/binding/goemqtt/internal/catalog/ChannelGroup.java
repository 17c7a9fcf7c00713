/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The channel groups of a charger thing, in the order the thing type lists them, then those only the go-e Controller
 * has ({@link #controllerOnly()}). The id is the group id and, for the charger's, the channel group type id in
 * {@code OH-INF/thing/}.
 */
@NonNullByDefault
public enum ChannelGroup {
    STATUS("status"),
    CHARGING("charging"),
    ENERGY("energy"),
    PHASES("phases"),
    PV("pv"),
    TEMPERATURES("temperatures"),
    DEVICE("device"),
    MQTT("mqtt"),
    CONFIG("config"),
    RFID("rfid"),
    OCPP("ocpp"),
    LOAD_MANAGEMENT("load-management"),
    SCHEDULER("scheduler"),
    NETWORK("network"),
    LED("led"),
    GRID("grid-protection"),
    /** OCPP credentials and the Wi-Fi configurations: secrets masked (docs/catalog.md, "Secrets"). */
    CREDENTIALS("credentials"),
    /** Controller: voltages, brightness and the meter data of its own. */
    METER("meter"),
    /** Controller: category names, factors, sensor phases and the like. */
    METER_SETTINGS("meter-settings"),
    /** Controller: power, energy and currents per category in use, added at run time (labels: the owner's names). */
    CATEGORIES("categories"),
    /** Controller: current, power and power factor per named current sensor, added at run time. */
    SENSORS("sensors"),
    /** Keys the catalog does not know: one raw JSON channel each, added at run time. */
    RAW("raw");

    private final String id;

    ChannelGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether only the go-e Controller's thing has this group (the charger's thing type lists all others). */
    public boolean controllerOnly() {
        return this == METER || this == METER_SETTINGS || this == CATEGORIES || this == SENSORS;
    }

    /** The group with this id, or null. */
    public static @Nullable ChannelGroup byId(String id) {
        for (ChannelGroup group : values()) {
            if (group.id.equals(id)) {
                return group;
            }
        }
        return null;
    }
}
