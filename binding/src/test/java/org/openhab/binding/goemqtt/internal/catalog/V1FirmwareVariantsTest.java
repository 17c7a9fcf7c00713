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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * What other v1 firmware versions may send than the captured 041.0 does: numbers where 041.0 sends strings, {@code
 * tma} as an array of strings or of numbers, keys this catalog does not know. Each decodes to what the captured form
 * decodes to, or to a raw channel, and never to a problem.
 */
@NonNullByDefault
class V1FirmwareVariantsTest {

    private static final Catalog CATALOG = Catalog.v1();
    private static final DecodeContext CONTEXT = new DecodeContext(Instant.parse("2022-08-09T09:22:30Z"), 3560814760L,
            ZoneOffset.ofHours(2));

    @Test
    void numbersSentAsJsonNumbersDecodeAsTheirStringsDo() throws IOException {
        JsonObject capture = JsonParser
                .parseString(Files.readString(SharedReference.resolve("captures/v1-041.0-status.json"),
                        StandardCharsets.UTF_8))
                .getAsJsonObject();
        int compared = 0;
        for (Map.Entry<String, JsonElement> member : capture.entrySet()) {
            String key = member.getKey();
            if (!CATALOG.knows(key) || !member.getValue().isJsonPrimitive()
                    || !member.getValue().getAsJsonPrimitive().isString()
                    || CATALOG.rowsOf(key).stream().anyMatch(row -> "String".equals(row.itemType()))) {
                continue; // texts stay texts: a firmware that sends a name as a number is not what this is about
            }
            BigDecimal number;
            try {
                number = new BigDecimal(member.getValue().getAsString());
            } catch (NumberFormatException e) {
                continue;
            }
            Map<String, State> asString = states(key, member.getValue());
            Map<String, State> asNumber = states(key, new JsonPrimitive(number));
            assertEquals(asString, asNumber, key + ": " + member.getValue() + " and " + number);
            compared++;
        }
        assertTrue(compared >= 45, "keys compared: " + compared);
    }

    @Test
    void tmaAsAnArrayOfStringsOrOfNumbersFeedsBothTemperatures() {
        JsonArray strings = new JsonArray();
        strings.add("27.5");
        strings.add("31");
        JsonArray numbers = new JsonArray();
        numbers.add(27.5);
        numbers.add(31);
        for (JsonArray tma : List.of(strings, numbers)) {
            Map<String, State> states = states("tma", tma);
            assertEquals(0, new BigDecimal("27.5").compareTo(
                    ((QuantityType<?>) states.get("temperatures#temperature-1")).toBigDecimal()), tma.toString());
            assertEquals(0, new BigDecimal("31").compareTo(
                    ((QuantityType<?>) states.get("temperatures#temperature-2")).toBigDecimal()), tma.toString());
            assertEquals("°C", ((QuantityType<?>) states.get("temperatures#temperature-1")).getUnit().toString());
        }
    }

    @Test
    void aKeyNoV1DocumentNamesBecomesARawChannelWithoutAProblem() {
        Catalog.Decoded decoded = CATALOG.decode("xyz", new JsonPrimitive("12"), CONTEXT);
        assertTrue(decoded.raw(), decoded.toString());
        assertEquals(List.of(), decoded.problems());
    }

    private static Map<String, State> states(String key, JsonElement value) {
        Catalog.Decoded decoded = CATALOG.decode(key, value, CONTEXT);
        assertEquals(List.of(), decoded.problems(), key + " " + value);
        Map<String, State> states = new LinkedHashMap<>();
        decoded.states().forEach(state -> states.put(state.channel(), state.state()));
        return states;
    }
}
