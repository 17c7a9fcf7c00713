/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import java.math.BigDecimal;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.KeyNames;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The {@code key=value} text an API v1 charger takes on {@code cmd/req} ({@code amx=10}, {@code alw=0},
 * {@code wss=my home network}), made from the JSON value the catalog and the control parts produce: numbers plain
 * ({@code 10}, never {@code 10.0} or {@code 1E+1}), booleans {@code 1}/{@code 0}, strings as they are. Arrays,
 * objects, null and text with a line break cannot be said in one such command and are refused.
 */
@NonNullByDefault
public final class V1Commands {

    /** v1 keys whose values are secrets: the Wi-Fi key, the hotspot key, the MQTT key. */
    public static final Set<String> SECRET_KEYS = Set.of("wke", "wak", "mck");

    private static final int PREVIEW_CHARS = 60;

    private V1Commands() {
    }

    /**
     * The payload {@code key=value}.
     *
     * @throws IllegalArgumentException when the key cannot be one or the value is no single plain value
     */
    public static String payload(String key, JsonElement value) {
        KeyNames.requireValid(key);
        if (key.contains("=")) {
            throw new IllegalArgumentException("a v1 key holds no '=': " + key);
        }
        String text = plainText(value);
        if (text == null) {
            throw new IllegalArgumentException(
                    key + " takes one plain value on API v1, not " + (value.isJsonNull() ? "null" : "JSON " + value));
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(key + " takes no line break on API v1");
        }
        return key + "=" + text;
    }

    /**
     * The text of a plain value as v1 writes it: strings as they are, booleans {@code 1}/{@code 0}, numbers without
     * exponent or trailing zeros; null for null, arrays and objects.
     */
    public static @Nullable String plainText(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean() ? "1" : "0";
        } else if (primitive.isNumber()) {
            try {
                BigDecimal number = new BigDecimal(primitive.getAsString()).stripTrailingZeros();
                return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
            } catch (NumberFormatException e) {
                return primitive.getAsString();
            }
        }
        return primitive.getAsString();
    }

    /**
     * Whether a status value shows what a command sent: the same text, or the same number ({@code "16"} shows
     * {@code 16}, {@code "16.0"} too).
     */
    public static boolean shows(JsonElement statusValue, String sentText) {
        String shown = plainText(statusValue);
        if (shown == null) {
            return false;
        }
        if (shown.equals(sentText)) {
            return true;
        }
        try {
            return new BigDecimal(shown.strip()).compareTo(new BigDecimal(sentText.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The value part of {@code key=value} as logs and status texts may show it: a secret key's is masked. */
    public static String shownValue(String key, String text) {
        return SECRET_KEYS.contains(key) ? Secrets.MASK : Secrets.text(key, text);
    }

    /** The start of a text for a log line, at most {@value #PREVIEW_CHARS} characters, control characters escaped. */
    static String preview(String text) {
        String start = text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
        StringBuilder out = new StringBuilder();
        start.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
