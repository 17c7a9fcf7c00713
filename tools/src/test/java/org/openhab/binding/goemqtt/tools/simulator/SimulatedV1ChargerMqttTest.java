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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.simulator.v1.SimulatedV1Charger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A simulated API v1 charger over MQTT (embedded broker, plain Paho client): one status object per period on
 * {@code <base>status}, {@code key=value} commands on {@code <base>cmd/req}, no answer topic.
 */
@NonNullByDefault
class SimulatedV1ChargerMqttTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Vienna"));
    private static final Duration PERIOD = SimulatedV1Charger.STATUS_PERIOD;
    /** Values the captured 041.0 document has as JSON numbers, not strings. */
    private static final Set<String> NUMBERS_IN_THE_CAPTURE = Set.of("loe", "lot", "lom", "lop", "lon", "lof", "loa",
            "lch", "mce", "mcp", "mcc");
    private static int nextSerial = 310_001;
    private final SimulationWithClient setup = new SimulationWithClient();

    @AfterEach
    void stopClientAndSimulation() throws Exception {
        setup.close();
    }

    @Test
    void publishesItsWholeStatusAsOneObjectOfStringsOncePerPeriodOfSimulatedTime() throws Exception {
        SimulatedV1Charger started = start(BaseTopic.NO_SLASH);
        String topic = "go-eCharger/" + started.serial() + "/status";
        started.tick(PERIOD);
        JsonObject first = status(client().await(topic));

        for (int second = 1; second < PERIOD.toSeconds(); second++) {
            started.tick(Duration.ofSeconds(1));
        }
        started.tick(Duration.ofSeconds(1));
        long firstRbt = Long.parseLong(first.get("rbt").getAsString());
        client().await(topic, payload -> rbt(payload) == firstRbt + PERIOD.toMillis());

        assertEquals(2, client().received().size(), "one status per period: " + client().received());
        assertEquals(started.serial(), first.get("sse").getAsString());
        assertEquals("041.0", first.get("fwv").getAsString());
        assertEquals("B", first.get("version").getAsString());
        for (Map.Entry<String, JsonElement> entry : first.entrySet()) {
            String key = entry.getKey();
            JsonElement value = entry.getValue();
            if ("nrg".equals(key)) {
                assertEquals(16, value.getAsJsonArray().size());
            } else if (NUMBERS_IN_THE_CAPTURE.contains(key)) {
                assertTrue(value.getAsJsonPrimitive().isNumber(), key);
            } else {
                assertTrue(value.getAsJsonPrimitive().isString(), key + " is a string: " + value);
            }
        }
    }

    @Test
    void itsSecretsAreFakeValuesAndTheWifiKeyIsMaskedAsTheFirmwareMasksIt() throws Exception {
        SimulatedV1Charger started = start(BaseTopic.SLASH);
        started.tick(PERIOD);
        JsonObject status = status(client().await(started.baseTopic() + "status"));

        assertEquals("********", status.get("wke").getAsString());
        assertNotEquals("3856d2c123f", status.get("wak").getAsString(), "not the captured hotspot key");
        assertFalse(status.get("mck").getAsString().isEmpty());

        started.command("wke=a-new-wifi-key");
        assertEquals("********", started.value("wke"));
    }

    @Test
    void aCommandOnCmdReqShowsInTheNextStatusAndAmxDoesNotWriteFlash() throws Exception {
        SimulatedV1Charger started = start(BaseTopic.SLASH);
        String topic = started.baseTopic() + "status";

        client().publish(started.baseTopic() + "cmd/req", "amx=10");
        awaitValue(started, "amp", "10");
        started.tick(PERIOD);

        assertEquals("10", status(client().await(topic, p -> rbt(p) > 0 && amp(p).equals("10"))).get("amp")
                .getAsString());
        assertEquals(0, started.flashWrites());
        client().publish(started.baseTopic() + "cmd/req", "amp=12");
        awaitValue(started, "amp", "12");
        assertEquals(1, started.flashWrites());
    }

    @Test
    void invalidCommandsAreIgnoredWithoutAnAnswerAndTheNextStatusShowsTheOldValues() throws Exception {
        SimulatedV1Charger started = start(BaseTopic.SLASH);
        String topic = started.baseTopic() + "status";
        String request = started.baseTopic() + "cmd/req";

        for (String invalid : List.of("amx=40", "amp=5", "amp=ten", "car=2", "alw=2", "stp=1", "al2=3", "rnm=a name "
                + "longer than ten", "nonsense", "sch=AAAA")) {
            client().publish(request, invalid);
        }
        client().publish(request, "lbr=100"); // commands are handled in order: this one marks the end
        awaitValue(started, "lbr", "100");
        started.tick(PERIOD);

        JsonObject next = status(client().await(topic, p -> status(p).get("lbr").getAsString().equals("100")));
        assertEquals("16", next.get("amp").getAsString());
        assertEquals("1", next.get("car").getAsString());
        assertEquals("0", next.get("alw").getAsString());
        assertEquals("0", next.get("stp").getAsString());
        assertEquals("10", next.get("al2").getAsString());
        assertEquals("Passat GTE", next.get("rnm").getAsString());
        assertEquals("AAAAAAAAAAAAAAAA", next.get("sch").getAsString());
        assertTrue(client().received().stream().allMatch(m -> m.topic().equals(topic) || m.topic().equals(request)),
                "no answer topic: " + client().received());
    }

    @Test
    void alwStartsAndStopsChargingWithCurrentsAndPowerInV1Scaling() throws Exception {
        SimulatedV1Charger started = start(BaseTopic.SLASH);
        String topic = started.baseTopic() + "status";
        started.plugIn();
        started.tick(PERIOD);
        JsonObject waiting = status(client().await(topic, p -> "3".equals(status(p).get("car").getAsString())));
        assertEquals("56", waiting.get("pha").getAsString(), "phases before the contactor only");

        client().publish(started.baseTopic() + "cmd/req", "alw=1");
        awaitValue(started, "alw", "1");
        started.tick(PERIOD);
        JsonObject charging = status(client().await(topic, p -> "2".equals(status(p).get("car").getAsString())));

        assertEquals("63", charging.get("pha").getAsString(), "all three phases after the contactor too");
        List<Integer> nrg = charging.get("nrg").getAsJsonArray().asList().stream().map(JsonElement::getAsInt)
                .toList();
        for (int phase = 0; phase < 3; phase++) {
            assertTrue(nrg.get(4 + phase) >= 158 && nrg.get(4 + phase) <= 160, "0.1 A of 16 A: " + nrg);
            assertTrue(nrg.get(7 + phase) >= 34 && nrg.get(7 + phase) <= 38, "0.1 kW of ~3.6 kW: " + nrg);
        }
        int totalHundredthsKw = nrg.get(11);
        assertTrue(totalHundredthsKw >= 1_040 && totalHundredthsKw <= 1_120, "0.01 kW of ~11 kW: " + nrg);

        long chargingRbt = Long.parseLong(charging.get("rbt").getAsString());
        started.tick(Duration.ofMinutes(10));
        JsonObject later = status(client().await(topic, p -> rbt(p) == chargingRbt + 600_000));
        long dws = Long.parseLong(later.get("dws").getAsString());
        double expectedWh = totalHundredthsKw * 10.0 * (PERIOD.toSeconds() + 600) / 3600;
        assertEquals(expectedWh, dws * 10 / 3600.0, expectedWh * 0.05, "dws counts deca-watt-seconds: " + dws);
        assertEquals(73_980 + (long) Math.floor(dws * 10 / 3600.0 / 100),
                Long.parseLong(later.get("eto").getAsString()), 1, "eto in 0.1 kWh from the captured 7398 kWh");

        client().publish(started.baseTopic() + "cmd/req", "alw=0");
        awaitValue(started, "alw", "0");
        started.tick(PERIOD);
        JsonObject stopped = status(client().await(topic, p -> "4".equals(status(p).get("car").getAsString())));
        assertEquals(0, stopped.get("nrg").getAsJsonArray().get(11).getAsInt());
        assertEquals("56", stopped.get("pha").getAsString());
    }

    /** A simulation with one API v1 charger and a client subscribed to its topics; its first status is read. */
    private SimulatedV1Charger start(BaseTopic base) throws Exception {
        String serial = Integer.toString(nextSerial++);
        Simulation started = setup
                .start(Simulation.builder().serials(List.of()).v1Serials(List.of(serial)).baseTopic(base).clock(CLOCK));
        setup.subscribe(base.forSerial(serial) + "#");
        return started.v1Charger(serial);
    }

    /** Waits until the charger has handled what was published to it (commands arrive on the client's thread). */
    static void awaitValue(SimulatedV1Charger charger, String key, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(TestClient.DEADLINE_MILLIS).toNanos();
        while (!expected.equals(charger.value(key))) {
            if (System.nanoTime() > deadline) {
                fail(key + " never became " + expected + ": " + charger.value(key));
            }
            Thread.sleep(10);
        }
    }

    private static JsonObject status(TestClient.Received message) {
        return status(message.payload());
    }

    private static JsonObject status(String payload) {
        return JsonParser.parseString(payload).getAsJsonObject();
    }

    private static long rbt(String payload) {
        return Long.parseLong(status(payload).get("rbt").getAsString());
    }

    private static String amp(String payload) {
        return status(payload).get("amp").getAsString();
    }

    private TestClient client() {
        return setup.client();
    }
}
