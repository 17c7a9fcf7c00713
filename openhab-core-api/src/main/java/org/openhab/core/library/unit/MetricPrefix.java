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

import javax.measure.Quantity;
import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Decimal prefixes (powers of ten) applied to a unit.
 */
@NonNullByDefault
public class MetricPrefix {

    /** @return the unit times 10^24 */
    public static <T extends Quantity<T>> Unit<T> YOTTA(Unit<T> unit) {
        return javax.measure.MetricPrefix.YOTTA(unit);
    }

    /** @return the unit times 10^21 */
    public static <T extends Quantity<T>> Unit<T> ZETTA(Unit<T> unit) {
        return javax.measure.MetricPrefix.ZETTA(unit);
    }

    /** @return the unit times 10^18 */
    public static <T extends Quantity<T>> Unit<T> EXA(Unit<T> unit) {
        return javax.measure.MetricPrefix.EXA(unit);
    }

    /** @return the unit times 10^15 */
    public static <T extends Quantity<T>> Unit<T> PETA(Unit<T> unit) {
        return javax.measure.MetricPrefix.PETA(unit);
    }

    /** @return the unit times 10^12 */
    public static <T extends Quantity<T>> Unit<T> TERA(Unit<T> unit) {
        return javax.measure.MetricPrefix.TERA(unit);
    }

    /** @return the unit times 10^9 */
    public static <T extends Quantity<T>> Unit<T> GIGA(Unit<T> unit) {
        return javax.measure.MetricPrefix.GIGA(unit);
    }

    /** @return the unit times 10^6 */
    public static <T extends Quantity<T>> Unit<T> MEGA(Unit<T> unit) {
        return javax.measure.MetricPrefix.MEGA(unit);
    }

    /** @return the unit times 10^3 */
    public static <T extends Quantity<T>> Unit<T> KILO(Unit<T> unit) {
        return javax.measure.MetricPrefix.KILO(unit);
    }

    /** @return the unit times 10^2 */
    public static <T extends Quantity<T>> Unit<T> HECTO(Unit<T> unit) {
        return javax.measure.MetricPrefix.HECTO(unit);
    }

    /** @return the unit times 10 */
    public static <T extends Quantity<T>> Unit<T> DEKA(Unit<T> unit) {
        return javax.measure.MetricPrefix.DEKA(unit);
    }

    /** @return the unit times 10^-1 */
    public static <T extends Quantity<T>> Unit<T> DECI(Unit<T> unit) {
        return javax.measure.MetricPrefix.DECI(unit);
    }

    /** @return the unit times 10^-2 */
    public static <T extends Quantity<T>> Unit<T> CENTI(Unit<T> unit) {
        return javax.measure.MetricPrefix.CENTI(unit);
    }

    /** @return the unit times 10^-3 */
    public static <T extends Quantity<T>> Unit<T> MILLI(Unit<T> unit) {
        return javax.measure.MetricPrefix.MILLI(unit);
    }

    /** @return the unit times 10^-6 */
    public static <T extends Quantity<T>> Unit<T> MICRO(Unit<T> unit) {
        return javax.measure.MetricPrefix.MICRO(unit);
    }

    /** @return the unit times 10^-9 */
    public static <T extends Quantity<T>> Unit<T> NANO(Unit<T> unit) {
        return javax.measure.MetricPrefix.NANO(unit);
    }

    /** @return the unit times 10^-12 */
    public static <T extends Quantity<T>> Unit<T> PICO(Unit<T> unit) {
        return javax.measure.MetricPrefix.PICO(unit);
    }

    /** @return the unit times 10^-15 */
    public static <T extends Quantity<T>> Unit<T> FEMTO(Unit<T> unit) {
        return javax.measure.MetricPrefix.FEMTO(unit);
    }

    /** @return the unit times 10^-18 */
    public static <T extends Quantity<T>> Unit<T> ATTO(Unit<T> unit) {
        return javax.measure.MetricPrefix.ATTO(unit);
    }

    /** @return the unit times 10^-21 */
    public static <T extends Quantity<T>> Unit<T> ZEPTO(Unit<T> unit) {
        return javax.measure.MetricPrefix.ZEPTO(unit);
    }

    /** @return the unit times 10^-24 */
    public static <T extends Quantity<T>> Unit<T> YOCTO(Unit<T> unit) {
        return javax.measure.MetricPrefix.YOCTO(unit);
    }
}
