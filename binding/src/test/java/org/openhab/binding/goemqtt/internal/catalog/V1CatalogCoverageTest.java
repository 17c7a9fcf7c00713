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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;

/**
 * Every status key the v1 documents list (section 2 of the English edition, and the German edition's extra keys)
 * has a row in {@link Catalog#v1()}; every settable key of section 3 has a writable row or a reason to have none; no
 * read-only key of section 3 is writable.
 */
@NonNullByDefault
class V1CatalogCoverageTest {

    private static final String ENGLISH = "reference/go-eCharger-API-v1/go-eCharger API v1 EN.md";
    private static final String GERMAN = "reference/go-eCharger-API-v1/go-eCharger API v1 DE.md";
    /** A table row's first cell: one key or several joined by {@code <br>}. */
    private static final Pattern KEY_CELL = Pattern.compile("^\\|\\s*([a-z0-9]+(?:\\s*<br>\\s*[a-z0-9]+)*)\\s*\\|");

    /** Settable keys the catalog reads only, with the reason. */
    static final Map<String, String> READ_ONLY_ON_PURPOSE = Map.of( //
            "wss", "a wrong SSID cuts the charger off its network", //
            "wke", "the Wi-Fi key: a secret, never shown or written", //
            "wen", "Wi-Fi off cuts the charger off its network", //
            "wak", "the hotspot key: a secret, never shown or written", //
            "r1x", "flags: writing one bit needs the other; end-to-end encryption changes the status format", //
            "dto", "the charger's own countdown of the flexible tariff");

    @Test
    void everyDocumentedStatusKeyHasARow() throws IOException {
        Set<String> english = statusKeys(ENGLISH);
        assertEquals(96, english.size(), "keys in section 2 of the English edition: " + english);
        Set<String> german = statusKeys(GERMAN);
        assertTrue(german.containsAll(english), "the German edition lists the English keys");
        Set<String> all = new TreeSet<>(english);
        all.addAll(german);
        List<String> missing = all.stream().filter(key -> Catalog.v1().rowsOf(key).isEmpty()).toList();
        assertEquals(List.of(), missing, "v1 status keys without a row");
    }

    @Test
    void everySettableKeyIsWritableOrReadOnlyForAReason() throws IOException {
        Set<String> settable = commandKeys("The following parameters can be set:");
        Set<String> readOnly = commandKeys("The following parameters can only be read:");
        assertEquals(39, settable.size(), "settable keys: " + settable);
        List<String> problems = new ArrayList<>();
        for (String key : settable) {
            boolean writable = Catalog.v1().writerChannelOf(key) != null;
            if (writable == READ_ONLY_ON_PURPOSE.containsKey(key)) {
                problems.add(key + (writable ? " is writable but listed as read only on purpose"
                        : " is settable but has no writable row and no reason"));
            }
        }
        for (String key : readOnly) {
            if (Catalog.v1().writerChannelOf(key) != null) {
                problems.add(key + " is read only in the docs but writable here");
            }
        }
        for (KeyRow row : Catalog.v1().rows()) {
            if (row.access().writable() && !settable.contains(row.key())) {
                problems.add(row.key() + " is writable but not settable in the docs");
            }
        }
        CatalogConsistencyTest.assertNoProblems(problems);
    }

    @Test
    void theSecretsAreHiddenRows() {
        for (String secret : List.of("wke", "wak", "mck")) {
            List<KeyRow> rows = Catalog.v1().rowsOf(secret);
            assertEquals(1, rows.size(), secret);
            assertFalse(rows.get(0).shown(), secret);
            assertNull(rows.get(0).group(), secret);
        }
    }

    /** The keys of the status table (section 2). */
    private static Set<String> statusKeys(String document) throws IOException {
        List<String> lines = Files.readAllLines(SharedReference.resolve(document), StandardCharsets.UTF_8);
        Set<String> keys = new LinkedHashSet<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("# ")) {
                inSection = line.startsWith("# 2.");
                continue;
            }
            Matcher cell = KEY_CELL.matcher(line);
            if (inSection && cell.find()) {
                for (String key : cell.group(1).split("\\s*<br>\\s*")) {
                    keys.add(key.strip());
                }
            }
        }
        return keys;
    }

    /** The keys of the code block after {@code heading} in section 3 of the English edition. */
    private static Set<String> commandKeys(String heading) throws IOException {
        String text = Files.readString(SharedReference.resolve(ENGLISH), StandardCharsets.UTF_8);
        int start = text.indexOf(heading);
        assertTrue(start >= 0, heading);
        int open = text.indexOf("```", start);
        int close = text.indexOf("```", open + 3);
        Set<String> keys = new TreeSet<>();
        for (String key : text.substring(open + 3, close).strip().split("\\s+")) {
            keys.add(key);
        }
        return keys;
    }
}
