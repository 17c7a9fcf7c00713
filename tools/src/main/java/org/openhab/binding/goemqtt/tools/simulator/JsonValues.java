/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * JSON as the charger writes and reads it: compact, no HTML escaping, integral numbers without a fraction, and
 * a strict parser whose failures carry the error names the firmware prints ({@code invalid json InvalidInput: go}).
 */
@NonNullByDefault
public final class JsonValues {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private static final TypeAdapter<JsonElement> ELEMENTS = GSON.getAdapter(JsonElement.class);

    private JsonValues() {
    }

    /** The wire form of a value, e.g. {@code "055.6"} with its quotes, {@code [6,10]} or {@code null}. */
    public static String toJson(JsonElement value) {
        return GSON.toJson(value);
    }

    /**
     * Parses a payload strictly (no unquoted strings, nothing after the value).
     *
     * @throws InvalidJsonException with the firmware's error name when the payload is not JSON
     */
    public static JsonElement parse(String payload) throws InvalidJsonException {
        if (payload.isBlank()) {
            throw new InvalidJsonException("EmptyInput");
        }
        try (JsonReader reader = new JsonReader(new StringReader(payload))) {
            reader.setLenient(false);
            JsonElement value = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidJsonException("InvalidInput");
            }
            // Gson's element adapter reads JSON null as JsonNull; the adapter type in general may answer null
            return value != null ? value : JsonNull.INSTANCE;
        } catch (EOFException e) {
            throw new InvalidJsonException("IncompleteInput");
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new InvalidJsonException(startsLikeLiteral(payload) ? "IncompleteInput" : "InvalidInput");
        }
    }

    /**
     * The firmware's parser reads a leading {@code n}, {@code t} or {@code f} as the start of {@code null},
     * {@code true} or {@code false}; the documentation shows {@code new_name} answered with
     * {@code IncompleteInput} while the capture shows {@code go} answered with {@code InvalidInput}.
     */
    private static boolean startsLikeLiteral(String payload) {
        char first = payload.strip().charAt(0);
        return first == 'n' || first == 't' || first == 'f';
    }

    /** A number rounded to {@code decimals} places, written without a fraction when it is integral. */
    public static JsonPrimitive number(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 || rounded.stripTrailingZeros().scale() <= 0) {
            return new JsonPrimitive(rounded.longValue());
        }
        return new JsonPrimitive(rounded.doubleValue());
    }

    /** The number in a value, or {@code fallback} when the value is null or not a number. */
    public static double asDouble(@Nullable JsonElement value, double fallback) {
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return value.getAsDouble();
        }
        return fallback;
    }

    /** The boolean in a value, or {@code fallback} when the value is null or not a boolean. */
    public static boolean asBoolean(@Nullable JsonElement value, boolean fallback) {
        if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        return fallback;
    }

    /** {@code null} as a JSON value. */
    public static JsonElement nullValue() {
        return JsonNull.INSTANCE;
    }

    /** A payload that is not JSON; the message is the firmware's error name, e.g. {@code InvalidInput}. */
    public static final class InvalidJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String errorName;

        InvalidJsonException(String errorName) {
            super(errorName);
            this.errorName = errorName;
        }

        /** The firmware's name of the error, e.g. {@code InvalidInput}. */
        public String errorName() {
            return errorName;
        }
    }
}
