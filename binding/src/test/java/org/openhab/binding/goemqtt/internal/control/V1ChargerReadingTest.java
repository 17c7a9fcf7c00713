/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the v1 PV control reads of a status document. The fixture {@code captures/v1-041.0-status.json} is
 * {@code ../shared/captures/v1-041.0-status.json} byte for byte (source: markus-k/go-echarger-api-rs
 * {@code tests/status.json}, a HOME+ of hardware V2 with firmware 041.0, serial anonymised by its publisher).
 */
@NonNullByDefault
class V1ChargerReadingTest {

    private static JsonObject capture() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                V1ChargerReadingTest.class.getResourceAsStream("/captures/v1-041.0-status.json"), "capture")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static V1ChargerReading status(String json) {
        return V1ChargerReading.fromStatus(JsonParser.parseString(json).getAsJsonObject());
    }

    @Test
    void theRealStatusOfFirmware041ReadsAsAnIdleThreePhaseChargerAt224Volts() throws IOException {
        V1ChargerReading reading = V1ChargerReading.fromStatus(capture());

        assertEquals(1, reading.car());
        assertFalse(reading.carConnected());
        assertFalse(reading.allowed());
        assertEquals(16, reading.current(), "no amx in 041.0: amp");
        assertEquals(16, reading.maxCurrent());
        assertEquals(32, reading.cable());
        assertFalse(reading.adapter());
        assertEquals(3, reading.wiredPhases(), "pha 56 = 0b111000");
        assertEquals(0, reading.measuredPhases());
        assertEquals(224, reading.voltage(), 1e-9);
        assertEquals(0, reading.powerWatts(), 1e-9);
        assertEquals(new V1ChargerReading.Limit(16, "ama"), reading.limit());
    }

    @Test
    void amxComesBeforeAmpAndV1ScalingIsUndone() {
        V1ChargerReading reading = status("{\"car\":\"2\",\"alw\":\"1\",\"amp\":\"16\",\"amx\":\"8\",\"pha\":\"63\","
                + "\"nrg\":[231,229,230,1,81,79,0,18,18,0,0,371,99,99,0,0]}");

        assertEquals(8, reading.current());
        assertTrue(reading.allowed());
        assertEquals(8.1, reading.amps().l1(), 1e-9);
        assertEquals(2, reading.measuredPhases(), "L3 carries no current");
        assertEquals(3710, reading.powerWatts(), 1e-9, "nrg[11] in 0.01 kW");
        assertEquals(230, reading.voltage(), 1e-9);
    }

    @Test
    void aOnePhaseChargerWiredOnNTakesTheVoltageOfN() {
        V1ChargerReading onN = status("{\"pha\":\"8\",\"nrg\":[3,0,0,233,0,0,0,0,0,0,0,0,0,0,0,0]}");
        V1ChargerReading onL1 = status("{\"pha\":\"8\",\"nrg\":[228,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0]}");

        assertEquals(233, onN.voltage(), 1e-9);
        assertEquals(228, onL1.voltage(), 1e-9);
        assertEquals(1, onN.wiredPhases());
    }

    @Test
    void missingOrUnreadableKeysReadAsUnknownAndTheVoltageAsNominal() {
        V1ChargerReading reading = status("{\"car\":\"x\",\"nrg\":[0,0]}");

        assertEquals(0, reading.car());
        assertFalse(reading.carKnown());
        assertEquals(0, reading.current());
        assertEquals(V1ChargerReading.NOMINAL_VOLTS, reading.voltage(), 1e-9);
        assertEquals(new V1ChargerReading.Limit(32, "32 A maximum"), reading.limit());
        assertEquals(0, status("{\"ama\":\"1e999999999\"}").maxCurrent(), "garbage reads as unknown");
    }

    @Test
    void theSmallestOfAmaCableAndAdapterLimitsTheCurrent() {
        assertEquals(new V1ChargerReading.Limit(13, "cable"),
                status("{\"ama\":\"20\",\"cbl\":\"13\",\"adi\":\"0\"}").limit());
        assertEquals(new V1ChargerReading.Limit(16, "16 A adapter"),
                status("{\"ama\":\"32\",\"cbl\":\"20\",\"adi\":\"1\"}").limit());
        assertEquals(new V1ChargerReading.Limit(10, "ama"), status("{\"ama\":10,\"cbl\":\"0\"}").limit());
    }
}
