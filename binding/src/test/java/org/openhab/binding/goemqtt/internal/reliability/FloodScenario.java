/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingStatus;

/**
 * Scenario 4: many chargers publish {@code rate} messages per second in total for a while; half of them are
 * disposed half-way while their messages keep coming. Checks that no disposed charger posts a state after its
 * {@code dispose()} returned, that the live ones stay ONLINE and keep receiving, and that the heap in use after GC
 * grows by less than 32 MB (nothing queues per message: messages are handled on the delivering thread).
 */
@NonNullByDefault
final class FloodScenario {

    /** Figures of one run. */
    record Figures(long messages, int chargers, long statesPosted, long statesAfterDispose, long heapBeforeMb,
            long heapAfterMb, long heapPeakMb) {
    }

    private static final int CHARGERS = 20;
    private static final int PUBLISHERS = 2;
    private static final long TICK_MILLIS = 10;

    private FloodScenario() {
    }

    static Figures run(int rate, Duration duration) throws Exception {
        try (LiveBinding binding = new LiveBinding()) {
            List<LiveBinding.Charger> chargers = new ArrayList<>();
            for (int i = 0; i < CHARGERS; i++) {
                chargers.add(binding.charger(serial(i), Map.of("silenceTimeout", 600)));
            }
            long before = HeapProbe.usedAfterGc();
            AtomicLong sent = new AtomicLong();
            AtomicLong peak = new AtomicLong();
            long ticks = duration.toMillis() / TICK_MILLIS;
            int perTick = Math.max(1, rate / PUBLISHERS / (int) (1000 / TICK_MILLIS));
            List<Thread> publishers = new ArrayList<>();
            for (int p = 0; p < PUBLISHERS; p++) {
                int publisher = p;
                Thread thread = new Thread(() -> publish(binding, publisher, ticks, perTick, sent, peak),
                        "flood-" + p);
                publishers.add(thread);
                thread.start();
            }
            Thread.sleep(duration.toMillis() / 2);
            for (int i = 0; i < CHARGERS; i += 2) {
                chargers.get(i).dispose();
            }
            for (Thread thread : publishers) {
                thread.join();
            }
            long after = HeapProbe.usedAfterGc();
            long posted = chargers.stream().mapToLong(charger -> charger.states.get()).sum();
            long late = chargers.stream().mapToLong(charger -> charger.statesAfterDispose.get()).sum();
            assertEquals(0, late, "states posted by chargers after their dispose()");
            for (int i = 1; i < CHARGERS; i += 2) {
                LiveBinding.Charger live = chargers.get(i);
                assertTrue(live.states.get() > 0, "charger " + i + " received states");
                assertEquals(ThingStatus.ONLINE, live.status == null ? null : live.status.getStatus());
            }
            assertTrue(after - before < (32L << 20), "heap grew from " + before + " to " + after + " bytes");
            return new Figures(sent.get(), CHARGERS, posted, late, HeapProbe.megabytes(before),
                    HeapProbe.megabytes(after), HeapProbe.megabytes(peak.get()));
        }
    }

    /** Publishes {@code perTick} messages every tick, paced by the wall clock (catching up when late). */
    private static void publish(LiveBinding binding, int publisher, long ticks, int perTick, AtomicLong sent,
            AtomicLong peak) {
        long start = System.nanoTime();
        long n = publisher;
        for (long tick = 0; tick < ticks; tick++) {
            for (int i = 0; i < perTick; i++, n += PUBLISHERS) {
                String base = "/go-eCharger/" + serial((int) (n % CHARGERS)) + "/";
                int value = (int) (n / CHARGERS);
                switch ((int) (n / CHARGERS % 5)) {
                    case 0 -> binding.transport.inject(base + "amp", String.valueOf(6 + value % 11));
                    case 1 -> binding.transport.inject(base + "rbt", String.valueOf(value));
                    case 2 -> binding.transport.inject(base + "nrg", "[230,231,229,0," + value % 16
                            + ",16,16,0,3600,3600,3600,0,10800,99,99,99,0]");
                    case 3 -> binding.transport.inject(base + "car", String.valueOf(1 + value % 4));
                    default -> binding.transport.inject(base + "wh", String.valueOf(value * 1.5));
                }
                sent.incrementAndGet();
            }
            if (tick % 100 == 0) {
                Runtime runtime = Runtime.getRuntime();
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            }
            long due = start + (tick + 1) * TICK_MILLIS * 1_000_000;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String serial(int index) {
        return String.valueOf(200_000 + index);
    }
}
