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

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Several chargers on one embedded broker, and the real-time clock.
 */
@NonNullByDefault
class SimulationTest {

    @Test
    void severalChargersShareOneBrokerUnderTheirOwnBaseTopics() throws Exception {
        try (Simulation simulation = Simulation.builder().port(0).serials(List.of("000001", "000002"))
                .baseTopic(BaseTopic.custom("site/{serial}/charger")).firmware(FirmwareProfile.of("055.6")).start();
                TestClient client = new TestClient(simulation.brokerUri())) {
            assertNotNull(simulation.broker());
            for (SimulatedCharger charger : simulation.chargers()) {
                assertTrue(charger.awaitPublished(Duration.ofSeconds(20)));
            }
            client.subscribe("site/#");
            assertEquals("\"055.6\"", client.await("site/000001/charger/fwv").payload());
            assertEquals("\"055.6\"", client.await("site/000002/charger/fwv").payload());
            client.publish("site/000002/charger/frc/set", "1");
            client.await("site/000002/charger/frc/result", "success"::equals);
            assertEquals("1", simulation.charger("000002").getValue("frc"));
            assertEquals("0", simulation.charger("000001").getValue("frc"));
        }
    }

    @Test
    void aCustomPrefixWithoutTheSerialCannotServeSeveralChargers() {
        Simulation.Builder builder = Simulation.builder().port(0).serials(List.of("000001", "000002"))
                .baseTopic(BaseTopic.custom("garage/wallbox"));
        assertThrows(IllegalArgumentException.class, builder::start);
    }

    @Test
    void serialsMustBeDistinct() {
        assertThrows(IllegalArgumentException.class,
                () -> Simulation.builder().serials(List.of("000001", "000001")));
    }

    @Test
    void theRealTimeClockTicksEveryChargerWithoutBeingAsked() throws Exception {
        try (Simulation simulation = Simulation.builder().port(0).start();
                TestClient client = new TestClient(simulation.brokerUri())) {
            SimulatedCharger charger = simulation.chargers().get(0);
            long rbt = Long.parseLong(String.valueOf(charger.getValue("rbt")));
            client.subscribe(charger.baseTopic() + "rbt");
            simulation.startRealTime();
            client.await(charger.baseTopic() + "rbt", p -> Long.parseLong(p) > rbt);
        }
    }

    @Test
    void closingStopsTheChargersAndTheBroker() throws Exception {
        Simulation simulation = Simulation.builder().port(0).start();
        SimulatedCharger charger = simulation.chargers().get(0);
        assertTrue(charger.isConnected());
        simulation.close();
        assertFalse(charger.isConnected());
        EmbeddedBroker broker = simulation.broker();
        assertNotNull(broker);
        try (ServerSocket socket = new ServerSocket(broker.port(), 1,
                InetAddress.getByName(EmbeddedBroker.DEFAULT_HOST))) {
            assertEquals(broker.port(), socket.getLocalPort());
        }
    }
}
