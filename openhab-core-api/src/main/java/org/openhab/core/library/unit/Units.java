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

import java.math.BigInteger;

import javax.measure.Unit;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.ElectricCharge;
import javax.measure.quantity.ElectricConductance;
import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.ElectricPotential;
import javax.measure.quantity.ElectricResistance;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Power;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Time;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.ExpConverter;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.ProductUnit;
import tech.units.indriya.unit.TransformedUnit;

/**
 * The non-SI-base units openHAB names itself (only those this project uses and both supported openHAB lines have).
 */
@NonNullByDefault
public final class Units extends CustomUnits {

    private static final Units INSTANCE = new Units();

    private static final Unit<Power> INDRIYA_WATT = tech.units.indriya.unit.Units.WATT;

    public static final Unit<Dimensionless> ONE = add(AbstractUnit.ONE);
    public static final Unit<Dimensionless> PERCENT = add(tech.units.indriya.unit.Units.PERCENT);
    public static final Unit<ElectricCurrent> AMPERE = add(tech.units.indriya.unit.Units.AMPERE);
    public static final Unit<ElectricCharge> COULOMB = add(tech.units.indriya.unit.Units.COULOMB);
    public static final Unit<ElectricCharge> AMPERE_HOUR = add(tech.units.indriya.unit.Units.COULOMB.multiply(3600));
    public static final Unit<ElectricConductance> SIEMENS = add(tech.units.indriya.unit.Units.SIEMENS);
    public static final Unit<ElectricPotential> VOLT = add(tech.units.indriya.unit.Units.VOLT);
    public static final Unit<ElectricResistance> OHM = add(tech.units.indriya.unit.Units.OHM);
    public static final Unit<Energy> JOULE = add(tech.units.indriya.unit.Units.JOULE);
    public static final Unit<Energy> WATT_SECOND = add(
            new ProductUnit<>(INDRIYA_WATT.multiply(tech.units.indriya.unit.Units.SECOND)));
    public static final Unit<Energy> WATT_HOUR = add(
            new ProductUnit<>(INDRIYA_WATT.multiply(tech.units.indriya.unit.Units.HOUR)));
    public static final Unit<Energy> KILOWATT_HOUR = add(MetricPrefix.KILO(WATT_HOUR));
    public static final Unit<Energy> MEGAWATT_HOUR = add(MetricPrefix.MEGA(WATT_HOUR));
    public static final Unit<Power> VAR = add(new AlternateUnit<>(INDRIYA_WATT, "var"));
    public static final Unit<Power> VOLT_AMPERE = add(new AlternateUnit<>(INDRIYA_WATT, "VA"));
    public static final Unit<Frequency> HERTZ = add(tech.units.indriya.unit.Units.HERTZ);
    public static final Unit<Power> WATT = add(INDRIYA_WATT);
    public static final Unit<Power> DECIBEL_MILLIWATTS = new TransformedUnit<>("dBm", MetricPrefix.MILLI(WATT),
            new ExpConverter(10.0).concatenate(MultiplyConverter.ofRational(BigInteger.ONE, BigInteger.TEN)));
    public static final Unit<Temperature> KELVIN = add(tech.units.indriya.unit.Units.KELVIN);
    public static final Unit<Time> SECOND = add(tech.units.indriya.unit.Units.SECOND);
    public static final Unit<Time> MINUTE = add(tech.units.indriya.unit.Units.MINUTE);
    public static final Unit<Time> HOUR = add(tech.units.indriya.unit.Units.HOUR);
    public static final Unit<Time> DAY = add(tech.units.indriya.unit.Units.DAY);

    static {
        SimpleUnitFormat format = SimpleUnitFormat.getInstance();
        format.label(AMPERE_HOUR, "Ah");
        format.label(DECIBEL_MILLIWATTS, "dBm");
        format.label(KILOWATT_HOUR, "kWh");
        format.label(MEGAWATT_HOUR, "MWh");
        format.label(VAR, "var");
        format.label(VOLT_AMPERE, "VA");
        format.label(WATT_HOUR, "Wh");
        format.label(WATT_SECOND, "Ws");
    }

    private Units() {
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
}
