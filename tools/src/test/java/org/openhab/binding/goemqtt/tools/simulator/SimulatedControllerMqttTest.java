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
import static org.openhab.binding.goemqtt.tools.simulator.controller.ControllerModel.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.simulator.controller.SimulatedController;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * A simulated go-e Controller over MQTT (embedded broker, plain Paho client): retained keys under
 * {@code go-eController/<serial>/}, categories whose powers balance with the simulated charger's consumption, and
 * {@code /set} answered on {@code /result}.
 */
@NonNullByDefault
class SimulatedControllerMqttTest {

    /** Noon in Vienna: the sun is up. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Vienna"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final SimulationWithClient setup = new SimulationWithClient();

    @AfterEach
    void stopClientAndSimulation() throws Exception {
        setup.close();
    }

    @Test
    void publishesEveryKeyRetainedUnderTheControllerPrefixWithTypController() throws Exception {
        for (BaseTopic style : List.of(BaseTopic.SLASH, BaseTopic.NO_SLASH)) {
            SimulatedController controller = start(Simulation.builder().serials(List.of()), style, "910001");
            String base = style == BaseTopic.SLASH ? "/go-eController/910001/" : "go-eController/910001/";
            assertEquals(base, controller.baseTopic());
            TestClient late = subscribe(base + "#"); // after the burst: the broker hands over what it retained

            assertEquals("\"controller\"", late.await(base + "typ").payload());
            assertEquals("\"910001\"", late.await(base + "sse").payload());
            JsonArray names = array(late.await(base + "ccn").payload());
            assertEquals(List.of("\"Home\"", "\"Grid\"", "\"Car\"", "\"Relais\"", "\"Solar\"", "\"Akku\""),
                    names.asList().subList(0, 6).stream().map(Object::toString).toList());
            assertEquals(16, array(late.await(base + "ccp").payload()).size());
            assertEquals(2, array(late.await(base + "cec").payload()).get(SOLAR).getAsJsonArray().size());
            assertEquals(4, array(late.await(base + "cpc").payload()).get(GRID).getAsJsonArray().size());
            assertTrue(late.await(base + "usv").payload().contains("\"uN\""));
            assertEquals(6, array(late.await(base + "isv").payload()).size());
            for (String shared : List.of("fwv", "fna", "rssi", "wst", "utc", "loc", "rbt", "mce", "mcc", "mcr", "cwe")) {
                late.await(base + shared);
            }
            stopClientAndSimulation();
        }
    }

    @Test
    void theGridBalancesHousePvBatteryAndTheCarThatTheSimulatedChargerCharges() throws Exception {
        SimulatedController controller = start(Simulation.builder().serials(List.of("072260")), BaseTopic.SLASH,
                "910002");
        Simulation sim = simulation();
        TestClient subscriber = subscribe(controller.baseTopic() + "ccp");
        sim.charger("072260").plugIn();
        sim.tickAll();
        sim.tickAll();

        double car = controller.categoryPower(CAR);
        assertTrue(car > 4_000, "a charger charging at 6 A on three phases: " + car);
        assertEquals(sim.chargingPower(), car, 0.1);
        for (int tick = 0; tick < 5; tick++) {
            sim.tickAll(Duration.ofSeconds(5));
            double home = controller.categoryPower(HOME);
            double pv = controller.categoryPower(SOLAR);
            double battery = controller.categoryPower(AKKU);
            double grid = controller.categoryPower(GRID);
            assertTrue(pv > 5_000, "noon in June: " + pv);
            assertTrue(home >= 300, "the house: " + home);
            assertEquals(home + controller.categoryPower(CAR) - pv - battery, grid, 0.15);
        }
        JsonArray published = array(subscriber.await(controller.baseTopic() + "ccp",
                payload -> array(payload).get(CAR).getAsDouble() > 4_000).payload());
        assertEquals(published.get(HOME).getAsDouble() + published.get(CAR).getAsDouble()
                - published.get(SOLAR).getAsDouble() - published.get(AKKU).getAsDouble(),
                published.get(GRID).getAsDouble(), 0.15);
        JsonArray energy = array(String.valueOf(controller.getValue("cec")));
        assertTrue(energy.get(SOLAR).getAsJsonArray().get(0).getAsDouble() > 0, "PV energy counted in: " + energy);
    }

    @Test
    void aCategoryNameIsSetOverMqttAndAnsweredOnResultAsAChargerAnswers() throws Exception {
        SimulatedController controller = start(Simulation.builder().serials(List.of()), BaseTopic.SLASH, "910003");
        String base = controller.baseTopic();
        TestClient subscriber = subscribe(base + "#");

        subscriber.publish(base + "ccn/set", "[null,null,null,null,null,null,null,\"Fridge\"]");
        assertEquals("success", subscriber.await(base + "ccn/result").payload());
        JsonArray names = array(subscriber.await(base + "ccn", p -> p.contains("Fridge")).payload());
        assertEquals("Heat Pump", names.get(HEAT_PUMP).getAsString(), "null leaves a name as it is");
        assertEquals("Fridge", names.get(7).getAsString());
        assertFalse(array(String.valueOf(controller.getValue("ccp"))).get(7).isJsonNull(), "now a category in use");

        subscriber.publish(base + "ccp/set", "[1]");
        assertEquals("ccp: tried to set api key without setter ([1])", subscriber.await(base + "ccp/result").payload());
        subscriber.publish(base + "ccn/set", "\"Home\"");
        assertEquals(2, subscriber.awaitCount(m -> m.topic().equals(base + "ccn/result"), 2, "ccn answers").size());
        assertEquals("value must be array \"Home\"", subscriber.received().stream()
                .filter(m -> m.topic().equals(base + "ccn/result")).toList().get(1).payload());
        subscriber.publish(base + "fna/set", "\"go\"");
        assertEquals("String length  2 exceeds range 4 to 64 \"go\"", subscriber.await(base + "fna/result").payload());
    }

    private SimulatedController start(Simulation.Builder builder, BaseTopic style, String serial) throws Exception {
        Simulation started = setup.start(builder.baseTopic(style).controller(serial).clock(NOON));
        SimulatedController controller = started.controller();
        assertNotNull(controller);
        assertTrue(controller.awaitPublished(WAIT));
        return controller;
    }

    private TestClient subscribe(String filter) throws Exception {
        return setup.subscribe(filter);
    }

    private Simulation simulation() {
        return setup.simulation();
    }

    private static JsonArray array(String payload) {
        return JsonParser.parseString(payload).getAsJsonArray();
    }
}
