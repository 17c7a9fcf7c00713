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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every key go-e documents for API v2 (apikeys.json: {@code documented} and {@code firmware_export_only}) has a row
 * in the catalog, or stands on the exclusion list below with its reason; at least 95 % are typed.
 */
@NonNullByDefault
class CatalogCoverageTest {

    private static final Set<String> CURRENT = Set.of("documented", "firmware_export_only");
    private static final double MIN_TYPED_SHARE = 0.95;

    /** Keys that are never channels (reboots, resets, deletions, updates, a key that writing replaces). */
    static final Map<String, String> EXCLUDED = ExcludedKeys.reasons();

    private static final Set<String> current = new TreeSet<>();
    private static final Set<String> all = new TreeSet<>();

    @BeforeAll
    static void readDocumentation() throws IOException {
        String text = Files.readString(SharedReference.resolve("reference/apikeys.json"), StandardCharsets.UTF_8);
        for (JsonElement element : JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("keys")) {
            JsonObject entry = element.getAsJsonObject();
            String key = entry.get("key").getAsString();
            all.add(key);
            if (CURRENT.contains(entry.get("doc_status").getAsString())) {
                current.add(key);
            }
        }
    }

    @Test
    void everyCurrentKeyHasARowOrAReasonToHaveNone() {
        assertEquals(349, current.size(), "documented + firmware_export_only keys in apikeys.json");
        List<String> missing = current.stream()
                .filter(key -> !Catalog.standard().knows(key) && !EXCLUDED.containsKey(key)).toList();
        assertEquals(List.of(), missing, "keys without a row and without a reason");
    }

    @Test
    void atLeastNinetyFivePercentOfTheCurrentKeysAreTyped() {
        // knows() also answers true for an excluded key: typed means a row
        long typed = current.stream().filter(key -> !Catalog.standard().rowsOf(key).isEmpty()).count();
        System.out.printf("catalog coverage: %d of %d keys typed, %d excluded%n", typed,
                current.size(), current.stream().filter(EXCLUDED::containsKey).count());
        assertTrue(typed >= Math.ceil(MIN_TYPED_SHARE * current.size()),
                typed + " of " + current.size() + " keys typed");
    }

    @Test
    void theExclusionListNamesDocumentedKeysEachWithAReason() {
        List<String> problems = new ArrayList<>();
        EXCLUDED.forEach((key, reason) -> {
            if (!all.contains(key)) {
                problems.add(key + " is no key of apikeys.json");
            }
            if (reason.isBlank()) {
                problems.add(key + " has no reason");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void rowsOfOlderSpellingsNameKeysTheDocumentsKnow() {
        Set<String> unknown = Catalog.standard().rows().stream().map(KeyRow::key).filter(key -> !all.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown);
    }
}
