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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The simulator against a real Mosquitto: the chargers speak plain MQTT, so any broker will do, and there the
 * subscriber may use QoS 1 for retained messages.
 */
@NonNullByDefault
class MosquittoSimulationTest {

    @Test
    void chargersOnAnExistingMosquittoPublishTheirBurstAndAnswerSets() throws Exception {
        try (MosquittoBroker mosquitto = MosquittoBroker.start();
                Simulation simulation = Simulation.builder().existingBroker(mosquitto.uri())
                        .serials(List.of("000001")).firmware(FirmwareProfile.of("60.5")).start();
                TestClient client = new TestClient(mosquitto.uri())) {
            assertNull(simulation.broker());
            SimulatedCharger charger = simulation.charger("000001");
            assertTrue(charger.awaitPublished(Duration.ofMillis(TestClient.DEADLINE_MILLIS)));
            client.subscribeAtQos1("/go-eCharger/000001/#");
            int keys = charger.profile().publishedKeys().size();
            List<TestClient.Received> burst = client.awaitCount(TestClient.Received::retained, keys,
                    "retained messages");
            assertEquals(keys, burst.stream().map(TestClient.Received::topic).distinct().count());
            client.publish("/go-eCharger/000001/frc/set", "1");
            client.await("/go-eCharger/000001/frc/result", "success"::equals);
            client.await("/go-eCharger/000001/frc", "1"::equals);
        }
    }
}
