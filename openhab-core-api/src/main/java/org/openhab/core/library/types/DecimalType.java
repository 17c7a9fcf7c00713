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

import java.math.BigDecimal;
import java.util.IllegalFormatConversionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A plain number without unit, held as a {@link BigDecimal}.
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The number zero. */
    public static final DecimalType ZERO = new DecimalType(0);

    private final BigDecimal number;

    /** Creates zero. */
    public DecimalType() {
        this(BigDecimal.ZERO);
    }

    /**
     * @param value any number; a {@link QuantityType} contributes its value without unit
     */
    public DecimalType(Number value) {
        this.number = NumberText.toBigDecimal(value);
    }

    /**
     * @param value a number in English notation
     * @throws NumberFormatException when the text is not a number
     */
    public DecimalType(String value) {
        this.number = new BigDecimal(value.trim());
    }

    /**
     * @param value a number in English notation
     * @return the number
     * @throws NumberFormatException when the text is not a number
     */
    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    /**
     * @return the value
     */
    public BigDecimal toBigDecimal() {
        return number;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return number.toPlainString();
    }

    @Override
    public String format(String pattern) {
        try {
            return String.format(pattern, number.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            return String.format(pattern, number);
        }
    }

    @Override
    public int hashCode() {
        return number.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DecimalType other && number.compareTo(other.number) == 0;
    }

    @Override
    public int compareTo(DecimalType o) {
        return number.compareTo(o.toBigDecimal());
    }

    @Override
    public double doubleValue() {
        return number.doubleValue();
    }

    @Override
    public float floatValue() {
        return number.floatValue();
    }

    @Override
    public int intValue() {
        return number.intValue();
    }

    @Override
    public long longValue() {
        return number.longValue();
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(number.signum() != 0));
        } else if (target == PercentType.class) {
            return target.cast(new PercentType(number.multiply(HUNDRED)));
        } else if (target == OpenClosedType.class) {
            if (number.signum() == 0) {
                return target.cast(OpenClosedType.CLOSED);
            }
            return number.compareTo(BigDecimal.ONE) == 0 ? target.cast(OpenClosedType.OPEN) : null;
        }
        return State.super.as(target);
    }
}
