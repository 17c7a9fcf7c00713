/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Building, reading and comparing the JSON values of API keys without losing digits: numbers are read as
 * {@link BigDecimal} or {@code long}, never through {@code double}.
 */
@NonNullByDefault
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * The JSON value of a plain Java value: {@code null}, {@link String}, {@link Number}, {@link Boolean},
     * {@link JsonElement} (as is), a {@link Map} with string keys (an object, in the map's order) or an
     * {@link Iterable} (an array). E.g. a {@code LinkedHashMap} of {@code pGrid}, {@code pPv}, {@code pAkku} gives
     * {@code {"pGrid":-1200,"pPv":3500,"pAkku":0}}.
     *
     * @throws IllegalArgumentException for any other type, a non-string map key, or a number that is not finite
     */
    public static JsonElement of(@Nullable Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        } else if (value instanceof JsonElement element) {
            return element;
        } else if (value instanceof String text) {
            return new JsonPrimitive(text);
        } else if (value instanceof Boolean flag) {
            return new JsonPrimitive(flag);
        } else if (value instanceof Number number) {
            return new JsonPrimitive(decimal(number));
        } else if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, not " + entry.getKey());
                }
                object.add(name, of(entry.getValue()));
            }
            return object;
        } else if (value instanceof Iterable<?> items) {
            JsonArray array = new JsonArray();
            for (Object item : items) {
                array.add(of(item));
            }
            return array;
        }
        throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
    }

    /** The exact decimal value of a number; {@link IllegalArgumentException} for NaN and infinities. */
    public static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        } else if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        } else if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON has no number " + number);
            }
            // Float's own text: widening 0.1f to double would add digits nobody typed
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("JSON has no number " + number);
        }
    }

    /** The number in {@code value}, all digits kept; empty when it is not a JSON number. */
    public static Optional<BigDecimal> decimal(JsonElement value) {
        if (value instanceof JsonPrimitive primitive && primitive.isNumber()) {
            try {
                return Optional.of(decimal(primitive.getAsNumber()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The whole number in {@code value} ({@code 10}, also {@code 10.0}); empty when it is not a number, has a
     * fraction, or does not fit in a {@code long}. {@code rbt} (milliseconds since boot) needs more than 32 bits.
     */
    public static OptionalLong integral(JsonElement value) {
        Optional<BigDecimal> decimal = decimal(value);
        if (decimal.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(decimal.get().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Whether two values are the same JSON value: numbers by value ({@code 10} equals {@code 10.0}), strings and
     * booleans exactly, arrays element by element, objects key by key regardless of order. A number never equals
     * a string or boolean.
     */
    public static boolean sameValue(JsonElement a, JsonElement b) {
        if (a.isJsonNull() || b.isJsonNull()) {
            return a.isJsonNull() && b.isJsonNull();
        } else if (a instanceof JsonPrimitive pa && b instanceof JsonPrimitive pb) {
            return samePrimitive(pa, pb);
        } else if (a instanceof JsonArray aa && b instanceof JsonArray ab) {
            if (aa.size() != ab.size()) {
                return false;
            }
            Iterator<JsonElement> other = ab.iterator();
            for (JsonElement element : aa) {
                if (!sameValue(element, other.next())) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof JsonObject oa && b instanceof JsonObject ob) {
            if (!oa.keySet().equals(ob.keySet())) {
                return false;
            }
            for (Map.Entry<String, JsonElement> entry : oa.entrySet()) {
                JsonElement otherValue = ob.get(entry.getKey());
                if (otherValue == null || !sameValue(entry.getValue(), otherValue)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean samePrimitive(JsonPrimitive a, JsonPrimitive b) {
        if (a.isNumber() && b.isNumber()) {
            Optional<BigDecimal> da = decimal(a);
            Optional<BigDecimal> db = decimal(b);
            return da.isPresent() && db.isPresent() && da.get().compareTo(db.get()) == 0;
        } else if (a.isBoolean() && b.isBoolean()) {
            return a.getAsBoolean() == b.getAsBoolean();
        } else if (a.isString() && b.isString()) {
            return a.getAsString().equals(b.getAsString());
        }
        return false;
    }
}
