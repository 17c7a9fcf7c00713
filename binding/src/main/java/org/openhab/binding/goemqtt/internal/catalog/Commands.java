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

import java.math.BigDecimal;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

import com.google.gson.JsonPrimitive;

/**
 * Numbers out of commands: a quantity converted to the key's unit first ({@code 10000 mA} → 10 for a key in A), a
 * plain number taken as being in the key's unit, a numeric string for the codes of enumerated keys.
 */
@NonNullByDefault
final class Commands {

    private Commands() {
    }

    /**
     * The number in {@code command}, in {@code unit} (null: a plain number is expected).
     *
     * @throws CommandRefusal for other command types and quantities of another dimension
     */
    static BigDecimal number(Command command, @Nullable Unit<?> unit) {
        if (command instanceof QuantityType<?> quantity) {
            Unit<?> target = unit == null ? Units.ONE : unit;
            QuantityType<?> converted = quantity.toUnit(target);
            if (converted == null) {
                throw new CommandRefusal("cannot express " + quantity.toFullString() + " in "
                        + (unit == null ? "a plain number" : String.valueOf(unit)));
            }
            return converted.toBigDecimal();
        }
        if (command instanceof DecimalType decimal) {
            return decimal.toBigDecimal();
        }
        if (command instanceof StringType text) {
            try {
                return new BigDecimal(text.toFullString().strip());
            } catch (NumberFormatException e) {
                throw new CommandRefusal("expects a number, not '" + text.toFullString() + "'");
            }
        }
        throw new CommandRefusal("expects a number, not " + describe(command));
    }

    /** {@code number} as a JSON number; with {@code whole}, refuses fractions ({@code amp} takes whole amperes). */
    static JsonPrimitive json(BigDecimal number, boolean whole) {
        if (whole) {
            try {
                return new JsonPrimitive(number.stripTrailingZeros().longValueExact());
            } catch (ArithmeticException e) {
                throw new CommandRefusal("takes whole numbers only, not " + number.toPlainString());
            }
        }
        return new JsonPrimitive(number);
    }

    /** The command for a message: its type and value. */
    static String describe(Command command) {
        return command.getClass().getSimpleName() + " " + command.toFullString();
    }
}
