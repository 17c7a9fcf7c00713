/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.controller;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.tools.simulator.WriteRules;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The keys a simulated controller has a setter for. Keys it shares with the charger use the charger's
 * {@link WriteRules} and answer texts; the controller's own arrays are checked here: {@code ccn} (one name or
 * {@code null} = unchanged per category, up to 32 characters), {@code ccf} (per current sensor an array of factors
 * per category), {@code ips} (per current sensor its phase, L1=0 … N=3) and {@code iim} (per current sensor an
 * invert flag). The answers to a wrong array follow the charger's pattern ({@code value must be array ...}); the
 * controller's real texts are not documented.
 */
@NonNullByDefault
final class ControllerWrites {

    /** Scalar keys of the controller that the charger's rules do not cover. */
    private static final Map<String, WriteRules.Rule> OWN = Map.of( //
            "tof", new WriteRules.Rule(WriteRules.Kind.INTEGER, -720, 840, false), //
            "tds", new WriteRules.Rule(WriteRules.Kind.INTEGER, 0, 2, false), //
            "wda", new WriteRules.Rule(WriteRules.Kind.BOOL, 0, 0, false), //
            "tse", new WriteRules.Rule(WriteRules.Kind.BOOL, 0, 0, false), //
            "cwe", new WriteRules.Rule(WriteRules.Kind.BOOL, 0, 0, false), //
            "mce", new WriteRules.Rule(WriteRules.Kind.BOOL, 0, 0, false), //
            "mece", new WriteRules.Rule(WriteRules.Kind.BOOL, 0, 0, false), //
            "mcu", new WriteRules.Rule(WriteRules.Kind.STRING, 0, 256, false), //
            "mecu", new WriteRules.Rule(WriteRules.Kind.STRING, 0, 256, false), //
            "mtp", new WriteRules.Rule(WriteRules.Kind.STRING, 1, 128, true));

    private ControllerWrites() {
    }

    /** Whether the controller has a setter for this key. */
    static boolean settable(String key) {
        return isArrayKey(key) || OWN.containsKey(key) || WriteRules.ruleFor(key) != null;
    }

    private static boolean isArrayKey(String key) {
        return "ccn".equals(key) || "ccf".equals(key) || "ips".equals(key) || "iim".equals(key);
    }

    /** Checks a parsed value; {@code null} when accepted, else the answer text. */
    static @Nullable String check(String key, JsonElement value, String payload) {
        if (!isArrayKey(key)) {
            WriteRules.Rule rule = OWN.containsKey(key) ? OWN.get(key) : WriteRules.ruleFor(key);
            return rule == null ? WriteRules.withoutSetter(key, payload) : WriteRules.check(rule, value, payload);
        }
        if (!value.isJsonArray()) {
            return "value must be array " + payload;
        }
        JsonArray array = value.getAsJsonArray();
        int limit = "ccn".equals(key) ? ControllerModel.CATEGORIES : ControllerModel.SENSORS;
        if (array.size() > limit) {
            return "Array length  " + array.size() + " exceeds range 0 to " + limit + " " + payload;
        }
        WriteRules.Rule element = switch (key) {
            case "ccn" -> new WriteRules.Rule(WriteRules.Kind.STRING, 0, 32, true);
            case "ips" -> new WriteRules.Rule(WriteRules.Kind.INTEGER, 0, 3, true);
            case "iim" -> new WriteRules.Rule(WriteRules.Kind.BOOL, 0, 0, true);
            default -> null;
        };
        for (JsonElement item : array) {
            String problem = element != null ? WriteRules.check(element, item, payload) : factors(item, payload);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** One current sensor's factors in {@code ccf}: an array of numbers (or null) per category. */
    private static @Nullable String factors(JsonElement item, String payload) {
        if (item.isJsonNull()) {
            return null;
        }
        if (!item.isJsonArray() || item.getAsJsonArray().size() > ControllerModel.CATEGORIES) {
            return "value must be array " + payload;
        }
        WriteRules.Rule factor = new WriteRules.Rule(WriteRules.Kind.NUMBER, -10, 10, true);
        for (JsonElement number : item.getAsJsonArray()) {
            String problem = WriteRules.check(factor, number, payload);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** An accepted array value merged into the current one: {@code null} entries leave an entry as it is. */
    static JsonElement merge(JsonElement current, JsonElement update) {
        if (!current.isJsonArray() || !update.isJsonArray()) {
            return update.deepCopy();
        }
        JsonArray merged = current.getAsJsonArray().deepCopy();
        JsonArray changes = update.getAsJsonArray();
        for (int i = 0; i < changes.size() && i < merged.size(); i++) {
            if (!changes.get(i).isJsonNull()) {
                merged.set(i, changes.get(i).deepCopy());
            }
        }
        return merged;
    }
}
