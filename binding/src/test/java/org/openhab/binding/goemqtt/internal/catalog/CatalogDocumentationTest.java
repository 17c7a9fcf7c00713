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
import static org.openhab.binding.goemqtt.internal.catalog.CatalogConsistencyTest.assertNoProblems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The catalog against go-e's key documentation (apikeys.json in the shared reference folder): every key is
 * documented, access is what the documents allow (or narrower), units are the documented ones, and the code lists
 * hold every code of both documented lists.
 */
@NonNullByDefault
class CatalogDocumentationTest {

    /** Documented unit → the unit the catalog must use for a number of that key. */
    private static final Map<String, Unit<?>> UNITS = Map.of("A", Units.AMPERE, "V", Units.VOLT, "W", Units.WATT,
            "Wh", Units.WATT_HOUR, "Hz", Units.HERTZ, "ms", MetricPrefix.MILLI(Units.SECOND), "s", Units.SECOND,
            "°C", SIUnits.CELSIUS, "dBm", Units.DECIBEL_MILLIWATTS, "min", Units.MINUTE);
    /** Documented units openHAB has no unit for: such keys are plain numbers. */
    private static final Set<String> NO_OPENHAB_UNIT = Set.of("ct", "%/s");
    /** Keys whose access is wider than apikeys-en.md says, and why. */
    private static final Map<String, String> WIDER_ACCESS = Map.of("frm",
            "firmware export 60.4 (generated from the firmware) lists it as R/W");

    private static Map<String, JsonObject> documented = new HashMap<>();

    @BeforeAll
    static void readDocumentation() throws IOException {
        String text = Files.readString(SharedReference.resolve("reference/apikeys.json"), StandardCharsets.UTF_8);
        for (JsonElement key : JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("keys")) {
            JsonObject entry = key.getAsJsonObject();
            documented.put(entry.get("key").getAsString(), entry);
        }
    }

    @Test
    void everyKeyOfTheCatalogIsDocumented() {
        List<String> missing = Catalog.standard().rows().stream().map(KeyRow::key)
                .filter(key -> !documented.containsKey(key)).distinct().toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void accessIsWhatTheDocumentsAllowOrNarrower() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : Catalog.standard().rows()) {
            String access = text(documented.get(row.key()), "access");
            boolean allowed = switch (row.access()) {
                case R -> access.contains("R");
                case W -> access.contains("W");
                case RW -> "R/W".equals(access);
            };
            if (!allowed && !WIDER_ACCESS.containsKey(row.key())) {
                problems.add(row.path() + ": " + row.access().text() + ", documented " + access);
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void numbersUseTheDocumentedUnit() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (KeyRow row : Catalog.standard().rows()) {
            JsonObject doc = documented.get(row.key());
            String unit = text(doc, "unit");
            if (unit.isEmpty()) {
                unit = text(doc, "unit_inferred");
            }
            if (!row.itemType().startsWith("Number") || !row.selector().equals(Selector.WHOLE) || unit.isEmpty()) {
                continue;
            }
            checked++;
            Unit<?> expected = UNITS.get(unit);
            if (NO_OPENHAB_UNIT.contains(unit) || unit.contains("code")) {
                expected = null;
            } else if (expected == null) {
                problems.add(row.path() + ": documented unit " + unit + " has no counterpart here");
                continue;
            }
            if (!String.valueOf(expected).equals(String.valueOf(row.unit()))) {
                problems.add(row.path() + ": unit " + row.unit() + ", documented " + unit);
            }
        }
        assertNoProblems(problems);
        assertTrue(checked > 50, "only " + checked + " rows have a documented unit");
    }

    @Test
    void codeListsHoldEveryCodeOfBothDocumentedLists() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : Catalog.standard().rows()) {
            CodeList codes = row.codes();
            JsonObject doc = documented.get(row.key());
            if (codes == null || doc == null) {
                continue;
            }
            JsonElement export = doc.get("enum_firmware_export");
            JsonObject exported = export == null || !export.isJsonObject() ? null
                    : object(export.getAsJsonObject().get("values"));
            for (JsonObject list : new JsonObject[] { object(doc.get("enum")), exported }) {
                if (list == null) {
                    continue;
                }
                for (String code : list.keySet()) {
                    if (code.matches("\\d+") && !codes.contains(Long.parseLong(code))) {
                        problems.add(row.key() + ": code " + code + " (" + list.get(code).getAsString() + ") missing");
                    }
                }
            }
        }
        assertNoProblems(problems);
    }

    private static @Nullable JsonObject object(@Nullable JsonElement element) {
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }

    private static String text(@Nullable JsonObject entry, String field) {
        JsonElement value = entry == null ? null : entry.get(field);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }
}
