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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.CapturedBurst;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.benchmarks.harness.Streams;
import org.openhab.binding.goemqtt.benchmarks.harness.TestBroker;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.KeyRow;

/**
 * Figure 6, quiet bus: a charger whose values do not change, except those that change by nature every second (uptime
 * {@code rbt}, clocks {@code utc} and {@code loc}). After its retained burst, it republishes every key once per
 * charger second ({@value #CYCLES} times, {@value #PERIOD_MILLIS} ms apart, uptime and clocks following the wall
 * clock) – the worst case of a firmware that sends unchanged values. Counts the state updates per charger second and
 * names the channels they went to; the aim is no update beyond the channels of the changing keys.
 */
@NonNullByDefault
final class QuietBusFigure {

    static final int CYCLES = 8;
    static final long PERIOD_MILLIS = 500;
    /** The keys whose value changes every second on an idle charger. */
    static final Set<String> CHANGING_KEYS = Set.of("rbt", "utc", "loc");
    private static final long TIMEOUT_MILLIS = 30_000;

    private QuietBusFigure() {
    }

    static void run(Report report, TestBroker broker, int rounds) throws Exception {
        System.out.println("Figure 6, quiet bus against " + broker.name() + ": " + CYCLES + " charger seconds ...");
        CapturedBurst burst = CapturedBurst.fullProfile();
        String serial = FigureSupport.serialOf(burst);
        Set<String> expected = changingChannels();
        Samples perSecond = new Samples();
        Map<String, Long> unexpected = new TreeMap<>();
        for (int round = 1; round <= rounds; round++) {
            Map<String, Long> channels = new ConcurrentHashMap<>();
            CountingCallback callback = new CountingCallback();
            AtomicLong uptimes = new AtomicLong();
            callback.observeStates((channel, state) -> {
                if (Streams.UPTIME_CHANNEL.equals(channel.getId())) {
                    uptimes.incrementAndGet();
                }
                channels.merge(channel.getId(), 1L, Long::sum);
            });
            try (BindingRig rig = BindingRig.start(broker.uri(), callback).awaitOnline();
                    Publisher publisher = Publisher.connect(broker.uri())) {
                rig.addCharger(serial);
                FigureSupport.awaitRouted(publisher, burst.base(), uptimes);
                // all of the retained burst handled before second 0, so that none of it is counted
                long routed = uptimes.get();
                publisher.publishAll(uptimeLast(Streams.retained(burst, burst.base())));
                Sleep.until(() -> uptimes.get() > routed, TIMEOUT_MILLIS, "the retained burst to be handled");
                long uptime = Long.parseLong(burst.message("rbt").payload());
                publishSecond(publisher, burst, uptime + 1, 0, uptimes);
                channels.clear();
                long states = callback.states();
                long start = System.nanoTime();
                for (int second = 1; second <= CYCLES; second++) {
                    Sleep.millis(PERIOD_MILLIS);
                    publishSecond(publisher, burst, uptime + (System.nanoTime() - start) / 1_000_000, second,
                            uptimes);
                }
                double rate = (callback.states() - states) / (double) CYCLES;
                perSecond.add(rate);
                channels.forEach((channel, count) -> {
                    if (!expected.contains(channel)) {
                        unexpected.merge(channel, count, Long::sum);
                    }
                });
                System.out.printf(Locale.ROOT, "  round %d: %.1f state updates per charger second: %s%n", round,
                        rate, new TreeMap<>(channels));
            } catch (IllegalStateException e) {
                // the embedded broker now and then stalls on a burst; the other rounds still count
                System.out.printf(Locale.ROOT, "  round %d not counted: %s%n", round, e.getMessage());
                report.note("quiet bus, " + broker.name() + ": round " + round + " not counted: " + e.getMessage());
            }
        }
        report.add(new Report.Row("6 quiet bus, updates per charger second", broker.name(),
                perSecond.count() == 0 ? "no round completed" : perSecond.describe(1) + " /s", expected.size() + " /s (channels of rbt, utc, loc)", "-",
                "none beyond changing keys", perSecond.count() > 0 && unexpected.isEmpty()));
        if (!unexpected.isEmpty()) {
            report.note("quiet bus: updates of unchanged values, channel = count over all rounds: " + unexpected);
        }
    }

    /** Every key once, unchanged but for uptime and clocks; waits until the binding has handled the uptime. */
    private static void publishSecond(Publisher publisher, CapturedBurst burst, long uptime, int second,
            AtomicLong uptimes) throws Exception {
        long before = uptimes.get();
        List<Outgoing> messages = new ArrayList<>();
        Instant now = Instant.now();
        for (CapturedBurst.Message message : burst.messages()) {
            String payload = CHANGING_KEYS.contains(message.key()) ? Streams.moved(message, uptime, now, 0)
                    : message.payload();
            messages.add(new Outgoing(message.topic(), payload.getBytes(StandardCharsets.UTF_8), false));
        }
        publisher.publishAll(uptimeLast(messages));
        Sleep.until(() -> uptimes.get() > before, TIMEOUT_MILLIS, "second " + second + " to be handled");
    }

    /** The uptime goes last, so that its state says that all messages before it were handled. */
    private static List<Outgoing> uptimeLast(List<Outgoing> messages) {
        List<Outgoing> sorted = new ArrayList<>(messages);
        sorted.sort((a, b) -> Boolean.compare(a.topic().endsWith("/rbt"), b.topic().endsWith("/rbt")));
        return sorted;
    }

    private static Set<String> changingChannels() {
        Set<String> channels = new TreeSet<>();
        for (String key : CHANGING_KEYS) {
            Catalog.standard().rowsOf(key).stream().filter(KeyRow::shown).map(KeyRow::channelUid)
                    .forEach(channels::add);
        }
        return channels;
    }
}
