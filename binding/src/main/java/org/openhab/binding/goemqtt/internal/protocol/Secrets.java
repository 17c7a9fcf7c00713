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

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * What of a charger's values must never be shown or logged in clear, and how to mask it. Three rules, applied by
 * name so that they also hold for keys and fields nobody has typed yet:
 * <ul>
 * <li>a key or object field whose name is a known credential ({@code mck}, {@code wak}, …) or looks like one
 * (contains pass, pwd, secret, token, key, cert, psk, auth or cred) has its whole value replaced by
 * {@value #MASK};</li>
 * <li>the URL keys ({@code mcu}, {@code ocppu}, {@code dll}, the controller's {@code mecu}) have their user info
 * and every query value masked;</li>
 * <li>in every other text, user info inside a URL ({@code scheme://user:password@}) and query values named like
 * a credential ({@code ?access_token=}) are masked.</li>
 * </ul>
 * Used for log lines, raw channels and the tools' output; typed channels use the catalog's own codecs.
 */
@NonNullByDefault
public final class Secrets {

    /** What a masked value or part of a value shows. */
    public static final String MASK = "***";

    /**
     * Keys (and v1 status fields) whose whole value is a credential, with what it holds. v2: {@code mck},
     * {@code mqcc}, {@code msc} (MQTT TLS), {@code ocppck}, {@code ocppcc}, {@code ocppsc} (OCPP TLS), {@code data},
     * {@code pco}, {@code cak} (cloud tokens), {@code wak}, {@code facwak} (hotspot keys of early firmware),
     * {@code pass}, {@code ocppd} (an OCPP id tag, shown only by its end); API v1 status fields: {@code wke} (Wi-Fi key), {@code wak}, {@code mck} (MQTT password).
     */
    private static final Set<String> SECRET_NAMES = Set.of("mck", "mqcc", "msc", "ocppck", "ocppcc", "ocppsc", "data",
            "pco", "cak", "wak", "facwak", "pass", "wke", "ocppd");
    /** Keys whose value is a URL that may carry credentials in its user info or its query. */
    private static final Set<String> URL_KEYS = Set.of("mcu", "ocppu", "dll", "mecu");
    private static final Pattern SECRET_LIKE = Pattern
            .compile("(?i).*(pass|pwd|secret|token|key|cert|psk|auth|cred).*");
    /** {@code scheme://userinfo@}: everything between {@code //} and the {@code @} before the host. */
    private static final Pattern USER_INFO = Pattern.compile("(\\b[A-Za-z][A-Za-z0-9+.-]*://)[^/@\\s\"?#]*@");
    private static final Pattern QUERY_VALUE = Pattern.compile("([?&][^=&#\\s\"]*=)[^&#\\s\"]*");
    /** {@code "name" : "value} of a JSON string field, possibly cut short (group 1: up to the value, 2: the name). */
    private static final Pattern STRING_FIELD = Pattern
            .compile("(\"([^\"\\\\]{1,64})\"\\s*:\\s*\")(?:[^\"\\\\]++|\\\\.)*+(?:\"|$)");
    /** A query parameter named like a credential ({@code ?access_token=…}), in any text. */
    private static final Pattern SECRET_QUERY_VALUE = Pattern
            .compile("(?i)([?&][^=&#\\s\"]*(?:pass|pwd|secret|token|key|auth|cred|sig)[^=&#\\s\"]*=)[^&#\\s\"]*");

    private Secrets() {
    }

    /** Whether a key's or field's whole value is a credential (known name, or a name that looks like one). */
    public static boolean isSecretName(String name) {
        return SECRET_NAMES.contains(name) || SECRET_LIKE.matcher(name).matches();
    }

    /** Whether {@code key} holds a URL whose user info and query values are masked. */
    public static boolean isUrlKey(String key) {
        return URL_KEYS.contains(key);
    }

    /** The names masked by name whatever their value (for documentation and tests). */
    public static Set<String> secretNames() {
        return SECRET_NAMES;
    }

    /** A URL with its user info and every query value masked: {@code mqtts://***@host:8883/?token=***}. */
    public static String maskUrl(String url) {
        return QUERY_VALUE.matcher(maskUserInfo(url)).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /** Any text with user info inside URLs and query values named like credentials masked. */
    public static String maskUserInfo(String text) {
        String masked = text.indexOf('@') < 0 ? text : USER_INFO.matcher(text).replaceAll("$1" + MASK + "@");
        return masked.indexOf('=') < 0 ? masked
                : SECRET_QUERY_VALUE.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }

    /**
     * The value of {@code key} safe to show: masked whole for a secret name, as a masked URL for a URL key, else
     * with secret-named fields (at any depth) and URL user info masked. Returns {@code value} itself when nothing
     * needed masking; JSON null stays null, an empty string stays empty (both say "not set").
     */
    public static JsonElement mask(String key, JsonElement value) {
        if (value.isJsonNull() || isEmptyText(value)) {
            return value;
        } else if (isSecretName(key)) {
            return new JsonPrimitive(MASK);
        } else if (isUrlKey(key) && value.isJsonPrimitive()) {
            return new JsonPrimitive(maskUrl(value.getAsString()));
        }
        return maskParts(value);
    }

    /**
     * A payload of {@code key} as text for a log line or a tool's output: {@link #mask(String, JsonElement)} when it
     * is JSON, else the text with URL user info masked (or {@value #MASK} for a secret name).
     */
    public static String text(String key, String payload) {
        if (isSecretName(key)) {
            return payload.isEmpty() || "null".equals(payload) || "\"\"".equals(payload) ? payload : MASK;
        }
        if (MessageDecoder.nesting(payload) <= MessageDecoder.MAX_NESTING) {
            try {
                JsonElement parsed = JsonParser.parseString(payload);
                JsonElement masked = mask(key, parsed);
                return masked == parsed ? maskUserInfo(payload) : PayloadEncoder.encode(masked);
            } catch (JsonParseException | IllegalStateException e) {
                // not JSON (or cut short): masked as text below
            }
        }
        return maskFields(isUrlKey(key) ? maskUrl(payload) : maskUserInfo(payload));
    }

    /** {@code "name":"value"} pairs of credential-like names in a text that is not (whole) JSON. */
    private static String maskFields(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        Matcher field = STRING_FIELD.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (field.find()) {
            String replacement = isSecretName(field.group(2)) ? field.group(1) + MASK + "\"" : field.group();
            field.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        }
        field.appendTail(masked);
        return masked.toString();
    }

    /** {@link #mask(String, JsonElement)} as JSON text. */
    public static String text(String key, JsonElement value) {
        return PayloadEncoder.encode(mask(key, value));
    }

    private static JsonElement maskParts(JsonElement value) {
        if (value instanceof JsonObject object) {
            @Nullable JsonObject copy = null;
            for (Map.Entry<String, JsonElement> field : object.entrySet()) {
                JsonElement part = field.getValue();
                JsonElement masked = part.isJsonNull() || isEmptyText(part) ? part
                        : isSecretName(field.getKey()) ? new JsonPrimitive(MASK)
                                : isUrlKey(field.getKey()) && part.isJsonPrimitive()
                                        ? new JsonPrimitive(maskUrl(part.getAsString()))
                                        : maskParts(part);
                if (masked != part && copy == null) {
                    copy = object.deepCopy();
                }
                if (copy != null) {
                    copy.add(field.getKey(), masked);
                }
            }
            return copy == null ? object : copy;
        } else if (value instanceof JsonArray array) {
            @Nullable JsonArray copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonElement part = array.get(i);
                JsonElement masked = maskParts(part);
                if (masked != part && copy == null) {
                    copy = array.deepCopy();
                }
                if (copy != null) {
                    copy.set(i, masked);
                }
            }
            return copy == null ? array : copy;
        } else if (value instanceof JsonPrimitive primitive && primitive.isString()) {
            String text = primitive.getAsString();
            String masked = maskUserInfo(text);
            return masked.equals(text) ? value : new JsonPrimitive(masked);
        }
        return value;
    }

    private static boolean isEmptyText(JsonElement value) {
        return value instanceof JsonPrimitive primitive && primitive.isString() && primitive.getAsString().isEmpty();
    }
}
