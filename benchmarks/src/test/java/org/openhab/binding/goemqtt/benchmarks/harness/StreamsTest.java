/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.benchmarks.CapturedBurst;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;

import com.google.gson.JsonParser;

/** The message streams are the captured charger's, with only the values that change every second moved on. */
@NonNullByDefault
class StreamsTest {

    private final CapturedBurst burst = CapturedBurst.standard();

    @Test
    void theCaptureIsReadWithOneMessagePerKeyBelowTheChargersBase() {
        assertEquals("/go-eCharger/072246/", burst.base());
        assertEquals(burst.messages().size(), burst.messages().stream().map(CapturedBurst.Message::key).distinct()
                .count());
        assertEquals("[233,235,231,0,0,0,0,0,0,0,0,0,0,0,0,0]", burst.message("nrg").payload());
    }

    @Test
    void theFullProfileBurstIsTheCaptureByteForByteFollowedByTheGeneratedKeys() {
        CapturedBurst full = CapturedBurst.fullProfile();
        int captured = burst.messages().size();
        assertEquals(burst.messages(), full.messages().subList(0, captured));
        assertTrue(full.messages().size() >= 340, "keys: " + full.messages().size());
        assertEquals(full.messages().size(), full.messages().stream().map(CapturedBurst.Message::key).distinct()
                .count());
        assertEquals("/go-eCharger/072246/mcu", full.message("mcu").topic());
        assertEquals("false", full.message("ocppe").payload());
    }

    @Test
    void eachCycleHasEveryKeyOnceAndOnlyUptimeClocksAndVoltageChange() {
        int keys = burst.messages().size();
        List<Outgoing> stream = Streams.cycles(burst, "/go-eCharger/000007/", 3);
        assertEquals(3 * keys, stream.size());
        for (int i = 0; i < keys; i++) {
            CapturedBurst.Message captured = burst.messages().get(i);
            Outgoing first = stream.get(i);
            Outgoing second = stream.get(keys + i);
            assertEquals("/go-eCharger/000007/" + captured.key(), first.topic());
            assertFalse(first.retained());
            boolean changes = List.of("rbt", "utc", "loc", "nrg").contains(captured.key());
            if (changes) {
                assertNotEquals(text(first), text(second), captured.key());
            } else {
                assertArrayEquals(captured.payloadBytes(), second.payload(), captured.key());
            }
        }
    }

    @Test
    void movedValuesKeepTheirShape() {
        CapturedBurst.Message nrg = burst.message("nrg");
        assertEquals(16, JsonParser.parseString(Streams.moved(nrg, 0, Instant.now(), 5)).getAsJsonArray()
                .size());
        String loc = Streams.moved(burst.message("loc"), 0, Instant.parse("2026-01-02T03:04:05.678Z"), 0);
        assertEquals("\"2026-01-02T03:04:05.678 +00:00\"", loc);
        assertEquals("1234", Streams.moved(burst.message("rbt"), 1234, Instant.now(), 0));
    }

    @Test
    void theRetainedBurstIsTheCaptureBelowAnotherBase() {
        List<Outgoing> retained = Streams.retained(burst, "go-eCharger/000001/");
        assertEquals(burst.messages().size(), retained.size());
        assertTrue(retained.stream().allMatch(Outgoing::retained));
        assertEquals("go-eCharger/000001/rbt", retained.stream().filter(m -> m.topic().endsWith("/rbt")).findFirst()
                .orElseThrow().topic());
    }

    private static String text(Outgoing message) {
        return new String(message.payload(), StandardCharsets.UTF_8);
    }
}
