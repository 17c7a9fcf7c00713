/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.v1;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The API v1 keys a charger accepts on {@code cmd/req} as {@code key=value}, with the range each accepts. A command
 * that fails a check is ignored, as the charger ignores it: there is no answer, the next status shows the old value.
 *
 * <p>
 * Ranges from the API v1 key table: whole amperes 6-32 ({@code amp}, {@code amx}, {@code ama}), push-button levels 0
 * or 6-32 and each above the one before, codes as listed ({@code ast} 0-2, {@code stp} 0 or 2, {@code ust} 0-2, ...),
 * brightness 0-255, colours as 24-bit numbers, card names up to 10 characters. Assumptions of this simulator where
 * the table states no range: {@code tof} 88-114 (UTC-12 to UTC+14, hours + 100), {@code tds} 0-2, {@code aho} 0-24,
 * {@code afi} 0-23, SSID up to 32 characters, Wi-Fi and hotspot keys 8-63 characters.
 */
@NonNullByDefault
public final class V1Commands {

    /** The read-only keys of the key table; a command for one is ignored. */
    public static final Set<String> READ_ONLY = Set.of("version", "rbc", "rbt", "car", "err", "cbl", "pha", "tmp",
            "dws", "adi", "uby", "eto", "wst", "nrg", "fwv", "sse", "eca", "ecr", "ecd", "ec4", "ec5", "ec6", "ec7",
            "ec8", "ec9", "ec1", "rca", "rcr", "rcd", "rc4", "rc5", "rc6", "rc7", "rc8", "rc9", "rc1");

    /** The push-button current levels, each 0 (skipped) or above the one before. */
    static final String[] LEVELS = { "al1", "al2", "al3", "al4", "al5" };

    private record Range(long min, long max, boolean text) {
    }

    private static final long UINT24 = 16_777_215L;
    private static final long UINT32 = 4_294_967_295L;
    private static final Map<String, Range> RANGES = new HashMap<>();

    static {
        for (String amps : new String[] { "amp", "amx", "ama" }) {
            number(amps, 6, 32);
        }
        for (String flag : new String[] { "alw", "wen", "lse", "nmo" }) {
            number(flag, 0, 1);
        }
        number("ast", 0, 2);
        number("ust", 0, 2);
        number("stp", 0, 2);
        number("dwo", 0, 65_535);
        number("tof", 88, 114);
        number("tds", 0, 2);
        number("lbr", 0, 255);
        number("aho", 0, 24);
        number("afi", 0, 23);
        number("r1x", 0, 3);
        number("dto", 0, UINT32);
        for (String level : LEVELS) {
            number(level, 0, 32);
        }
        for (String colour : new String[] { "cid", "cch", "cfi" }) {
            number(colour, 0, UINT24);
        }
        text("wss", 1, 32);
        text("wke", 8, 63);
        text("wak", 8, 63);
        for (String card : new String[] { "rna", "rnm", "rne", "rn4", "rn5", "rn6", "rn7", "rn8", "rn9", "rn1" }) {
            text(card, 0, 10);
        }
    }

    private V1Commands() {
    }

    private static void number(String key, long min, long max) {
        RANGES.put(key, new Range(min, max, false));
    }

    private static void text(String key, long min, long max) {
        RANGES.put(key, new Range(min, max, true));
    }

    /** Whether a key can be set at all. */
    public static boolean settable(String key) {
        return RANGES.containsKey(key);
    }

    /**
     * Checks one command's value.
     *
     * @param current the charger's current values, for the push-button levels' order
     * @return {@code null} when the command is accepted, else why the charger ignores it
     */
    public static @Nullable String check(String key, String value, Map<String, String> current) {
        Range range = RANGES.get(key);
        if (range == null) {
            return READ_ONLY.contains(key) ? key + " is read-only" : "unknown key " + key;
        }
        if (range.text()) {
            int length = value.length();
            return length >= range.min() && length <= range.max() ? null
                    : key + " must be " + range.min() + " to " + range.max() + " characters";
        }
        if (!value.matches("[0-9]{1,10}")) {
            return key + " must be a whole number";
        }
        long number = Long.parseLong(value);
        if (number < range.min() || number > range.max() || ("stp".equals(key) && number == 1)) {
            return key + " must be " + ("stp".equals(key) ? "0 or 2" : range.min() + " to " + range.max());
        }
        if (("amp".equals(key) || "amx".equals(key)) && number > parse(current.get("ama"))) {
            return key + " must not be above ama (" + parse(current.get("ama")) + ")";
        }
        return checkLevel(key, number, current);
    }

    /** {@code al1}..{@code al5}: 0, or 6-32 and above the level before (which must not be 0). */
    private static @Nullable String checkLevel(String key, long number, Map<String, String> current) {
        for (int i = 0; i < LEVELS.length; i++) {
            if (!LEVELS[i].equals(key) || number == 0) {
                continue;
            }
            if (number < 6) {
                return key + " must be 0 or 6 to 32";
            }
            if (i > 0) {
                long before = parse(current.get(LEVELS[i - 1]));
                if (before == 0 || number <= before) {
                    return key + " must be 0 or above " + LEVELS[i - 1] + " (" + before + ")";
                }
            }
        }
        return null;
    }

    private static long parse(@Nullable String value) {
        return value != null && value.matches("[0-9]{1,10}") ? Long.parseLong(value) : 0;
    }
}
