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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.benchmarks.CapturedBurst;
import org.openhab.binding.goemqtt.benchmarks.harness.BareSubscriber;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.Brokers;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.ProcessCpu;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.benchmarks.harness.Streams;
import org.openhab.binding.goemqtt.benchmarks.harness.ThreadCpu;
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
 * with fresh clients; the first {@value #WARM_UP_ROUNDS} rounds warm up and are not counted. Next to the rate: the
 * process's processor time per message over the same span, far steadier than a rate on a shared machine. Ratios pair
 * each round with the bare subscriber's of the same minute (median and range over the rounds); for processor time
 * the ratio is bare over binding, so that 1.00 means "costs what Paho alone costs" for both.
 */
@NonNullByDefault
final class IngestFigure {

    static final int CYCLES = 150;
    static final double AIM = 0.90;
    /**
     * Rounds each not counted: the binding's path runs through much code (catalog, units, decimals) that a stream of
     * {@value #CYCLES} cycles reaches only a few hundred times a round; the compiler works on it for several rounds.
     */
    static final int WARM_UP_ROUNDS = 3;
    private static final byte[] END_MARK = "1".getBytes(StandardCharsets.UTF_8);
    private static final long ROUND_TIMEOUT_MILLIS = 120_000;
    /** The binding's threads: its MQTT client's (named after the client id) and the handlers' scheduler. */
    private static final Predicate<String> BINDING_THREADS = name -> name.contains(": goemqtt-")
            || name.startsWith("OH-");

    /**
     * One round: the stream's rate up to the end mark; processor time per message over the same span (µs) of the
     * whole process and of the subscribing client's own threads; the compiler's time in it (ms); and how many
     * messages (bare) or uptimes (binding) got lost.
     */
    private record Round(double rate, double cpuMicros, double clientMicros, long compileMillis, long lost) {
    }

    /** What a round measures from the first publish on. */
    private static final class Span {
        private final long startNanos = System.nanoTime();
        private final long cpuStart = ProcessCpu.nanos();
        private final long compileStart = ProcessCpu.compileMillis();
        private final ThreadCpu client;

        /** @param clientThreads which threads are the subscribing client's */
        Span(Predicate<String> clientThreads) {
            client = ThreadCpu.start(clientThreads);
        }

        Round end(int messages, long endNanos, long lost) {
            double cpuNanos = ProcessCpu.nanos() - cpuStart;
            return new Round(messages / ((endNanos - startNanos) / 1e9), cpuNanos / 1e3 / messages,
                    client.nanos() / 1e3 / messages, ProcessCpu.compileMillis() - compileStart, lost);
        }
    }

    /** The rounds of one side (binding or bare subscriber). */
    private static final class Side {
        final Samples rates = new Samples();
        final Samples cpuMicros = new Samples();
        final Samples clientMicros = new Samples();
        long lost;

        void add(Round round) {
            rates.add(round.rate());
            cpuMicros.add(round.cpuMicros());
            clientMicros.add(round.clientMicros());
            lost += round.lost();
        }
    }

    private IngestFigure() {
    }

    static void run(Report report, Set<Brokers> brokers, int rounds) throws Exception {
        CapturedBurst burst = CapturedBurst.fullProfile();
        String serial = FigureSupport.serialOf(burst);
        List<Outgoing> stream = Streams.cycles(burst, burst.base(), CYCLES);
        for (Brokers kind : brokers) {
            // a broker that fails is reported as such; the next one still runs
            report.measure("2 end-to-end ingest", kind.name().toLowerCase(Locale.ROOT) + " broker", "≥ 0.90", () -> {
                try (TestBroker broker = kind.start(report, "figure 2")) {
                    onBroker(report, broker, burst, serial, stream, rounds);
                }
            });
        }
        report.note("ingest, CPU per message: processor time over the stream divided by its " + stream.size()
                + " messages; process: all of it (publisher, subscriber, the embedded broker where it is one, garbage "
                + "collector, compiler); subscriber's threads: its MQTT client's threads and, for the binding, the "
                + "handlers' scheduler");
    }

    private static void onBroker(Report report, @Nullable TestBroker broker, CapturedBurst burst, String serial,
            List<Outgoing> stream, int rounds) throws Exception {
        if (broker == null) {
            return;
        }
        System.out.println("Figure 2, end-to-end ingest against " + broker.name() + ": " + stream.size()
                + " messages per round ...");
        Side bare = new Side();
        Side binding = new Side();
        Samples rateRatios = new Samples();
        Samples cpuRatios = new Samples();
        Samples clientRatios = new Samples();
        for (int round = 1 - WARM_UP_ROUNDS; round <= rounds; round++) {
            Round bareRound = bareRound(broker.uri(), burst.base(), stream);
            Round bindingRound = bindingRound(broker.uri(), serial, burst, stream);
            System.out.printf(Locale.ROOT, "  round %d%s: bare %s; binding %s%n", round,
                    round <= 0 ? " (warm-up)" : "", describe(bareRound, stream.size() + " lost"),
                    describe(bindingRound, CYCLES + " uptimes lost"));
            if (round > 0) {
                bare.add(bareRound);
                binding.add(bindingRound);
                rateRatios.add(bindingRound.rate() / bareRound.rate());
                cpuRatios.add(bareRound.cpuMicros() / bindingRound.cpuMicros());
                clientRatios.add(bareRound.clientMicros() / bindingRound.clientMicros());
            }
        }
        // each round's binding against the bare subscriber of the same minute: median (min–max)
        report.add(new Report.Row("2 end-to-end ingest", broker.name(), binding.rates.describe(0) + " msg/s",
                bare.rates.describe(0) + " msg/s", rateRatios.describe(2), "≥ 0.90",
                rateRatios.median() >= AIM));
        report.add(new Report.Row("2 ingest, process CPU per message (bare/binding)", broker.name(),
                binding.cpuMicros.describe(1) + " µs", bare.cpuMicros.describe(1) + " µs",
                cpuRatios.describe(2), "≥ 0.90", cpuRatios.median() >= AIM));
        report.add(new Report.Row("2 ingest, subscriber's threads CPU per message (bare/binding)",
                broker.name(), binding.clientMicros.describe(1) + " µs", bare.clientMicros.describe(1) + " µs",
                clientRatios.describe(2), "≥ 0.90", clientRatios.median() >= AIM));
        if (bare.lost + binding.lost > 0) {
            report.note(String.format(Locale.ROOT, "ingest, %s: the broker dropped QoS 0 messages: bare "
                    + "subscriber %d of %d, binding %d of %d uptimes", broker.name(), bare.lost,
                    (long) rounds * stream.size(), binding.lost, (long) rounds * CYCLES));
        }
    }

    private static String describe(Round round, String lostOf) {
        return String.format(Locale.ROOT, "%.0f msg/s, CPU/msg %.1f µs process, %.1f µs subscriber (%d ms compiling, "
                + "%d of %s)", round.rate(), round.cpuMicros(), round.clientMicros(), round.compileMillis(),
                round.lost(), lostOf);
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
            Span span = new Span(thread -> thread.endsWith(subscriber.clientId()));
            publisher.publishAll(stream);
            awaitEnd(publisher, base, endNanos);
            return span.end(stream.size(), endNanos.get(), stream.size() - received.get());
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
            Span span = new Span(BINDING_THREADS);
            publisher.publishAll(stream);
            awaitEnd(publisher, burst.base(), endNanos);
            return span.end(stream.size(), endNanos.get(), CYCLES - uptimes.get());
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
}
