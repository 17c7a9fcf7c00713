/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.library.unit;

import javax.measure.Unit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.format.SimpleUnitFormat;

/**
 * The SI units openHAB names itself.
 */
@NonNullByDefault
public final class SIUnits extends CustomUnits {

    /** Name of this system of units. */
    public static final String MEASUREMENT_SYSTEM_NAME = "SI";

    private static final SIUnits INSTANCE = new SIUnits();

    public static final Unit<Temperature> CELSIUS = add(tech.units.indriya.unit.Units.CELSIUS);
    public static final Unit<Speed> KILOMETRE_PER_HOUR = add(tech.units.indriya.unit.Units.KILOMETRE_PER_HOUR);
    public static final Unit<Length> METRE = add(tech.units.indriya.unit.Units.METRE);
    public static final Unit<Mass> KILOGRAM = add(tech.units.indriya.unit.Units.KILOGRAM);
    public static final Unit<Mass> GRAM = add(tech.units.indriya.unit.Units.GRAM);
    public static final Unit<Area> SQUARE_METRE = add(tech.units.indriya.unit.Units.SQUARE_METRE);
    public static final Unit<Volume> CUBIC_METRE = add(tech.units.indriya.unit.Units.CUBIC_METRE);
    public static final Unit<Pressure> PASCAL = add(tech.units.indriya.unit.Units.PASCAL);

    static {
        // write and read degrees Celsius as "°C" rather than the single character "℃"
        SimpleUnitFormat.getInstance().label(CELSIUS, "°C");
    }

    private SIUnits() {
    }

    /**
     * @return the single instance
     */
    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    private static <U extends Unit<?>> U add(U unit) {
        INSTANCE.units.add(unit);
        return unit;
    }

    @Override
    public String getName() {
        return MEASUREMENT_SYSTEM_NAME;
    }
}
