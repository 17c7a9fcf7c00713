/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.KeyRow;

/**
 * A reproducible stream of bad payloads for a charger's topics: random bytes, truncated JSON, a wrong type for
 * every catalog key, huge numbers, NaN, deep nesting, 1 MB payloads, non-UTF-8, empty payloads and unknown
 * {@code /result} texts. Seeded, so a failure can be replayed.
 */
@NonNullByDefault
final class MalformedInput {

    /** One bad message: the topic suffix below the charger's base, and the payload. */
    record Message(String suffix, byte[] payload) {
    }

    static final int MEGABYTE = 1 << 20;
    private static final String[] WRONG_VALUES = { "\"text\"", "true", "null", "[]", "{}", "[1,2", "{\"a\":",
            "1e999", "-1e999", "NaN", "Infinity", "-Infinity", "99999999999999999999999999999999999999",
            "-0.0000000000000000000000001", "\"\\ud800\"", "[[[[[[[[[[[[]]]]]]]]]]]]", "{\"pGrid\":\"x\"}",
            "0x10", "1_000", "\u0000", "\"" + "é".repeat(300) + "\"" };

    private final Random random;
    private final List<String> keys;
    private final byte[] nested;
    private int next;

    MalformedInput(long seed) {
        this.random = new Random(seed);
        List<String> all = new ArrayList<>(Catalog.standard().rows().stream().map(KeyRow::key).distinct().toList());
        all.addAll(List.of("unknownKey", "x", "amp", "nrg"));
        this.keys = List.copyOf(all);
        this.nested = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Keys the stream writes to: every catalog key and a few unknown ones. */
    int keyCount() {
        return keys.size();
    }

    /** The next bad message; every {@code hugeEvery}-th one is a 1 MB payload. */
    Message next(int hugeEvery) {
        int index = next++;
        String key = keys.get(index % keys.size());
        if (index % hugeEvery == hugeEvery - 1) {
            return new Message(key, huge(index));
        }
        return switch (index % 9) {
            case 0 -> new Message(key, randomBytes(1 + random.nextInt(200)));
            case 1 -> new Message(key, truncated());
            case 2 -> new Message(key, text(WRONG_VALUES[random.nextInt(WRONG_VALUES.length)]));
            case 3 -> new Message(key, new byte[0]);
            case 4 -> new Message(key, new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '1' });
            case 5 -> new Message(key + "/result", text(unknownResult()));
            case 6 -> new Message(key, nested);
            case 7 -> new Message(key + "/set", randomBytes(1 + random.nextInt(50)));
            default -> new Message(key + "/" + key, text("1"));
        };
    }

    private byte[] huge(int index) {
        byte[] payload = new byte[MEGABYTE];
        if (index % 2 == 0) {
            Arrays.fill(payload, (byte) '9');
        } else {
            Arrays.fill(payload, (byte) '[');
        }
        return payload;
    }

    private byte[] truncated() {
        String json = "{\"pGrid\":1234.5,\"pPv\":[1,2,3],\"text\":\"abc\",\"nested\":{\"a\":[true,null]}}";
        return text(json.substring(0, 1 + random.nextInt(json.length() - 1)));
    }

    private String unknownResult() {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "Something unexpected happened " + random.nextInt();
            case 2 -> "{\"error\":" + random.nextInt() + "}";
            default -> new String(randomBytes(20), StandardCharsets.ISO_8859_1);
        };
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
