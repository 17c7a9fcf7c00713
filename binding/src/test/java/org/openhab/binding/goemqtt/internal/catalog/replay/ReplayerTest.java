/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog.replay;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;

/**
 * The replay prints, per charger, the final state per channel sorted, the commands and answers, the unmapped keys,
 * then the errors with their line numbers; then the lines of no charger; comments and blank lines are skipped; bad
 * input never throws.
 */
@NonNullByDefault
class ReplayerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T08:02:35Z"), ZoneOffset.UTC);

    @Test
    void printsTheFinalStatePerChannelSortedThenUnmappedKeysAndErrors() {
        List<String> output = replay(null, //
                "# a comment", //
                "", //
                "/go-eCharger/000001/amp 10", //
                "/go-eCharger/000001/car 1", //
                "/go-eCharger/000001/amp 12", //
                "/go-eCharger/000001/zzNew {\"a\": [1, 2]}", //
                "/go-eCharger/000001/aaNew 5");
        assertEquals(List.of( //
                "charger 000001 at /go-eCharger/000001/", //
                "charging#requested-current = 12 A", //
                "raw#aaNew = 5", //
                "raw#zzNew = {\"a\":[1,2]}", //
                "status#car-state = 1", //
                "unmapped: aaNew, zzNew", //
                "errors: 0"), output);
    }

    @Test
    void anEmptyReplayStillPrintsItsSummary() {
        assertEquals(List.of("chargers: none"), replay(null, "# nothing", "   "));
    }

    @Test
    void setAndResultMessagesAreCommandsAndAnswersOfTheirChargerInCaptureOrder() {
        List<String> output = replay(null, //
                "/go-eCharger/072246/fna/set go", //
                "/go-eCharger/072246/fna/result invalid json InvalidInput: go", //
                "go-eCharger/072246/fna/set \"gogogo\"", //
                "/go-eCharger/072246/fna \"gogogo\"");
        assertEquals(List.of( //
                "charger 072246 at /go-eCharger/072246/", //
                "device#friendly-name = gogogo", //
                "commands: 2", //
                "line 1: command fna = go", //
                "line 2: answer fna: invalid json InvalidInput: go", //
                "unmapped: none", //
                "errors: 0", //
                "charger 072246 at go-eCharger/072246/", //
                "commands: 1", //
                "line 3: command fna = \"gogogo\"", //
                "unmapped: none", //
                "errors: 0"), output);
    }

    @Test
    void secretsInCommandsAndAnswersAreMasked() {
        List<String> output = replay(null, //
                "/go-eCharger/072246/mck/set \"S3cret-a\"", //
                "/go-eCharger/072246/mck/result success", //
                "/go-eCharger/072246/mcu/set \"mqtt://bob:S3cret-b@broker\"", //
                "/go-eCharger/072246/wak/result refused \"S3cret-c\"", //
                "/go-eCharger/072246/mcu/result bad url mqtt://bob:S3cret-d@broker", //
                "/elsewhere/mck/set S3cret-e");
        String text = String.join("\n", output);
        assertFalse(text.contains("S3cret"), text);
        assertTrue(output.contains("line 1: command mck = ***"), text);
        assertTrue(output.contains("line 2: answer mck: success"), text);
        assertTrue(output.contains("line 3: command mcu = \"mqtt://***@broker\""), text);
    }

    @Test
    void undecodablePayloadsAndForeignLinesBecomeNumberedErrorLines() {
        List<String> output = replay(null, //
                "/go-eCharger/072246/fna go", //
                "/go-eCharger/072246/amp", //
                "some prose without a topic", //
                "/go-eCharger/072246/nrg \"230,1\"", //
                "/go-eCharger/072246/amp 16");
        assertEquals("charging#requested-current = 16 A", output.get(1));
        assertTrue(output.contains("errors: 3"), String.join("\n", output));
        List<String> errors = output.subList(output.indexOf("errors: 3") + 1, output.indexOf("other lines: 1"));
        assertEquals(3, errors.size());
        assertTrue(errors.get(0).startsWith("line 1: fna: not valid JSON"), errors.get(0));
        assertTrue(errors.get(1).startsWith("line 2: amp: empty payload"), errors.get(1));
        assertEquals("line 4: nrg: expected an array, got string \"230,1\"", errors.get(2));
        assertEquals("line 3: not a topic of a go-e charger: some prose without a topic",
                output.get(output.size() - 1));
    }

    @Test
    void aGivenBaseTopicSelectsCustomPrefixesAndNothingElse() {
        List<String> output = replay("home/wallbox/", //
                "home/wallbox/amp 8", //
                "/go-eCharger/072246/amp 16");
        assertEquals("charger at home/wallbox/", output.get(0));
        assertEquals("charging#requested-current = 8 A", output.get(1));
        assertEquals("line 2: not a topic of a go-e charger: /go-eCharger/072246/amp 16",
                output.get(output.size() - 1));
    }

    @Test
    void strangeInputNeverThrows() {
        List<String> output = replay(null, //
                "/go-eCharger/072246/ 1", //
                "/go-eCharger/072246/amp \u0000\u0001", //
                "/go-eCharger/072246/tma " + "[".repeat(70) + "1" + "]".repeat(70), //
                "/go-eCharger/072246/utc \"2023-13-45T99:99:99\"", //
                "/go-eCharger/072246/cdi {\"type\":7,\"value\":1}", //
                "/go-eCharger/072246/rbt -5");
        assertTrue(output.contains("errors: 4"), String.join("\n", output));
        assertTrue(output.contains("other lines: 1"), String.join("\n", output));
    }

    @Test
    void aControllersLinesAreDecodedWithTheControllerCatalogItsCategoriesNamedByCcn() throws IOException {
        List<String> capture;
        try (InputStream in = ReplayerTest.class.getResourceAsStream("/controller/controller-status.txt")) {
            assertNotNull(in);
            capture = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> withCharger = new ArrayList<>(capture);
        withCharger.add("go-eCharger/072246/amp 10");
        withCharger.add("/go-eController/900100/ccn/set [\"Home\",\"Netz\"]");

        List<String> output = new Replayer(Catalog.standard(), CLOCK, null).replay(withCharger).lines();

        String text = String.join("\n", output);
        assertEquals("controller 900100 at /go-eController/900100/", output.get(0), text);
        assertLines(output, "categories#category-1-power = -1240 W (Grid)", //
                "categories#category-4-power = 5200.25 W (Solar)", //
                "categories#category-6-power = 410 W (Heat Pump)", //
                "sensors#sensor-3-current = 7.5 A (PV)", //
                "meter#voltage-l1 = 231.2 V");
        assertFalse(text.contains("category-7-"), "a category without name and value is not in use: " + text);
        assertLines(output, "mqtt#broker-url = mqtt://***@192.168.1.10:1883", //
                "line " + (capture.size() + 2) + ": command ccn = [\"Home\",\"Netz\"]");
        for (String secret : new String[] { "s3cret", "meckey900100", "hunter22" }) {
            assertFalse(text.contains(secret), secret + " in\n" + text);
        }
        assertLines(output, "charger 072246 at go-eCharger/072246/", //
                "charging#requested-current = 10 A");
    }

    @Test
    void anApiV1StatusObjectIsDecodedMemberByMemberAndCmdReqIsAV1Command() {
        List<String> output = replay(null, //
                "go-eCharger/123345/status {\"version\":\"B\",\"sse\":\"123345\",\"amp\":\"16\","
                        + "\"car\":\"2\",\"wke\":\"S3cret-a\",\"xyz\":\"1\"}", //
                "go-eCharger/123345/cmd/req amp=10", //
                "/go-eCharger/072246/status {\"wss\":\"home\",\"wke\":\"S3cret-b\"}");
        String text = String.join("\n", output);
        assertEquals("charger (API v1) 123345 at go-eCharger/123345/", output.get(0), text);
        assertLines(output, "charging#requested-current = 16 A", //
                "status#car-state = 2", //
                "raw#xyz = \"1\"", //
                "line 2: v1 command amp = 10");
        // wke is a known secret of the v1 table: no channel, not even a raw one
        assertFalse(output.stream().anyMatch(line -> line.contains("raw#wke")), text);
        assertTrue(output.contains("charger 072246 at /go-eCharger/072246/"), "no version and sse: no v1 status");
        assertLines(output, "raw#status = {\"wss\":\"home\",\"wke\":\"***\"}");
        assertFalse(text.contains("S3cret"), text);
    }

    @Test
    void anInvalidBaseTopicIsRefusedWhenTheReplayerIsMade() {
        assertThrows(IllegalArgumentException.class, () -> new Replayer(Catalog.standard(), CLOCK, "home/+/"));
    }

    private static List<String> replay(@Nullable String base, String... lines) {
        return new Replayer(Catalog.standard(), CLOCK, base).replay(List.of(lines)).lines();
    }

    private static void assertLines(List<String> output, String... expected) {
        for (String line : expected) {
            assertTrue(output.contains(line), line + " in\n" + String.join("\n", output));
        }
    }
}
