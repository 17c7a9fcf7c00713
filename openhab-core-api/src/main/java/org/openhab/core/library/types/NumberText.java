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
import java.math.BigInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Turns any {@link Number} into a {@link BigDecimal} without scientific-notation surprises.
 */
@NonNullByDefault
final class NumberText {

    private NumberText() {
    }

    static BigDecimal toBigDecimal(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        } else if (value instanceof QuantityType<?> quantity) {
            return quantity.toBigDecimal();
        } else if (value instanceof DecimalType decimalType) {
            return decimalType.toBigDecimal();
        } else if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            // e.g. a rational number printed as a fraction
            return BigDecimal.valueOf(value.doubleValue());
        }
    }
}
