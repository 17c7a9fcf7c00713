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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import org.openhab.core.library.types.QuantityType;

/**
 * Figure 2, end-to-end ingest: a publisher on loopback sends a stream of real messages of one charger (every key of
 * the captured burst, {@value #CYCLES} times, changing values moved on) at QoS 1 as fast as the broker takes them,
 * then an end mark ({@code rbt} = 1) until it is seen. Measured from the first publish to the end mark handled: by the
 * binding (broker, Paho, the bridge's routing, the charger's decoding, states to a counting callback; the end mark is
 * the uptime state of 1 ms), and in the same run by a bare Paho subscriber that only counts. Both subscribe at QoS 0
 * (the binding's choice), so a broker may drop messages for a subscriber that lags: losses are counted and reported
 * (the bare subscriber counts every message, the binding its uptime states). Rounds alternate between the two, each
 * with fresh clients; one round each to warm up is not counted.
 */
@NonNullByDefault
final class IngestFigure {

    static final int CYCLES = 150;
    static final double AIM = 0.90;
    private static final byte[] END_MARK = "1".getBytes(StandardCharsets.UTF_8);
    private static final long ROUND_TIMEOUT_MILLIS = 120_000;

    /** One round: the stream's rate up to the end mark, and how many messages (bare) or uptimes (binding) got lost. */
    private record Round(double rate, long lost) {
    }

    private IngestFigure() {
    }

    static void run(Report report, Set<Brokers> brokers, int rounds) throws Exception {
        CapturedBurst burst = CapturedBurst.standard();
        String serial = FigureSupport.serialOf(burst);
        List<Outgoing> stream = Streams.cycles(burst, burst.base(), CYCLES);
        for (Brokers kind : brokers) {
            try (TestBroker broker = kind.start(report, "figure 2")) {
                if (broker == null) {
                    continue;
                }
                System.out.println("Figure 2, end-to-end ingest against " + broker.name() + ": " + stream.size()
                        + " messages per round ...");
                Samples bare = new Samples();
                Samples binding = new Samples();
                long bareLost = 0;
                long bindingLost = 0;
                for (int round = 0; round <= rounds; round++) {
                    Round bareRound = bareRound(broker.uri(), burst.base(), stream);
                    Round bindingRound = bindingRound(broker.uri(), serial, burst, stream);
                    System.out.printf(Locale.ROOT, "  round %d%s: bare %.0f msg/s (%d lost), binding %.0f msg/s "
                            + "(%d of %d uptimes lost)%n", round, round == 0 ? " (warm-up)" : "", bareRound.rate(),
                            bareRound.lost(), bindingRound.rate(), bindingRound.lost(), CYCLES);
                    if (round > 0) {
                        bare.add(bareRound.rate());
                        binding.add(bindingRound.rate());
                        bareLost += bareRound.lost();
                        bindingLost += bindingRound.lost();
                    }
                }
                double ratio = binding.median() / bare.median();
                report.add(new Report.Row("2 end-to-end ingest", broker.name(), binding.describe(0) + " msg/s",
                        bare.describe(0) + " msg/s", String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.90",
                        ratio >= AIM));
                if (bareLost + bindingLost > 0) {
                    report.note(String.format(Locale.ROOT, "ingest, %s: the broker dropped QoS 0 messages: bare "
                            + "subscriber %d of %d, binding %d of %d uptimes", broker.name(), bareLost,
                            (long) rounds * stream.size(), bindingLost, (long) rounds * CYCLES));
                }
            }
        }
    }

    private static Round bareRound(String uri, String base, List<Outgoing> stream) throws Exception {
        AtomicLong endNanos = new AtomicLong();
        AtomicLong received = new AtomicLong();
        try (BareSubscriber subscriber = BareSubscriber.connect(uri); Publisher publisher = Publisher.connect(uri)) {
            subscriber.observe((topic, payload) -> {
                if (topic.endsWith("/rbt") && Arrays.equals(payload, END_MARK)) {
                    endNanos.compareAndSet(0, System.nanoTime());
                } else if (endNanos.get() == 0) {
                    received.incrementAndGet();
                }
            });
            subscriber.subscribe(List.of(base + "#"));
            long start = System.nanoTime();
            publisher.publishAll(stream);
            awaitEnd(publisher, base, endNanos);
            return new Round(rate(stream.size(), endNanos.get() - start), stream.size() - received.get());
        }
    }

    private static Round bindingRound(String uri, String serial, CapturedBurst burst, List<Outgoing> stream)
            throws Exception {
        CountingCallback callback = new CountingCallback();
        AtomicLong uptimes = new AtomicLong();
        AtomicLong endNanos = new AtomicLong();
        callback.observeStates((channel, state) -> {
            if (Streams.UPTIME_CHANNEL.equals(channel.getId())) {
                if (state instanceof QuantityType<?> quantity && quantity.toBigDecimal().intValue() == 1) {
                    endNanos.compareAndSet(0, System.nanoTime());
                } else {
                    uptimes.incrementAndGet();
                }
            }
        });
        try (BindingRig rig = BindingRig.start(uri, callback).awaitOnline();
                Publisher publisher = Publisher.connect(uri)) {
            rig.addCharger(serial);
            FigureSupport.awaitRouted(publisher, burst.base(), uptimes);
            uptimes.set(0);
            long start = System.nanoTime();
            publisher.publishAll(stream);
            awaitEnd(publisher, burst.base(), endNanos);
            return new Round(rate(stream.size(), endNanos.get() - start), CYCLES - uptimes.get());
        }
    }

    /** Publishes the end mark every few milliseconds until {@code endNanos} is set. */
    private static void awaitEnd(Publisher publisher, String base, AtomicLong endNanos) throws Exception {
        long deadline = System.nanoTime() + ROUND_TIMEOUT_MILLIS * 1_000_000;
        while (endNanos.get() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the end mark was not handled within " + ROUND_TIMEOUT_MILLIS + " ms");
            }
            publisher.publishAll(List.of(new Outgoing(base + "rbt", END_MARK, false)));
            Sleep.millis(5);
        }
    }

    private static double rate(int messages, long nanos) {
        return messages / (nanos / 1e9);
    }
}
