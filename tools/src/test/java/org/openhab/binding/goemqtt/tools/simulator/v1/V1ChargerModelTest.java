/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.v1;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The API v1 charger's state without MQTT: the captured document as the start, the documented command ranges and
 * the charging station's own logic.
 */
@NonNullByDefault
class V1ChargerModelTest {

    private final V1ChargerModel model = new V1ChargerModel("000042", Instant.parse("2026-06-01T10:00:00Z"),
            ZoneId.of("Europe/Vienna"), 3);

    @Test
    void startsFromTheCapturedDocumentWithItsSerialTheSimulatedTimeAndNoCar() {
        assertEquals("000042", model.value("sse"));
        assertEquals("73980", model.value("eto"));
        assertEquals("223", model.value("dws"), "the last session's energy until a car is plugged in");
        assertEquals("My WiFi", model.value("wss"));
        assertEquals("0106261200", model.value("tme"), "ddmmyyhhmm in the charger's zone");
        assertEquals("1", model.value("car"));
        assertEquals(V1ChargerModel.loadDocument().keySet(), model.status().keySet(), "the captured keys, no more");
    }

    @Test
    void pushButtonLevelsMustBeZeroOrAboveTheLevelBefore() {
        assertNull(model.command("al2=11"));
        assertNotNull(model.command("al3=11"), "not above al2");
        assertNull(model.command("al5=0"));
        assertNotNull(model.command("al4=5"), "below 6 A");
        assertEquals("11", model.value("al2"));
        assertEquals("12", model.value("al3"));
    }

    @Test
    void theCurrentCannotBeSetAboveTheAbsoluteMaximum() {
        assertNull(model.command("ama=20"));
        assertNull(model.command("amx=20"));
        assertNotNull(model.command("amp=21"));
        assertNull(model.command("ama=10"));
        assertNotNull(model.command("amx=16"));
        assertEquals("20", model.value("amp"));
    }

    @Test
    void theShutdownValueStopsChargingWhenTheSessionReachesIt() {
        assertNull(model.command("stp=2"));
        assertNull(model.command("dwo=1")); // 0.1 kWh
        assertNull(model.command("alw=1"));
        model.plugIn();
        model.tick(Duration.ofSeconds(1));
        assertEquals("2", model.value("car"));

        for (int second = 0; second < 60 && "1".equals(model.value("alw")); second++) {
            model.tick(Duration.ofSeconds(1));
        }

        assertEquals("0", model.value("alw"), "dws / 36000 >= dwo switched charging off");
        assertTrue(Long.parseLong(String.valueOf(model.value("dws"))) >= 36_000);
        assertEquals("4", model.value("car"));
    }

    @Test
    void aFaultStopsChargingAndShowsInErrWhileCarStaysAV1State() {
        assertNull(model.command("alw=1"));
        model.plugIn();
        model.tick(Duration.ofSeconds(1));
        model.setError(8);
        assertEquals("8", model.value("err"));
        assertEquals("3", model.value("car"));
        assertTrue(model.status().get("nrg").getAsJsonArray().get(11).getAsInt() == 0);
        model.setError(0);
        model.unplug();
        assertEquals("1", model.value("car"));
        assertEquals("0", model.value("err"));
    }
}
