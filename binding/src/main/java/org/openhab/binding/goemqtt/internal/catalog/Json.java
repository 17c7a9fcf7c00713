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
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Lenient reading of JSON values as the charger sends them: numbers also as numeric strings, booleans also as 0/1
 * (firmware changed {@code bac} from bool to int), text from any primitive. Anything else is a {@link ShapeException}.
 */
@NonNullByDefault
final class Json {

    private static final int PREVIEW = 40;
    /** Digits of a whole number read directly: 18 always fit a long. */
    private static final int MAX_WHOLE_DIGITS = 18;
    /** No whole number has 19 digits read directly, so this value cannot be one. */
    static final long NOT_WHOLE = Long.MIN_VALUE;

    private Json() {
    }

    /**
     * The whole number a JSON number without fraction or exponent of up to 18 digits holds (most values the charger
     * sends), the same value {@link #number} reads from it; {@link #NOT_WHOLE} for any other value (fractions,
     * exponents, longer numbers, numeric strings, other kinds), which {@link #number} reads.
     */
    static long wholeNumber(JsonElement value) {
        return value instanceof JsonPrimitive primitive && primitive.isNumber() ? wholeNumber(primitive.getAsString())
                : NOT_WHOLE;
    }

    static BigDecimal number(JsonElement value) {
        if (value instanceof JsonPrimitive primitive) {
            if (primitive.isNumber()) {
                long whole = wholeNumber(primitive.getAsString());
                if (whole != NOT_WHOLE) {
                    return BigDecimal.valueOf(whole);
                }
                return finite(JsonValues.decimal(value)
                        .orElseThrow(() -> new ShapeException("expected a number, got " + describe(value))), value);
            }
            if (primitive.isString()) {
                try {
                    return finite(new BigDecimal(primitive.getAsString().strip()), value);
                } catch (NumberFormatException e) {
                    // falls through to the shape error
                }
            }
        }
        throw new ShapeException("expected a number, got " + describe(value));
    }

    /**
     * The JSON number text of a whole number of up to 18 digits (most values the charger sends), read without the
     * general decimal parser; {@link #NOT_WHOLE} for any other text (fractions, exponents, longer numbers).
     */
    private static long wholeNumber(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (length == start || length - start > MAX_WHOLE_DIGITS) {
            return NOT_WHOLE;
        }
        long number = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_WHOLE;
            }
            number = number * 10 + (c - '0');
        }
        return start == 0 ? number : -number;
    }

    /** Numbers beyond the range of a double cannot become a state (openHAB's quantities compute in doubles). */
    private static BigDecimal finite(BigDecimal number, JsonElement value) {
        if (!Double.isFinite(number.doubleValue())) {
            throw new ShapeException("number out of range: " + describe(value));
        }
        return number;
    }

    static long whole(JsonElement value) {
        if (value instanceof JsonPrimitive primitive && primitive.isBoolean()) {
            return primitive.getAsBoolean() ? 1 : 0;
        }
        BigDecimal number = number(value);
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new ShapeException("expected a whole number, got " + describe(value));
        }
    }

    static boolean bool(JsonElement value) {
        if (value instanceof JsonPrimitive primitive) {
            if (primitive.isBoolean()) {
                return primitive.getAsBoolean();
            }
            if (primitive.isNumber()) {
                return number(value).signum() != 0;
            }
            String text = primitive.getAsString().strip().toLowerCase(Locale.ROOT);
            if ("true".equals(text) || "on".equals(text)) {
                return true;
            }
            if ("false".equals(text) || "off".equals(text)) {
                return false;
            }
        }
        throw new ShapeException("expected true or false, got " + describe(value));
    }

    static String text(JsonElement value) {
        if (value instanceof JsonPrimitive primitive) {
            return primitive.getAsString();
        }
        throw new ShapeException("expected a string, got " + describe(value));
    }

    /** The value for a message: its kind and the start of its JSON text. */
    static String describe(JsonElement value) {
        String kind;
        if (value instanceof JsonPrimitive primitive) {
            kind = primitive.isNumber() ? "number" : primitive.isBoolean() ? "boolean" : "string";
        } else {
            kind = value.isJsonArray() ? "array" : value.isJsonObject() ? "object" : "null";
        }
        String text = PayloadEncoder.encode(Secrets.mask("", value));
        if (text.length() > PREVIEW) {
            text = text.substring(0, PREVIEW) + "…";
        }
        return kind + " " + text;
    }
}
