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
import java.math.RoundingMode;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * A number between 0 and 100 (inclusive).
 */
@NonNullByDefault
public class PercentType extends DecimalType {

    private static final long serialVersionUID = 1L;

    /** 0 %. */
    public static final PercentType ZERO = new PercentType(0);
    /** 100 %. */
    public static final PercentType HUNDRED = new PercentType(100);

    /** Creates 0 %. */
    public PercentType() {
        this(0);
    }

    /**
     * @param value 0 to 100
     * @throws IllegalArgumentException when out of range
     */
    public PercentType(int value) {
        super(value);
        check();
    }

    /**
     * @param value 0 to 100 in English notation
     * @throws IllegalArgumentException when not a number or out of range
     */
    public PercentType(String value) {
        super(value);
        check();
    }

    /**
     * @param value 0 to 100
     * @throws IllegalArgumentException when out of range
     */
    public PercentType(BigDecimal value) {
        super(value);
        check();
    }

    /**
     * @param value 0 to 100 in English notation
     * @return the percentage
     */
    public static PercentType valueOf(String value) {
        return new PercentType(value);
    }

    private void check() {
        BigDecimal v = toBigDecimal();
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Value must be between 0 and 100");
        }
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(!equals(ZERO)));
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal().divide(BigDecimal.valueOf(100), 8, RoundingMode.UP)));
        } else if (target == QuantityType.class) {
            return target.cast(new QuantityType<>(toBigDecimal(), Units.PERCENT));
        } else if (target == OpenClosedType.class) {
            if (equals(ZERO)) {
                return target.cast(OpenClosedType.CLOSED);
            }
            return equals(HUNDRED) ? target.cast(OpenClosedType.OPEN) : null;
        }
        return target != null && target.isInstance(this) ? target.cast(this) : null;
    }
}
