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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the simulated firmware answers {@code /set}: the texts of the capture and the go-e MQTT page, and the
 * extensions built on their pattern.
 */
@NonNullByDefault
class SetAnswerTest {

    private static ChargerModel charger(String firmware) {
        return new ChargerModel("072246", FirmwareProfile.of(firmware), Instant.parse("2023-04-21T15:41:28.732Z"),
                ZoneId.of("Europe/Vienna"), 1);
    }

    @Test
    void theCapturedFnaExchangeIsAnsweredWordForWord() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        String pendingPayload = null;
        try (InputStream in = getClass().getResourceAsStream("/set-result-fna.txt")) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split(" ", 2);
                if (parts[0].endsWith("/fna/set")) {
                    pendingPayload = parts[1];
                } else if (parts[0].endsWith("/fna/result") && pendingPayload != null) {
                    pairs.add(new String[] { pendingPayload, parts[1] });
                }
            }
        }
        assertEquals(3, pairs.size());
        ChargerModel model = charger("055.6");
        for (String[] pair : pairs) {
            assertEquals(pair[1], model.handleSet("fna", pair[0]).result(), "answer to " + pair[0]);
        }
        assertEquals("\"gogogo\"", model.getValue("fna"));
    }

    @Test
    void theDocumentedTypeErrorAndIncompleteInputAnswersAreReproduced() {
        ChargerModel model = charger("60.5");
        assertEquals("value must be string 0", model.handleSet("fna", "0").result());
        assertEquals("invalid json IncompleteInput: new_name", model.handleSet("fna", "new_name").result());
        assertEquals("success", model.handleSet("fna", "\"mein charger\"").result());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "amp | 16       | success", //
            "amp | 40       | Value  40 exceeds range 6 to 32 40", //
            "amp | 5        | Value  5 exceeds range 6 to 32 5", //
            "amp | 10.5     | value must be integer 10.5", //
            "amp | \"10\"   | value must be integer \"10\"", //
            "amp | null     | value must be integer null", //
            "frc | 3        | Value  3 exceeds range 0 to 2 3", //
            "frc | true     | value must be integer true", //
            "fup | 1        | value must be bool 1", //
            "fup | false    | success", //
            "tcl | null     | success", //
            "tcl | 8        | success", //
            "fst | \"x\"    | value must be number \"x\"", //
            "ids | 5        | value must be object 5", //
            "ids | {\"pGrid\":-1200,\"pPv\":3000,\"pAkku\":0} | success", //
            "clp | [6,10]   | success", //
            "cid | \"#12\"  | String length  3 exceeds range 7 to 7 \"#12\"", //
            "amp | {        | invalid json IncompleteInput: {", //
            "amp | 16 17    | invalid json InvalidInput: 16 17", //
            "alw | false    | alw: tried to set api key without setter (false)", //
            "car | 2        | car: tried to set api key without setter (2)", //
            "nosuchkey | 1  | nosuchkey: api key not found (1)" })
    void everyKindOfSetGetsItsAnswer(String key, String payload, String answer) {
        assertEquals(answer, charger("60.5").handleSet(key, payload).result());
    }

    @Test
    void anEmptyPayloadIsEmptyInput() {
        assertEquals("invalid json EmptyInput: ", charger("60.5").handleSet("amp", "").result());
    }

    @Test
    void aRejectedSetChangesNothing() {
        ChargerModel model = charger("60.5");
        model.handleSet("amp", "40");
        model.handleSet("alw", "false");
        assertEquals("6", model.getValue("amp"));
        assertEquals("true", model.getValue("alw"));
        assertTrue(model.drainChanges().isEmpty());
    }

    @Test
    void anAcceptedSetEchoesThePublishedKeyEvenWhenTheValueIsUnchanged() {
        ChargerModel model = charger("60.5");
        assertEquals(SetAnswer.Outcome.ACCEPTED, model.handleSet("amp", "6").outcome());
        assertEquals("6", JsonValues.toJson(model.drainChanges().get("amp")));
    }

    @Test
    void aKeyTheFirmwareDoesNotPublishIsSetWithoutEcho() {
        ChargerModel model = charger("055.6");
        assertEquals("success", model.handleSet("mcr", "false").result());
        assertFalse(model.drainChanges().containsKey("mcr"));
    }

    @Test
    void aKeyThisFirmwareLacksIsUnknownEvenIfNewerFirmwareHasIt() {
        assertEquals("tcl: api key not found (8)", charger("055.2").handleSet("tcl", "8").result());
    }

    @Test
    void withMqttWritesOffTheChargerIgnoresEverySetSilently() {
        ChargerModel model = charger("60.5");
        assertEquals("success", model.handleSet("mcr", "true").result());
        model.drainChanges();
        for (String[] set : new String[][] { { "amp", "16" }, { "amp", "go" }, { "alw", "false" },
                { "mcr", "false" } }) {
            SetAnswer answer = model.handleSet(set[0], set[1]);
            assertEquals(SetAnswer.Outcome.IGNORED, answer.outcome());
            assertNull(answer.result());
        }
        assertEquals("6", model.getValue("amp"));
        assertTrue(model.drainChanges().isEmpty());
        model.setWritesAllowed(true);
        assertEquals("success", model.handleSet("amp", "16").result());
    }

    @Test
    void firmwareBefore0515AppliesAndEchoesButNeverAnswersResult() {
        ChargerModel model = charger("040.0");
        SetAnswer accepted = model.handleSet("amp", "16");
        SetAnswer rejected = model.handleSet("amp", "go");
        assertEquals(SetAnswer.Outcome.ACCEPTED, accepted.outcome());
        assertNull(accepted.result());
        assertEquals(SetAnswer.Outcome.REJECTED, rejected.outcome());
        assertNull(rejected.result());
        assertEquals("16", JsonValues.toJson(model.drainChanges().get("amp")));
    }
}
