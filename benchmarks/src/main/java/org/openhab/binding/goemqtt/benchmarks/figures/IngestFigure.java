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

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.CapturedBurst;
import org.openhab.binding.goemqtt.benchmarks.harness.BareSubscriber;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.Brokers;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.benchmarks.harness.Streams;
import org.openhab.binding.goemqtt.benchmarks.harness.TestBroker;

/**
 * Figure 2, end-to-end ingest: a publisher on loopback sends a stream of real messages of one charger (every key of
 * the captured burst, {@value #CYCLES} times, changing values moved on) at QoS 1 as fast as the broker takes them.
 * Measured from the first publish to the last message handled: by the binding (broker, Paho, the bridge's routing,
 * the charger's decoding, states to a counting callback; done when the last {@code rbt} became a state), and in the
 * same run by a bare Paho subscriber that only counts. Rounds alternate between the two, each with fresh clients; one
 * round each to warm up is not counted.
 */
@NonNullByDefault
final class IngestFigure {

    static final int CYCLES = 150;
    static final double AIM = 0.90;
    private static final long ROUND_TIMEOUT_MILLIS = 120_000;

    private IngestFigure() {
    }

    static void run(Report report, int rounds) throws Exception {
        CapturedBurst burst = CapturedBurst.standard();
        String serial = FigureSupport.serialOf(burst);
        List<Outgoing> stream = Streams.cycles(burst, burst.base(), CYCLES);
        for (Brokers kind : Brokers.values()) {
            try (TestBroker broker = kind.start(report, "figure 2")) {
                if (broker == null) {
                    continue;
                }
                System.out.println("Figure 2, end-to-end ingest against " + broker.name() + ": " + stream.size()
                        + " messages per round ...");
                Samples bare = new Samples();
                Samples binding = new Samples();
                for (int round = 0; round <= rounds; round++) {
                    double bareRate = bareRound(broker.uri(), burst.base(), stream);
                    double bindingRate = bindingRound(broker.uri(), serial, burst, stream);
                    System.out.printf(Locale.ROOT, "  round %d%s: bare %.0f msg/s, binding %.0f msg/s%n", round,
                            round == 0 ? " (warm-up)" : "", bareRate, bindingRate);
                    if (round > 0) {
                        bare.add(bareRate);
                        binding.add(bindingRate);
                    }
                }
                double ratio = binding.median() / bare.median();
                report.add(new Report.Row("2 end-to-end ingest", broker.name(), binding.describe(0) + " msg/s",
                        bare.describe(0) + " msg/s", String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.90",
                        ratio >= AIM));
            }
        }
    }

    private static double bareRound(String uri, String base, List<Outgoing> stream) throws Exception {
        try (BareSubscriber subscriber = BareSubscriber.connect(uri); Publisher publisher = Publisher.connect(uri)) {
            subscriber.subscribe(List.of(base + "#"));
            long start = System.nanoTime();
            publisher.publishAll(stream);
            Sleep.until(() -> subscriber.received() >= stream.size(), ROUND_TIMEOUT_MILLIS,
                    "the bare subscriber to receive " + stream.size() + " messages");
            return rate(stream.size(), subscriber.lastArrivalNanos() - start);
        }
    }

    private static double bindingRound(String uri, String serial, CapturedBurst burst, List<Outgoing> stream)
            throws Exception {
        CountingCallback callback = new CountingCallback();
        AtomicLong uptimes = new AtomicLong();
        AtomicLong lastUptimeNanos = new AtomicLong();
        callback.observeStates(channel -> {
            if (Streams.UPTIME_CHANNEL.equals(channel.getId())) {
                lastUptimeNanos.set(System.nanoTime());
                uptimes.incrementAndGet();
            }
        });
        try (BindingRig rig = BindingRig.start(uri, callback).awaitOnline();
                Publisher publisher = Publisher.connect(uri)) {
            rig.addCharger(serial);
            FigureSupport.awaitRouted(publisher, burst.base(), uptimes);
            uptimes.set(0);
            long start = System.nanoTime();
            publisher.publishAll(stream);
            Sleep.until(() -> uptimes.get() >= CYCLES, ROUND_TIMEOUT_MILLIS,
                    "the binding to post " + CYCLES + " uptime states");
            return rate(stream.size(), lastUptimeNanos.get() - start);
        }
    }

    private static double rate(int messages, long nanos) {
        return messages / (nanos / 1e9);
    }
}
