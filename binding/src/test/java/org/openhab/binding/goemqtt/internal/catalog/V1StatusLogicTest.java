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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The v1 documents' app logic for one-phase chargers wired on N: applied only when {@code pha} shows phase 1 alone in
 * front of the contactor and N reads more than L1.
 */
@NonNullByDefault
class V1StatusLogicTest {

    private static final String NRG = "[0,0,0,231,0,0,0,0,0,0,36,0,0,0,0,98]";

    @Test
    void aOnePhaseChargerWiredOnNeutralShowsItsValuesOnL1() {
        JsonObject status = status("8", NRG);
        Map<String, JsonElement> fixed = V1StatusLogic.forDecoding(status.asMap());
        assertEquals(JsonParser.parseString("[231,0,0,231,0,0,0,36,0,0,36,0,98,0,0,98]"), fixed.get("nrg"));
        assertEquals(JsonParser.parseString(NRG), status.get("nrg"), "the status itself is not changed");
        assertEquals(status.get("pha"), fixed.get("pha"));
        assertEquals(List.of("pha", "nrg"), List.copyOf(fixed.keySet()), "the members keep their order");
    }

    @Test
    void otherwiseTheStatusIsLeftAsItIs() {
        // three phases in front of the contactor (pha 56), phase 1 after it only (pha 1), N not above L1
        for (JsonObject status : new JsonObject[] { status("56", NRG), status("1", NRG),
                status("8", "[231,0,0,231,0,0,0,36,0,0,36,0,98,0,0,98]"), status("\"x\"", NRG),
                status("8", "[231,0,0]") }) {
            Map<String, JsonElement> members = status.asMap();
            assertSame(members, V1StatusLogic.forDecoding(members), status.toString());
        }
    }

    @Test
    void theRealCaptureIsNotChanged() throws IOException {
        JsonObject capture = JsonParser.parseString(Files.readString(
                SharedReference.resolve("captures/v1-041.0-status.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        Map<String, JsonElement> members = capture.asMap();
        assertSame(members, V1StatusLogic.forDecoding(members), "pha 56: three phases, the app logic does not apply");
    }

    private static JsonObject status(String pha, String nrg) {
        String phaJson = pha.startsWith("\"") ? pha : "\"" + pha + "\"";
        return JsonParser.parseString("{\"pha\":" + phaJson + ",\"nrg\":" + nrg + "}").getAsJsonObject();
    }
}
