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

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

/**
 * A value → the JSON text a charger accepts on {@code <key>/set}: compact, UTF-8, strings quoted and escaped (no
 * HTML escaping: {@code =} and {@code <} stay as they are), whole numbers without a decimal point ({@code 10.0} →
 * {@code 10}), other numbers in plain notation without trailing zeros, {@code true}/{@code false}, {@code null},
 * arrays and objects (members in their order, {@code null} members kept).
 */
@NonNullByDefault
public final class PayloadEncoder {

    /** Beyond this many digits a number is written in exponent notation rather than spelled out. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private PayloadEncoder() {
    }

    /** The JSON text of {@code value}; {@link IllegalArgumentException} for a number that is not finite. */
    public static String encode(JsonElement value) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setHtmlSafe(false);
            writer.setSerializeNulls(true);
            writer.setLenient(false);
            write(writer, value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return text.toString();
    }

    /** {@link #encode(JsonElement)} as UTF-8 bytes, ready to publish. */
    public static byte[] encodeBytes(JsonElement value) {
        return encode(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON text of a number: whole numbers without a decimal point, no trailing zeros, no exponent if short. */
    public static String number(BigDecimal number) {
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (stripped.scale() <= 0 && integerDigits <= MAX_PLAIN_DIGITS) {
            return stripped.toBigIntegerExact().toString();
        }
        if (stripped.scale() > 0 && stripped.scale() <= MAX_PLAIN_DIGITS) {
            return stripped.toPlainString();
        }
        return stripped.toString();
    }

    private static void write(JsonWriter writer, JsonElement value) throws IOException {
        if (value.isJsonNull()) {
            writer.nullValue();
        } else if (value instanceof JsonPrimitive primitive) {
            if (primitive.isBoolean()) {
                writer.value(primitive.getAsBoolean());
            } else if (primitive.isNumber()) {
                writer.jsonValue(number(JsonValues.decimal(primitive.getAsNumber())));
            } else {
                writer.value(primitive.getAsString());
            }
        } else if (value.isJsonArray()) {
            writer.beginArray();
            for (JsonElement element : value.getAsJsonArray()) {
                write(writer, element);
            }
            writer.endArray();
        } else {
            writer.beginObject();
            for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
                writer.name(member.getKey());
                write(writer, member.getValue());
            }
            writer.endObject();
        }
    }
}
