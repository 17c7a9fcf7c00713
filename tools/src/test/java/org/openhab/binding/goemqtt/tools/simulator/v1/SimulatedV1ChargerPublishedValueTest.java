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
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;

/**
 * {@link SimulatedV1Charger#publishedValue}: the values of the status published last, which stay as they were
 * between two statuses while the charger's own values move on.
 */
@NonNullByDefault
class SimulatedV1ChargerPublishedValueTest {

    @Test
    void publishedValuesChangeOnlyWhenTheNextStatusIsPublished() throws Exception {
        try (Simulation simulation = Simulation.builder().port(0).serials(List.of()).v1Serials(List.of("000007"))
                .start()) {
            SimulatedV1Charger charger = simulation.v1Charger("000007");
            String connected = Objects.requireNonNull(charger.publishedValue("rbt"), "the status on connecting");
            assertEquals(charger.value("rbt"), connected);

            charger.tick(Duration.ofSeconds(1));
            String now = Objects.requireNonNull(charger.value("rbt"));
            assertEquals(Long.parseLong(connected) + 1000, Long.parseLong(now));
            assertEquals(connected, charger.publishedValue("rbt"), "no status within the period");

            charger.tick(SimulatedV1Charger.STATUS_PERIOD.minusSeconds(1));
            assertEquals(charger.value("rbt"), charger.publishedValue("rbt"), "the next status");
            assertEquals("041.0", charger.publishedValue("fwv"));
            assertNull(charger.publishedValue("no-such-key"));
        }
    }
}
