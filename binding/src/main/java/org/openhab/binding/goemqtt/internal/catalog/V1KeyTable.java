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

import static org.openhab.binding.goemqtt.internal.catalog.Access.R;
import static org.openhab.binding.goemqtt.internal.catalog.Access.RW;
import static org.openhab.binding.goemqtt.internal.catalog.ChannelGroup.CHARGING;
import static org.openhab.binding.goemqtt.internal.catalog.ChannelGroup.ENERGY;
import static org.openhab.binding.goemqtt.internal.catalog.ChannelGroup.STATUS;
import static org.openhab.binding.goemqtt.internal.catalog.Selector.WHOLE;
import static org.openhab.binding.goemqtt.internal.catalog.Selector.index;
import static org.openhab.core.library.unit.Units.AMPERE;
import static org.openhab.core.library.unit.Units.WATT;
import static org.openhab.core.library.unit.Units.WATT_HOUR;

import java.util.List;

import javax.measure.MetricPrefix;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The rows of the API v1 status keys (hardware V2 chargers: one JSON status object, every value a JSON string but
 * {@code nrg}). Where a key means what a v2 key means, it feeds the same channel id, so items, panels and rules work
 * for both kinds of charger.
 * <p>
 * First rows only, enough for the handler; the full table follows the v1 documents key by key.
 */
@NonNullByDefault
final class V1KeyTable {

    private static final boolean BASIC = false;

    private V1KeyTable() {
    }

    static List<KeyRow> rows() {
        return List.of( //
                new KeyRow("car", WHOLE, STATUS, "car-state", "Number", R, BASIC, Codecs.code(Codes.CAR)), //
                new KeyRow("amp", WHOLE, CHARGING, "requested-current", "Number:ElectricCurrent", RW, BASIC,
                        Codecs.wholeQuantity(AMPERE)), //
                new KeyRow("alw", WHOLE, STATUS, "charging-allowed", "Switch", RW, BASIC, Codecs.onOff()), //
                // nrg[11]: total power in 0.01 kW
                new KeyRow("nrg", index(11), ENERGY, "power", "Number:Power", R, BASIC,
                        Codecs.quantity(MetricPrefix.DECA(WATT))), //
                // eto: 0.1 kWh
                new KeyRow("eto", WHOLE, ENERGY, "total-energy", "Number:Energy", R, BASIC,
                        Codecs.quantity(MetricPrefix.HECTO(WATT_HOUR))));
    }
}
