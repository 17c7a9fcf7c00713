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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.benchmarks.harness.BareSubscriber;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.benchmarks.harness.TestBroker;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;

import com.google.gson.JsonPrimitive;

/**
 * Figure 4, command latency: from the call into the charger handler to the {@code /set} message arriving at another
 * client of the broker (a bare subscriber on {@code <base>+/set}), one command at a time; a simulated charger answers
 * each with {@code /result} and the next command waits for that answer. Two paths: an item command
 * ({@code handleCommand} on the requested-current channel, through the handler's coalescing of quick successive
 * commands; {@value #ITEM_COMMAND_SPACING_MILLIS} ms apart, as a user's commands come, after a warm-up) and a direct send
 * ({@code sendCommand}, what rule actions and the PV feed use, back to back).
 */
@NonNullByDefault
final class CommandLatencyFigure {

    static final double AIM_MILLIS = 5.0;
    private static final String SERIAL = "000001";
    private static final String BASE = "/go-eCharger/" + SERIAL + "/";
    /** Item commands come one by one, as a user's do: longer apart than the handler's coalescing window (200 ms). */
    static final long ITEM_COMMAND_SPACING_MILLIS = 250;
    /** Item commands sent in quick bursts before the measured ones, so that their path is compiled. */
    static final int WARM_UP_ITEM_COMMANDS = 2_000;
    private static final long TIMEOUT_MILLIS = 30_000;

    private CommandLatencyFigure() {
    }

    static void run(Report report, TestBroker broker, int itemCommands, int directCommands) throws Exception {
        System.out.println("Figure 4, command latency against " + broker.name() + ": " + itemCommands
                + " item commands, " + directCommands + " direct sends ...");
        String channel = Catalog.standard().rowsOf("amp").get(0).channelUid();
        AtomicLong setArrived = new AtomicLong();
        AtomicReference<String> setPayload = new AtomicReference<>("");
        AtomicLong results = new AtomicLong();
        CountingCallback callback = new CountingCallback();
        try (Simulation charger = Simulation.builder().existingBroker(broker.uri()).serials(List.of(SERIAL)).start();
                BareSubscriber wire = BareSubscriber.connect(broker.uri());
                BindingRig rig = BindingRig.start(broker.uri(), callback).awaitOnline()) {
            wire.observe((topic, payload) -> {
                if (topic.endsWith("/set")) {
                    setPayload.set(new String(payload, StandardCharsets.UTF_8));
                    setArrived.set(System.nanoTime());
                } else {
                    results.incrementAndGet();
                }
            });
            wire.subscribe(List.of(BASE + "+/set", BASE + "+/result"));
            ChargerHandler handler = rig.addCharger(SERIAL);
            Sleep.until(() -> {
                ThingStatusInfo status = callback.status(rig.chargerUid(SERIAL));
                return status != null && status.getStatus() == ThingStatus.ONLINE;
            }, TIMEOUT_MILLIS, "the charger thing to go ONLINE");
            ChannelUID channelUid = new ChannelUID(rig.chargerUid(SERIAL), channel);
            Samples item = new Samples();
            Samples direct = new Samples();
            warmUpItemCommands(handler, channelUid, results);
            Samples bare = new Samples();
            try (Publisher publisher = Publisher.connect(broker.uri())) {
                for (int i = 0; i < itemCommands + 1; i++) {
                    Sleep.millis(ITEM_COMMAND_SPACING_MILLIS);
                    int amps = 6 + i % 11;
                    long answered = results.get();
                    long start = System.nanoTime();
                    handler.handleCommand(channelUid, new QuantityType<>(BigDecimal.valueOf(amps), Units.AMPERE));
                    double millis = awaitSet(start, amps, setArrived, setPayload, results, answered);
                    // the baseline under the same conditions: the same /set from a bare client after the same pause
                    Sleep.millis(ITEM_COMMAND_SPACING_MILLIS);
                    answered = results.get();
                    start = System.nanoTime();
                    publisher.publishAll(List.of(new Outgoing(BASE + "amp/set",
                            Integer.toString(amps).getBytes(StandardCharsets.UTF_8), false)));
                    double bareMillis = awaitSet(start, amps, setArrived, setPayload, results, answered);
                    if (i > 0) {
                        item.add(millis);
                        bare.add(bareMillis);
                    }
                }
            }
            for (int i = 0; i < directCommands + 10; i++) {
                int amps = 6 + i % 11;
                long answered = results.get();
                long start = System.nanoTime();
                CompletableFuture<CommandOutcome> outcome = handler.sendCommand("amp", new JsonPrimitive(amps));
                double millis = awaitSet(start, amps, setArrived, setPayload, results, answered);
                outcome.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                if (i >= 10) {
                    direct.add(millis);
                }
            }
            report.add(row("item command (handleCommand)", broker, item, bare));
            report.add(row("direct send (sendCommand)", broker, direct, null));
        }
    }

    private static Report.Row row(String path, TestBroker broker, Samples samples, @Nullable Samples baseline) {
        double p99 = samples.percentile(99);
        String ratio = baseline == null ? "-"
                : String.format(Locale.ROOT, "p50 %.2f×, p99 %.2f×", samples.median() / baseline.median(),
                        p99 / baseline.percentile(99));
        return new Report.Row("4 command → /set, " + path, broker.name(), percentiles(samples),
                baseline == null ? "-" : "bare publish after the same pause: " + percentiles(baseline), ratio,
                "p99 ≤ 5 ms", p99 <= AIM_MILLIS);
    }

    private static String percentiles(Samples samples) {
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms (n=%d)", samples.median(), samples.percentile(99),
                samples.count());
    }

    /**
     * Waits for the set of {@code amps} on the wire and for the charger's answer (one more than {@code answered});
     * the milliseconds from {@code start} to the set.
     */
    /**
     * Runs the item command path {@value #WARM_UP_ITEM_COMMANDS} times (bursts of 100 to one key: each burst sends its
     * first command at once and its last at the end of the coalescing window, the rest only pass encoding and
     * coalescing), then waits until the charger has answered what was sent. Without it the 20 measured commands would
     * time the interpreter and the unit library's first conversions, not the binding's path as openHAB runs it.
     */
    private static void warmUpItemCommands(ChargerHandler handler, ChannelUID channelUid, AtomicLong results) {
        for (int burst = 0; burst < WARM_UP_ITEM_COMMANDS / 100; burst++) {
            for (int i = 0; i < 100; i++) {
                handler.handleCommand(channelUid, new QuantityType<>(BigDecimal.valueOf(6 + i % 11), Units.AMPERE));
            }
            Sleep.millis(2 * ITEM_COMMAND_SPACING_MILLIS);
        }
        long answered = results.get();
        Sleep.millis(ITEM_COMMAND_SPACING_MILLIS);
        Sleep.until(() -> results.get() == answered, TIMEOUT_MILLIS, "the warm-up commands to be answered");
    }

    private static double awaitSet(long start, int amps, AtomicLong setArrived, AtomicReference<String> setPayload,
            AtomicLong results, long answered) {
        String expected = Integer.toString(amps);
        Sleep.until(() -> setArrived.get() - start > 0 && expected.equals(setPayload.get()), TIMEOUT_MILLIS,
                "the set of " + amps + " A on the wire");
        double millis = (setArrived.get() - start) / 1e6;
        Sleep.until(() -> results.get() > answered, TIMEOUT_MILLIS, "the charger's answer");
        return millis;
    }
}
