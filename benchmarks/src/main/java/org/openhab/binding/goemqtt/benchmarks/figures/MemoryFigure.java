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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.HeapMeter;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openhab.binding.goemqtt.benchmarks.harness.TestBroker;

/**
 * Figure 5, memory: the live heap a charger thing adds once its retained burst is decoded. The bridge is connected
 * first (its connection is not a charger's cost) and the live heap measured; then the fleet's charger things are
 * added and, once each has every state, the live heap is measured again with the harness's own bookkeeping dropped.
 * The difference divided by the number of chargers is what one charger retains (handler, session, decoding state,
 * last states, subscriptions on the client side; the embedded broker's side counts too where it runs in this JVM).
 */
@NonNullByDefault
final class MemoryFigure {

    static final long AIM_BYTES = 50 * 1024;
    private static final long TIMEOUT_MILLIS = 180_000;

    private MemoryFigure() {
    }

    static void run(Report report, TestBroker broker, Fleet fleet, int rounds, boolean histogram) {
        System.out.println("Figure 5, memory against " + broker.name() + ": " + fleet.serials().size()
                + " chargers ...");
        Samples perCharger = new Samples();
        for (int round = 1; round <= rounds; round++) {
            CountingCallback callback = new CountingCallback();
            try (BindingRig rig = BindingRig.start(broker.uri(), callback).awaitOnline()) {
                Map<String, Long> classesBefore = histogram ? HeapMeter.histogram() : Map.of();
                long before = HeapMeter.liveBytes();
                fleet.addAllAndAwaitStates(rig, callback, TIMEOUT_MILLIS);
                callback.trackChannels(0);
                callback.reset();
                long after = HeapMeter.liveBytes();
                double bytes = (after - before) / (double) fleet.serials().size();
                perCharger.add(bytes / 1024);
                System.out.printf(Locale.ROOT, "  round %d: %.1f KB per charger (live heap %d → %d KB)%n", round,
                        bytes / 1024, before / 1024, after / 1024);
                if (histogram) {
                    HeapMeter.growth(classesBefore, HeapMeter.histogram(), fleet.serials().size(), 12)
                            .forEach(line -> System.out.println("    " + line));
                }
            }
        }
        report.add(new Report.Row("5 memory per charger", broker.name(), perCharger.describe(1) + " KB", "-", "-",
                "≤ 50 KB", perCharger.median() * 1024 <= AIM_BYTES));
    }
}
