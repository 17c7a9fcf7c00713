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

import static org.eclipse.jdt.annotation.DefaultLocation.*;

import java.math.BigDecimal;
import java.util.IllegalFormatConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Quantity.Scale;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.quantity.Quantities;

/**
 * A number with a physical unit. Conversions are done by the units-of-measurement implementation.
 *
 * @param <T> the kind of quantity
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;
    private static final String UNIT_PLACEHOLDER = "%unit%";
    /** A number (optionally signed, decimal, with exponent) followed by an optional unit text. */
    private static final Pattern NUMBER_AND_UNIT = Pattern
            .compile("\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");

    static {
        // make sure the custom unit symbols (°C, kWh, VA, ...) are registered before anything is parsed
        Units.getInstance();
        SIUnits.getInstance();
    }

    /** Zero without unit. */
    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(0, AbstractUnit.ONE);

    private final Quantity<T> quantity;

    /** Creates zero without unit. */
    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.quantity = (Quantity<T>) ZERO.quantity;
    }

    /**
     * Parses a number with an optional unit, e.g. {@code "10 A"}, {@code "1.5 kW"}, {@code "20 °C"}, {@code "42"}.
     *
     * @param value the text
     * @throws NumberFormatException when there is no number in front
     * @throws IllegalArgumentException when the unit is not known
     */
    @SuppressWarnings("unchecked")
    public QuantityType(String value) {
        Matcher m = NUMBER_AND_UNIT.matcher(value);
        if (!m.matches()) {
            throw new NumberFormatException("Invalid quantity value: " + value);
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unitText = m.group(2);
        Unit<?> unit;
        if (unitText.isEmpty()) {
            unit = AbstractUnit.ONE;
        } else {
            try {
                unit = SimpleUnitFormat.getInstance().parse(unitText);
            } catch (MeasurementParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid quantity value: " + value, e);
            }
        }
        this.quantity = (Quantity<T>) Quantities.getQuantity(number, unit, Scale.RELATIVE);
    }

    /**
     * @param value the number
     * @param unit its unit
     */
    public QuantityType(Number value, Unit<T> unit) {
        this.quantity = Quantities.getQuantity(NumberText.toBigDecimal(value), unit, Scale.RELATIVE);
    }

    private QuantityType(Quantity<T> quantity) {
        this(quantity.getValue(), quantity.getUnit());
    }

    /**
     * @param value the number
     * @param unit its unit
     * @return the quantity
     */
    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    /**
     * @param value a number with an optional unit
     * @return the quantity
     * @see #QuantityType(String)
     */
    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    /**
     * @return the unit
     */
    public Unit<T> getUnit() {
        return quantity.getUnit();
    }

    /**
     * @return the physical dimension of the unit
     */
    public Dimension getDimension() {
        return getUnit().getDimension();
    }

    /**
     * Converts to another unit of the same dimension.
     *
     * @param targetUnit the wanted unit
     * @return the converted quantity, or {@code null} when the units do not fit
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            UnitConverter converter = getUnit().getConverterToAny(targetUnit);
            return new QuantityType<>(converter.convert(quantity.getValue()), (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException e) {
            return null;
        }
    }

    /**
     * Converts to the unit written as text.
     *
     * @param targetUnit the unit symbol
     * @return the converted quantity, or {@code null} when the unit is unknown or does not fit
     */
    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        Unit<?> unit;
        try {
            unit = SimpleUnitFormat.getInstance().parse(targetUnit);
        } catch (MeasurementParseException | IllegalArgumentException e) {
            return null;
        }
        return toUnit(unit);
    }

    /**
     * Converts to another unit, also through the inverse unit (e.g. mired to kelvin).
     *
     * @param targetUnit the wanted unit
     * @return the converted quantity, or {@code null} when the units do not fit
     */
    public @Nullable QuantityType<?> toInvertibleUnit(Unit<?> targetUnit) {
        if (!targetUnit.equals(getUnit()) && !targetUnit.isCompatible(AbstractUnit.ONE)
                && getUnit().inverse().isCompatible(targetUnit)) {
            return inverse().toUnit(targetUnit);
        }
        return toUnit(targetUnit);
    }

    /**
     * @return the value without unit
     */
    public BigDecimal toBigDecimal() {
        return NumberText.toBigDecimal(quantity.getValue());
    }

    /**
     * @param state the quantity to add
     * @return the sum, in this quantity's unit
     */
    public QuantityType<T> add(QuantityType<T> state) {
        return new QuantityType<>(absolute().add(state.quantity));
    }

    /**
     * @param state the quantity to take away
     * @return the difference, in this quantity's unit
     */
    public QuantityType<T> subtract(QuantityType<T> state) {
        return new QuantityType<>(absolute().subtract(state.quantity));
    }

    /**
     * @return this quantity with the sign flipped
     */
    public QuantityType<T> negate() {
        return new QuantityType<>(quantity.negate());
    }

    /**
     * @param value the factor
     * @return this quantity times the factor
     */
    public QuantityType<?> multiply(BigDecimal value) {
        return new QuantityType<>(absolute().multiply(value));
    }

    /**
     * @param value the divisor
     * @return this quantity divided by the divisor
     */
    public QuantityType<?> divide(BigDecimal value) {
        return new QuantityType<>(absolute().divide(value));
    }

    /**
     * @return the reciprocal of value and unit
     */
    public QuantityType<?> inverse() {
        return new QuantityType<>(absolute().inverse());
    }

    private Quantity<T> absolute() {
        return Quantities.getQuantity(quantity.getValue(), quantity.getUnit(), Scale.ABSOLUTE);
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        return compareAny(o);
    }

    private int compareAny(QuantityType<?> o) {
        if (getUnit().isCompatible(o.getUnit())) {
            QuantityType<T> mine = toUnit(getUnit().getSystemUnit());
            QuantityType<?> theirs = o.toUnit(o.getUnit().getSystemUnit());
            if (mine == null || theirs == null) {
                throw new IllegalArgumentException("Unable to convert to system unit during compare.");
            }
            return mine.toBigDecimal().compareTo(theirs.toBigDecimal());
        } else if (getUnit().inverse().isCompatible(o.getUnit())) {
            return inverse().compareAny(o);
        }
        throw new IllegalArgumentException("Can not compare incompatible units.");
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other)) {
            return false;
        }
        if (!getUnit().isCompatible(other.getUnit()) && !getUnit().inverse().isCompatible(other.getUnit())) {
            return false;
        }
        return compareAny(other) == 0;
    }

    @Override
    public int hashCode() {
        QuantityType<T> system = toUnit(getUnit().getSystemUnit());
        BigDecimal value = system == null ? toBigDecimal() : system.toBigDecimal();
        return 31 * getUnit().getSystemUnit().hashCode() + Double.hashCode(value.doubleValue());
    }

    @Override
    public String format(String pattern) {
        if (pattern.contains("%s") || pattern.contains("%S")) {
            try {
                return String.format(pattern, toFullString());
            } catch (IllegalFormatConversionException e) {
                // fall through to the numeric formats
            }
        }
        String numeric = pattern;
        if (pattern.contains(UNIT_PLACEHOLDER)) {
            String symbol = Units.PERCENT.equals(getUnit()) ? "%%" : unitSymbol();
            numeric = pattern.replace(UNIT_PLACEHOLDER, symbol);
        }
        BigDecimal value = toBigDecimal();
        try {
            return String.format(numeric, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(numeric, value);
        }
    }

    private String unitSymbol() {
        return SimpleUnitFormat.getInstance().format(getUnit());
    }

    @Override
    public int intValue() {
        return quantity.getValue().intValue();
    }

    @Override
    public long longValue() {
        return quantity.getValue().longValue();
    }

    @Override
    public float floatValue() {
        return quantity.getValue().floatValue();
    }

    @Override
    public double doubleValue() {
        return quantity.getValue().doubleValue();
    }

    @Override
    public String toFullString() {
        String number = toBigDecimal().toPlainString();
        return AbstractUnit.ONE.equals(getUnit()) ? number : number + " " + unitSymbol();
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        } else if (target == OnOffType.class) {
            BigDecimal value = toBigDecimal();
            if (value.signum() == 0) {
                return target.cast(OnOffType.OFF);
            } else if (Units.PERCENT.equals(getUnit())) {
                return target.cast(OnOffType.from(value.signum() > 0));
            }
            return value.compareTo(BigDecimal.ONE) == 0 ? target.cast(OnOffType.ON) : null;
        } else if (target == PercentType.class) {
            QuantityType<T> percent = toUnit(Units.PERCENT);
            return percent == null ? null : target.cast(new PercentType(percent.toBigDecimal()));
        }
        return State.super.as(target);
    }
}
