/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.library.types;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Power;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;

@NonNullByDefault
class QuantityTypeTest {

    @Test
    void milliampereConvertsToAmpere() {
        QuantityType<ElectricCurrent> ma = new QuantityType<>(10000, MetricPrefix.MILLI(Units.AMPERE));
        QuantityType<ElectricCurrent> a = ma.toUnit(Units.AMPERE);
        assertNotNull(a);
        assertEquals(Units.AMPERE, a.getUnit());
        assertEquals(0, a.toBigDecimal().compareTo(BigDecimal.TEN));
        assertEquals("10 A", a.toString());
    }

    @Test
    void kilowattTextParsesAndConvertsToWatt() {
        QuantityType<?> kw = new QuantityType<>("1.5 kW");
        assertEquals(MetricPrefix.KILO(Units.WATT), kw.getUnit());
        QuantityType<?> w = kw.toUnit(Units.WATT);
        assertNotNull(w);
        assertEquals(1500, w.intValue());
        assertEquals(1500.0, w.doubleValue());
        assertEquals(1500L, w.longValue());
    }

    @Test
    void textWithoutSpaceBetweenNumberAndUnitParses() {
        assertEquals(new QuantityType<>(10, Units.AMPERE), new QuantityType<>("10A"));
    }

    @Test
    void celsiusTextParsesAndPrintsWithDegreeSign() {
        QuantityType<?> t = new QuantityType<>("20 °C");
        assertEquals(SIUnits.CELSIUS, t.getUnit());
        assertEquals("20 °C", t.toFullString());
        QuantityType<?> k = t.toUnit(Units.KELVIN);
        assertNotNull(k);
        assertEquals(0, k.toBigDecimal().compareTo(new BigDecimal("293.15")));
    }

    @Test
    void kilowattHourSymbolIsKnown() {
        QuantityType<?> e = new QuantityType<>("2.5 kWh");
        assertEquals(Units.KILOWATT_HOUR, e.getUnit());
        QuantityType<?> wh = e.toUnit("Wh");
        assertNotNull(wh);
        assertEquals("2500 Wh", wh.toString());
    }

    @Test
    void plainNumberHasUnitOne() {
        QuantityType<?> q = QuantityType.valueOf("42");
        assertEquals(Units.ONE, q.getUnit());
        assertEquals("42", q.toFullString());
    }

    @Test
    void badTextIsRejected() {
        assertThrows(NumberFormatException.class, () -> new QuantityType<>("abc"));
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("10 bogusunit"));
    }

    @Test
    void incompatibleConversionGivesNull() {
        assertNull(new QuantityType<>(1, Units.AMPERE).toUnit(Units.WATT));
    }

    @Test
    void equalityAndOrderingWorkAcrossUnitsOfOneDimension() {
        QuantityType<Power> kw = new QuantityType<>(1, MetricPrefix.KILO(Units.WATT));
        QuantityType<Power> w = new QuantityType<>(1000, Units.WATT);
        assertEquals(kw, w);
        assertEquals(kw.hashCode(), w.hashCode());
        assertTrue(new QuantityType<>(999, Units.WATT).compareTo(kw) < 0);
        assertNotEquals(new QuantityType<>(1, Units.AMPERE), new QuantityType<>(1, Units.VOLT));
    }

    @Test
    void formatReplacesUnitPlaceholder() {
        QuantityType<Energy> e = new QuantityType<>(new BigDecimal("12.345"), Units.KILOWATT_HOUR);
        assertEquals("12.3 kWh", e.format("%.1f %unit%"));
        assertEquals("7 A", new QuantityType<>(7, Units.AMPERE).format("%d %unit%"));
        assertEquals("50 %", new QuantityType<>(50, Units.PERCENT).format("%d %unit%"));
    }

    @Test
    void arithmeticKeepsTheUnit() {
        QuantityType<Power> a = new QuantityType<>(2, Units.WATT);
        QuantityType<Power> b = new QuantityType<>(3, Units.WATT);
        assertEquals(new QuantityType<>(5, Units.WATT), a.add(b));
        assertEquals(new QuantityType<>(-1, Units.WATT), a.subtract(b));
        assertEquals(new QuantityType<>(-2, Units.WATT), a.negate());
        assertEquals(new QuantityType<>(4, Units.WATT), a.multiply(BigDecimal.valueOf(2)));
    }

    @Test
    void convertsToDecimalAndOnOff() {
        QuantityType<Power> w = new QuantityType<>(12, Units.WATT);
        assertEquals(new DecimalType(12), w.as(DecimalType.class));
        assertEquals(OnOffType.OFF, new QuantityType<>(0, Units.WATT).as(OnOffType.class));
    }

    @Test
    void percentAndVoltAmpereTextsParse() {
        assertEquals(Units.PERCENT, new QuantityType<>("50 %").getUnit());
        assertEquals(Units.VOLT_AMPERE, new QuantityType<>("230 VA").getUnit());
        assertEquals(new QuantityType<>(230, Units.VOLT), new QuantityType<>("230 V"));
    }

    @Test
    void dbmIsAPowerUnit() {
        QuantityType<?> rssi = new QuantityType<>("-60 dBm");
        assertEquals(Units.DECIBEL_MILLIWATTS, rssi.getUnit());
    }
}
