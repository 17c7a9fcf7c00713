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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The secret and dangerous keys: what their channels show, what a command on them sends or why it is refused, and
 * that the keys that reboot, erase or update are no channel at all.
 */
@NonNullByDefault
class CatalogSecretsTest {

    private static final DecodeContext CONTEXT = new DecodeContext(Instant.parse("2023-03-01T08:02:22.764Z"), 1000L,
            ZoneOffset.UTC);
    /** W-only keys of the documents that are not dangerous and stay for the other rows of the catalog. */
    private static final Set<String> HARMLESS_WRITE_ONLY = Set.of("ids", "awpl", "ocppfai");

    private final Catalog catalog = Catalog.standard();

    @Test
    void keysAndCertificatesShowOnlyWhetherTheyAreSet() {
        for (String channel : List.of("credentials#ocpp-client-certificate", "credentials#ocpp-client-key",
                "credentials#ocpp-server-certificate")) {
            String key = catalog.rowsFor(channel).get(0).key();
            assertEquals(new StringType("set"), state(key, "\"-----BEGIN PRIVATE KEY-----\\nMIIE\""), channel);
            assertEquals(new StringType("not set"), state(key, "\"\""), channel);
            assertEquals(new StringType("set"), state(key, "{\"odd\":\"shape\"}"), "never the value, any shape");
        }
    }

    @Test
    void urlsIdentifiersAndWifiKeysAreMasked() {
        assertEquals(new StringType("wss://***@backend/ocpp/cp1"), state("ocppu", "\"wss://cp1:pw@backend/ocpp/cp1\""));
        assertEquals(new StringType("https://data.v3.go-e.io/export?e=***"),
                state("dll", "\"https://data.v3.go-e.io/export?e=eMf22aw6hcgiLDat\""));
        assertEquals(new StringType("***C3D4"), state("lri", "\"04A1B2C3D4\""));
        assertEquals(new StringType("***"), state("tsi", "\"04A1B2C3\""), "short ids show nothing");
        assertEquals(new StringType("***0042"), state("ocppd", "\"dummy-0042\""));
        assertEquals(new StringType("[{\"ssid\":\"home\",\"key\":\"***\"},{}]"),
                state("wifis", "[{\"ssid\":\"home\",\"key\":\"wpa-pass\"},{}]"));
    }

    @Test
    void writingASecretSendsItWholeAndTheMaskedValueIsRefused() {
        assertEquals(new EncodeResult.Encoded("ocppck", JsonParser.parseString("\"-----BEGIN KEY-----\"")),
                catalog.encode("credentials#ocpp-client-key", new StringType("-----BEGIN KEY-----")));
        assertEquals(new EncodeResult.Encoded("ocppu", JsonParser.parseString("\"wss://a:b@h\"")),
                catalog.encode("credentials#ocpp-backend-url", new StringType("wss://a:b@h")));
        assertEquals(new EncodeResult.Encoded("ocppd", JsonParser.parseString("\"card-1\"")),
                catalog.encode("credentials#ocpp-dummy-card", new StringType("card-1")));
        assertEquals(new EncodeResult.Encoded("ocppcc", JsonParser.parseString("\"\"")),
                catalog.encode("credentials#ocpp-client-certificate", new StringType("")), "an empty text clears");

        List<String> refusals = new ArrayList<>();
        refusal("credentials#ocpp-backend-url", new StringType("wss://***@h"), refusals);
        refusal("credentials#ocpp-dummy-card", new StringType("***0042"), refusals);
        refusal("credentials#ocpp-client-key", new StringType("set"), refusals);
        refusal("credentials#ocpp-server-certificate", new StringType("not set"), refusals);
        refusal("credentials#wifi-networks", new StringType("[{\"ssid\":\"x\",\"key\":\"y\"}]"), refusals);
        assertEquals(5, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains("holds the mask ***"), refusals.get(0));
        assertTrue(refusals.get(4).contains("read only"), refusals.get(4));
    }

    @Test
    void excludedKeysAreNoChannelNoRawChannelAndNoWriter() {
        assertEquals(Set.of("rst", "delw", "del", "lrn", "oct", "cak"), ExcludedKeys.reasons().keySet());
        ExcludedKeys.reasons().forEach((key, reason) -> {
            assertTrue(reason.length() > 20, key + " has a reason");
            assertTrue(catalog.knows(key), key);
            assertEquals(List.of(), catalog.rowsOf(key), key);
            Catalog.Decoded decoded = catalog.decode(key, JsonParser.parseString("1"), CONTEXT);
            assertEquals(List.of(), decoded.states(), key);
            assertFalse(decoded.raw(), key + " never becomes a raw channel");
            EncodeResult raw = catalog.encode(Catalog.rawChannel(key), new DecimalType(1));
            assertInstanceOf(EncodeResult.Refused.class, raw, key);
        });
        assertTrue(catalog.rows().stream().noneMatch(row -> ExcludedKeys.isExcluded(row.key())));
        assertThrows(IllegalArgumentException.class, () -> new Catalog(List.of(new KeyRow("rst", Selector.WHOLE,
                ChannelGroup.DEVICE, "restart", "Switch", Access.W, true, Codecs.onOff()))));
    }

    @Test
    void everyWriteOnlyKeyOfTheDocumentsIsExcludedOrHarmless() throws IOException {
        String text = Files.readString(SharedReference.resolve("reference/apikeys.json"), StandardCharsets.UTF_8);
        List<String> undecided = new ArrayList<>();
        for (JsonElement element : JsonParser.parseString(text).getAsJsonObject().getAsJsonArray("keys")) {
            JsonObject key = element.getAsJsonObject();
            String status = key.get("doc_status").getAsString();
            String name = key.get("key").getAsString();
            if ("W".equals(key.get("access").getAsString())
                    && ("documented".equals(status) || "firmware_export_only".equals(status))
                    && !ExcludedKeys.isExcluded(name) && !HARMLESS_WRITE_ONLY.contains(name)) {
                undecided.add(name);
            }
        }
        assertEquals(List.of(), undecided);
    }

    private void refusal(String channel, Command command, List<String> refusals) {
        if (catalog.encode(channel, command) instanceof EncodeResult.Refused refused) {
            refusals.add(refused.reason());
        }
    }

    private State state(String key, String json) {
        Catalog.Decoded decoded = catalog.decode(key, JsonParser.parseString(json), CONTEXT);
        assertEquals(1, decoded.states().size(), key + ": " + decoded);
        return decoded.states().get(0).state();
    }
}
