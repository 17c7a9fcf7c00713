/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.benchmarks.harness.EmbeddedTestBroker;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;

/**
 * A short form of figure 3 on the embedded broker: the {@value StartupFigure#CHARGERS} chargers' retained sets
 * reach the bare subscriber (one SUBSCRIBE for all of them, at QoS 0) and the binding whole, in every round, without
 * a round repeated. No timing is checked.
 */
@NonNullByDefault
class StartupFigureTest {

    @Test
    void theRetainedStartUpCompletesOnTheEmbeddedBroker() throws Exception {
        Report report = new Report();
        try (EmbeddedTestBroker broker = EmbeddedTestBroker.start()) {
            Fleet fleet = Fleet.publish(broker.uri(), StartupFigure.CHARGERS);
            StartupFigure.run(report, broker, fleet, 1);
        }
        List<Report.Row> rows = report.rows();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).figure().startsWith("3 start-up"));
        assertNull(rows.get(0).notMeasured());
        assertEquals(List.of(), report.notes(), "no round repeated");
    }
}
