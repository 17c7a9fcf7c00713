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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.harness.Brokers;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.TestBroker;

/**
 * Figures 2 to 6, plain Java against real brokers on loopback: each broker in turn (the embedded one, then Mosquitto
 * where installed), the simulated fleet shared by start-up and memory.
 */
@NonNullByDefault
public final class HarnessFigures {

    private HarnessFigures() {
    }

    /**
     * @param figures which of 2..6 to run
     * @param brokers which brokers to run them against, in this order
     * @param rounds counted rounds per timed figure
     * @param histogram whether the memory figure prints the classes that grew
     */
    public static void run(Report report, Set<Integer> figures, Set<Brokers> brokers, int rounds, boolean histogram)
            throws Exception {
        if (figures.contains(2)) {
            IngestFigure.run(report, brokers, rounds);
        }
        for (Brokers kind : brokers) {
            if (!(figures.contains(3) || figures.contains(4) || figures.contains(5) || figures.contains(6))) {
                return;
            }
            try (TestBroker broker = kind.start(report, "figures 3-6")) {
                if (broker == null) {
                    continue;
                }
                if (figures.contains(3) || figures.contains(5)) {
                    Fleet fleet = Fleet.publish(broker.uri(), StartupFigure.CHARGERS);
                    if (figures.contains(3)) {
                        StartupFigure.run(report, broker, fleet, rounds);
                    }
                    if (figures.contains(5)) {
                        MemoryFigure.run(report, broker, fleet, 2, histogram);
                    }
                }
                if (figures.contains(4)) {
                    CommandLatencyFigure.run(report, broker, 20, 200);
                }
                if (figures.contains(6)) {
                    QuietBusFigure.run(report, broker, 2);
                }
            }
        }
    }
}
