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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The keys a simulated charger has a setter for, with the type and range each setter checks, and the answer
 * texts of a failed check.
 *
 * <p>
 * Answer texts: {@code invalid json <Error>: <payload>}, {@code value must be string <payload>} and
 * {@code String length  2 exceeds range 4 to 64 "go"} are real (capture and go-e MQTT page). The other type
 * names, {@code Value  40 exceeds range 6 to 32 40} (built on the same pattern, two spaces included) and the
 * answer for a key the firmware does not know are this simulator's plausible extensions. Ranges follow the key
 * table where it states one (enums, 0-255 brightness, 6-32 A); string lengths other than {@code fna}'s are
 * assumptions.
 */
@NonNullByDefault
public final class WriteRules {

    /** The JSON type a setter accepts. */
    public enum Kind {
        BOOL("bool"),
        INTEGER("integer"),
        NUMBER("number"),
        STRING("string"),
        ARRAY("array"),
        OBJECT("object");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One setter: accepted type, inclusive range (length for strings), whether {@code null} is allowed. */
    public record Rule(Kind kind, double min, double max, boolean nullable) {
    }

    /** No limit: numbers of the float type accept any finite value. */
    private static final double ANY = Double.MAX_VALUE;
    /** The largest unsigned 32-bit value, the limit of counters and durations in milliseconds. */
    private static final double UINT32 = 4_294_967_295d;
    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        for (String key : new String[] { "acp", "ara", "awe", "fup", "fzf", "hai", "hla", "nmo", "men", "msb", "msr",
                "rde", "mcr", "csd", "di1", "die", "dii", "pdi", "pgr", "ufe", "uve" }) {
            rule(key, Kind.BOOL, 0, 0, false);
        }
        for (int card = 0; card < 10; card++) {
            rule("c" + card + "n", Kind.STRING, 0, 32, false);
            rule("c" + card + "i", Kind.BOOL, 0, 0, false);
            rule("c" + card + "e", Kind.INTEGER, 0, UINT32, false);
        }
        rule("fna", Kind.STRING, 4, 64, false);
        for (String colour : new String[] { "cid", "cwc", "cch", "cfi" }) {
            rule(colour, Kind.STRING, 7, 7, false);
        }
        rule("frc", Kind.INTEGER, 0, 2, false);
        rule("psm", Kind.INTEGER, 0, 2, false);
        rule("acs", Kind.INTEGER, 0, 1, false);
        rule("awc", Kind.INTEGER, 0, 1, false);
        rule("ufm", Kind.INTEGER, 0, 1, false);
        rule("ust", Kind.INTEGER, 0, 2, false);
        rule("bac", Kind.INTEGER, 0, 3, false);
        rule("lmo", Kind.INTEGER, 3, 5, false);
        rule("lbr", Kind.INTEGER, 0, 255, false);
        for (String amps : new String[] { "amp", "ama", "mca", "la1", "la3" }) {
            rule(amps, Kind.INTEGER, 6, 32, false);
        }
        rule("tcl", Kind.INTEGER, 6, 32, true);
        rule("trx", Kind.INTEGER, 0, 10, true);
        rule("att", Kind.INTEGER, 0, 86_400, false);
        rule("msp", Kind.INTEGER, 1, 65_535, false);
        for (String millis : new String[] { "fmt", "psmd", "sumd", "mpwst", "mptwt", "uvs" }) {
            rule(millis, Kind.INTEGER, 0, UINT32, false);
        }
        for (String number : new String[] { "awp", "ate", "fst", "pgt", "sh", "psh", "po", "zfo", "spl3", "ufa",
                "ufs", "uvt" }) {
            rule(number, Kind.NUMBER, -ANY, ANY, false);
        }
        rule("dwo", Kind.NUMBER, 0, UINT32, true);
        rule("clp", Kind.ARRAY, 0, 0, false);
        rule("cards", Kind.ARRAY, 0, 0, false);
        rule("ids", Kind.OBJECT, 0, 0, false);
    }

    private WriteRules() {
    }

    private static void rule(String key, Kind kind, double min, double max, boolean nullable) {
        RULES.put(key, new Rule(kind, min, max, nullable));
    }

    /** The setter of a key, or {@code null} when the key has none (read-only or unknown). */
    public static @Nullable Rule ruleFor(String key) {
        return RULES.get(key);
    }

    /** The answer to a payload that is not JSON. */
    public static String invalidJson(String errorName, String payload) {
        return "invalid json " + errorName + ": " + payload;
    }

    /** The answer to a key the charger publishes but has no setter for, e.g. {@code alw}. */
    public static String withoutSetter(String key, String payload) {
        return key + ": tried to set api key without setter (" + payload + ")";
    }

    /** The answer to a key this firmware does not know at all (not captured: this simulator's wording). */
    public static String unknownKey(String key, String payload) {
        return key + ": api key not found (" + payload + ")";
    }

    /**
     * Checks a parsed value against a setter.
     *
     * @return {@code null} when the value is accepted, else the answer text
     */
    public static @Nullable String check(Rule rule, JsonElement value, String payload) {
        if (value.isJsonNull()) {
            return rule.nullable() ? null : typeError(rule, payload);
        }
        switch (rule.kind()) {
            case BOOL:
                return isPrimitive(value) && value.getAsJsonPrimitive().isBoolean() ? null : typeError(rule, payload);
            case ARRAY:
                return value.isJsonArray() ? null : typeError(rule, payload);
            case OBJECT:
                return value.isJsonObject() ? null : typeError(rule, payload);
            case STRING:
                if (!isPrimitive(value) || !value.getAsJsonPrimitive().isString()) {
                    return typeError(rule, payload);
                }
                return rangeError("String length ", value.getAsString().length(), rule, payload);
            case INTEGER:
                if (!isNumber(value) || value.getAsDouble() != Math.rint(value.getAsDouble())) {
                    return typeError(rule, payload);
                }
                return rangeError("Value ", value.getAsDouble(), rule, payload);
            case NUMBER:
            default:
                return isNumber(value) ? rangeError("Value ", value.getAsDouble(), rule, payload)
                        : typeError(rule, payload);
        }
    }

    private static boolean isPrimitive(JsonElement value) {
        return value.isJsonPrimitive();
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
    }

    private static String typeError(Rule rule, String payload) {
        return "value must be " + rule.kind().label + " " + payload;
    }

    private static @Nullable String rangeError(String subject, double actual, Rule rule, String payload) {
        if (actual >= rule.min() && actual <= rule.max()) {
            return null;
        }
        // the firmware's text has the subject's trailing space and one more before the number
        return subject + " " + plain(actual) + " exceeds range " + plain(rule.min()) + " to " + plain(rule.max())
                + " " + payload;
    }

    private static String plain(double number) {
        return JsonValues.toJson(number == Math.rint(number) && Math.abs(number) < 1e15
                ? new JsonPrimitive((long) number)
                : new JsonPrimitive(number));
    }
}
