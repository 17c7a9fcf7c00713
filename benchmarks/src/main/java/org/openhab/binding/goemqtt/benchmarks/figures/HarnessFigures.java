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

import java.util.Locale;
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

    private static final String STARTUP = "3 start-up, " + StartupFigure.CHARGERS + " chargers";
    private static final String MEMORY = "5 memory per charger";

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
        if (!(figures.contains(3) || figures.contains(4) || figures.contains(5) || figures.contains(6))) {
            return;
        }
        for (Brokers kind : brokers) {
            // a broker that does not start leaves its figures unmeasured; the next broker still runs
            report.measure("3-6", kind.name().toLowerCase(Locale.ROOT) + " broker", "-", () -> {
                try (TestBroker broker = kind.start(report, "figures 3-6")) {
                    if (broker != null) {
                        onBroker(report, broker, figures, rounds, histogram);
                    }
                }
            });
        }
    }

    /** Figures 3 to 6 against one broker, each on its own: one that fails is reported, the others still run. */
    private static void onBroker(Report report, TestBroker broker, Set<Integer> figures, int rounds,
            boolean histogram) {
        if (figures.contains(3) || figures.contains(5)) {
            Fleet fleet;
            try {
                fleet = Fleet.publish(broker.uri(), StartupFigure.CHARGERS);
            } catch (Exception | AssertionError e) {
                String why = "the retained sets were not published: " + e.getClass().getSimpleName() + ": "
                        + e.getMessage();
                System.out.println("  " + why);
                if (figures.contains(3)) {
                    report.add(Report.Row.notMeasured(STARTUP, broker.name(), "≤ 1.5×", why));
                }
                if (figures.contains(5)) {
                    report.add(Report.Row.notMeasured(MEMORY, broker.name(), "≤ 50 KB", why));
                }
                fleet = null;
            }
            Fleet published = fleet;
            if (published != null) {
                if (figures.contains(3)) {
                    report.measure(STARTUP, broker.name(), "≤ 1.5×",
                            () -> StartupFigure.run(report, broker, published, rounds));
                }
                if (figures.contains(5)) {
                    report.measure(MEMORY, broker.name(), "≤ 50 KB",
                            () -> MemoryFigure.run(report, broker, published, 2, histogram));
                }
            }
        }
        if (figures.contains(4)) {
            report.measure("4 command → /set", broker.name(), "p99 ≤ 5 ms",
                    () -> CommandLatencyFigure.run(report, broker, 20, 200));
        }
        if (figures.contains(6)) {
            report.measure("6 quiet bus, updates per charger second", broker.name(), "nothing more",
                    () -> QuietBusFigure.run(report, broker, 2));
        }
    }
}
