/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.KeyRow;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;

/**
 * How the console shows an API v1 charger's quantities: in the unit the same channel has on an API v2 charger (W, A,
 * Wh, ms), rounded to three decimals, so both demos read alike. An API v1 status carries its own scaling (0.01 kW,
 * 0.1 A, deca-watt-seconds), which the binding posts as it is and openHAB converts to the item's unit; the console
 * has no items. Only what is printed changes: the states kept are the ones posted.
 */
@NonNullByDefault
final class ShownUnits implements BiFunction<String, State, State> {

    /** Shows every state as posted. */
    static final BiFunction<String, State, State> AS_POSTED = (channel, state) -> state;
    private static final int DECIMALS = 3;

    private final Map<String, Unit<?>> units = new HashMap<>();

    /** The units of the channels of an API v2 charger ({@link Catalog#standard()}). */
    static ShownUnits ofV2Channels() {
        ShownUnits shown = new ShownUnits();
        for (KeyRow row : Catalog.standard().rows()) {
            Unit<?> unit = row.unit();
            if (unit != null) {
                shown.units.putIfAbsent(row.channelUid(), unit);
            }
        }
        return shown;
    }

    private ShownUnits() {
    }

    @Override
    public State apply(String channel, State state) {
        Unit<?> unit = units.get(channel);
        if (unit == null || !(state instanceof QuantityType<?> quantity) || unit.equals(quantity.getUnit())) {
            return state;
        }
        QuantityType<?> converted = quantity.toUnit(unit);
        if (converted == null) {
            return state; // another dimension: shown as posted
        }
        BigDecimal value = converted.toBigDecimal().setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return new QuantityType<>(value.scale() < 0 ? value.setScale(0) : value, converted.getUnit());
    }
}
