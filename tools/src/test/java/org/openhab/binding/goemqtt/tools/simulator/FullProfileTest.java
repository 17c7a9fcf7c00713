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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.replay.ReplayReport;
import org.openhab.binding.goemqtt.internal.catalog.replay.Replayer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The 60.5 profile publishes every key that firmware exports (the key table's {@code documented} and
 * {@code firmware_export_only} keys), the captured ones with their captured values, and the binding types every
 * one of them.
 */
@NonNullByDefault
class FullProfileTest {

    /** Parts of the fake credentials of the generated values; none may show. */
    static final List<String> FAKE_SECRETS = List.of("fake-mqtt-password", "fake-ocpp-password",
            "FAKE-CLIENT-CERTIFICATE", "FAKE-CLIENT-KEY", "fake-dummy-card", "fake-cloud-token", "fake-wifi-key");

    private final FirmwareProfile profile = FirmwareProfile.of("60.5");

    @Test
    void everyExportedKeyIsPublishedOrLeftOutWithItsReason() throws IOException {
        Map<String, JsonObject> exported = exportedKeys();
        JsonObject notPublished = generated().getAsJsonObject("notPublished");
        List<String> missing = new ArrayList<>();
        for (String key : exported.keySet()) {
            if (!profile.publishes(key) && !notPublished.has(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing, "exported keys the 60.5 profile neither publishes nor explains");
        for (String key : notPublished.keySet()) {
            assertFalse(profile.publishes(key), key);
            assertFalse(notPublished.get(key).getAsString().isBlank(), key + " has a reason");
            String access = exported.get(key).get("access").getAsString();
            assertTrue("W".equals(access) || profile.unpublishedSettableKeys().contains(key),
                    key + " is write only or accepted on /set without being published");
        }
        assertTrue(profile.publishedKeys().size() >= 340, "published: " + profile.publishedKeys().size());
    }

    @Test
    void theCapturedKeysComeFirstWithTheirCapturedValuesAndTheGeneratedOnesAddNoCapturedKey() throws IOException {
        Map<String, JsonElement> burst = firstBurstValues("fw60.5-v3-retained-burst.txt");
        List<String> published = new ArrayList<>(profile.publishedKeys());
        assertEquals(new ArrayList<>(burst.keySet()), published.subList(0, burst.size()));
        Map<String, JsonElement> values = profile.initialValues();
        burst.forEach((key, value) -> assertEquals(value, values.get(key), key));
        Set<String> generated = generated().getAsJsonObject("values").keySet();
        assertEquals(Set.of(), intersection(generated, burst.keySet()));
        assertEquals(new TreeSet<>(generated), new TreeSet<>(published.subList(burst.size(), published.size())));
    }

    @Test
    void theBindingDecodesEveryPublishedKeyToATypedChannelWithoutErrors() {
        ReplayReport.Charger report = replayOf(profile);
        assertEquals(new TreeSet<>(profile.publishedKeys()), new TreeSet<>(report.typedKeys()));
        assertEquals(List.of(), List.copyOf(report.unmappedKeys()), "keys that became raw channels");
        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.states().keySet().stream().filter(id -> id.startsWith("raw#")).toList());
        for (String key : profile.publishedKeys()) {
            boolean shown = Catalog.standard().rowsOf(key).stream().anyMatch(r -> r.shown());
            boolean reached = Catalog.standard().rowsOf(key).stream()
                    .anyMatch(r -> report.states().containsKey(r.channelUid()));
            assertEquals(shown, reached, key + " reaches its channels");
        }
    }

    @Test
    void theFakeCredentialsShowMaskedInTheStates() {
        Map<String, String> shown = new java.util.TreeMap<>();
        replayOf(profile).states().forEach((channel, state) -> shown.put(channel, state.toFullString()));
        String all = shown.toString();
        for (String secret : FAKE_SECRETS) {
            assertFalse(all.contains(secret), secret + " shows in " + all);
        }
        assertEquals("mqtt://***@broker.example:1883", shown.get("mqtt#broker-url"));
        assertEquals("wss://***@ocpp.example/ocpp/072246", shown.get("credentials#ocpp-backend-url"));
        assertEquals("set", shown.get("credentials#ocpp-client-key"));
        assertEquals("not set", shown.get("credentials#ocpp-server-certificate"));
        assertEquals("***0001", shown.get("credentials#ocpp-dummy-card"));
        assertTrue(shown.get("credentials#wifi-networks").contains("\"ssid\":\"iot-side\""), all);
    }

    @Test
    void eachSimulatedChargerNamesItselfInItsSerialHostFriendlyNameAndTopicPrefix() {
        ChargerModel model = new ChargerModel("000007", profile, Instant.parse("2026-06-22T08:03:44Z"),
                ZoneOffset.UTC, 1);
        model.identify("site/000007/charger/");
        assertEquals("\"000007\"", model.getValue("sse"));
        assertEquals("\"go-echarger_000007\"", model.getValue("host"));
        assertEquals("\"site/000007/charger\"", model.getValue("mtp"));
        assertEquals("\"go-echarger_000007\"", model.getValue("fna"));
    }

    private static ReplayReport.Charger replayOf(FirmwareProfile profile) {
        List<String> lines = new ArrayList<>();
        profile.initialValues().forEach((key, value) -> lines.add("/go-eCharger/072246/" + key + " " + value));
        Replayer replayer = new Replayer(Catalog.standard(),
                Clock.fixed(Instant.parse("2026-06-22T08:03:45Z"), ZoneOffset.UTC), null);
        return replayer.replay(lines).only();
    }

    /** The key table's keys with doc_status documented or firmware_export_only, by key. */
    static Map<String, JsonObject> exportedKeys() throws IOException {
        String text = Files.readString(FirmwareProfileTest.sharedFolder().resolve("reference/apikeys.json"));
        Map<String, JsonObject> keys = new java.util.LinkedHashMap<>();
        for (JsonElement entry : JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("keys")) {
            JsonObject row = entry.getAsJsonObject();
            String status = row.get("doc_status").getAsString();
            if ("documented".equals(status) || "firmware_export_only".equals(status)) {
                keys.put(row.get("key").getAsString(), row);
            }
        }
        return keys;
    }

    private static JsonObject generated() throws IOException {
        try (InputStream in = FirmwareProfile.class
                .getResourceAsStream("/profiles/" + FirmwareProfile.GENERATED_60_5)) {
            assertNotNull(in);
            return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static Map<String, JsonElement> firstBurstValues(String file) throws IOException {
        Map<String, JsonElement> values = new java.util.LinkedHashMap<>();
        try (InputStream in = FirmwareProfile.class.getResourceAsStream("/profiles/" + file)) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("/")) {
                    String[] parts = line.split(" ", 2);
                    values.putIfAbsent(parts[0].substring(parts[0].lastIndexOf('/') + 1),
                            JsonParser.parseString(parts[1]));
                }
            }
        }
        return values;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }
}
