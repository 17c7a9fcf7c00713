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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.harness.BareSubscriber;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.benchmarks.harness.TestBroker;

/**
 * Figure 3, start-up: with {@value #CHARGERS} simulated chargers' retained sets on the broker, the time from
 * initialising the bridge and the {@value #CHARGERS} charger things (connect, subscribe, retained burst, decode) until
 * every charger thing has a state on every channel its values feed; in the same run a bare Paho subscriber that
 * connects and subscribes one filter per charger, until it has every retained message. Rounds alternate; one round
 * each warms up and is not counted.
 */
@NonNullByDefault
final class StartupFigure {

    static final int CHARGERS = 100;
    static final double AIM = 1.5;
    private static final long ROUND_TIMEOUT_MILLIS = 30_000;
    private static final int ATTEMPTS = 3;

    private StartupFigure() {
    }

    static void run(Report report, TestBroker broker, Fleet fleet, int rounds) throws Exception {
        System.out.println("Figure 3, start-up against " + broker.name() + ": " + fleet.serials().size()
                + " chargers, " + fleet.retainedMessages() + " retained messages, " + fleet.channelsPerCharger()
                + " channels each ...");
        Samples bare = new Samples();
        Samples binding = new Samples();
        for (int round = 0; round <= rounds; round++) {
            double bareMillis = repeatedIfIncomplete(() -> bareRound(broker.uri(), fleet), "bare", round, report);
            double bindingMillis = repeatedIfIncomplete(() -> bindingRound(broker.uri(), fleet), "binding", round,
                    report);
            System.out.printf(Locale.ROOT, "  round %d%s: bare %.0f ms, binding %.0f ms%n", round,
                    round == 0 ? " (warm-up)" : "", bareMillis, bindingMillis);
            if (round > 0) {
                bare.add(bareMillis);
                binding.add(bindingMillis);
            }
        }
        double ratio = binding.median() / bare.median();
        report.add(new Report.Row("3 start-up, " + fleet.serials().size() + " chargers", broker.name(),
                binding.describe(0) + " ms", bare.describe(0) + " ms", String.format(Locale.ROOT, "%.2f×", ratio),
                "≤ 1.5×", ratio <= AIM));
    }

    /** A round of one side. */
    private interface Round {
        double millis() throws Exception;
    }

    /**
     * Runs {@code round}; when it times out short of the full retained set (the embedded broker, under this load,
     * now and then delivers a retained set incompletely), says so and runs it again, at most {@value #ATTEMPTS}
     * times in all. A round that was repeated is named in the report.
     */
    private static double repeatedIfIncomplete(Round round, String side, int number, Report report)
            throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                return round.millis();
            } catch (IllegalStateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                System.out.printf(Locale.ROOT, "  round %d, %s: %s; repeated%n", number, side, e.getMessage());
                report.note("start-up: round " + number + " of the " + side + " side repeated: " + e.getMessage());
            }
        }
    }

    private static double bareRound(String uri, Fleet fleet) throws Exception {
        long start = System.nanoTime();
        try (BareSubscriber subscriber = BareSubscriber.connect(uri)) {
            subscriber.subscribe(fleet.filters());
            try {
                Sleep.until(() -> subscriber.received() >= fleet.retainedMessages(), ROUND_TIMEOUT_MILLIS,
                        "the bare subscriber to receive " + fleet.retainedMessages() + " retained messages");
            } catch (IllegalStateException e) {
                throw new IllegalStateException(e.getMessage() + "; it received " + subscriber.received(), e);
            }
            return (subscriber.lastArrivalNanos() - start) / 1e6;
        }
    }

    private static double bindingRound(String uri, Fleet fleet) {
        CountingCallback callback = new CountingCallback();
        long start = System.nanoTime();
        try (BindingRig rig = BindingRig.start(uri, callback)) {
            fleet.addAllAndAwaitStates(rig, callback, ROUND_TIMEOUT_MILLIS);
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
