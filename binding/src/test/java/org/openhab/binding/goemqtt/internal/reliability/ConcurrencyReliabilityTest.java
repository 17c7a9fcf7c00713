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

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;

import com.google.gson.JsonPrimitive;

/**
 * Scenario 6: 16 threads send commands to one charger at once while the connection flaps and a charger answers
 * what reaches it; every command ends with exactly one outcome.
 */
@NonNullByDefault
class ConcurrencyReliabilityTest {

    private static final int THREADS = 16;
    private static final int COMMANDS_PER_THREAD = 100;
    private static final String BASE = "/go-eCharger/000016/";

    @Test
    void commandsFromSixteenThreadsDuringConnectionFlapsEachGetExactlyOneOutcome() throws Exception {
        try (LiveBinding binding = new LiveBinding()) {
            LiveBinding.Charger charger = binding.charger("000016", Map.of("resultTimeout", 1));
            binding.transport.inject(BASE + "amp", "6");
            AtomicBoolean running = new AtomicBoolean(true);
            Thread flapper = new Thread(() -> flap(binding.transport, running), "flapper");
            Thread answerer = new Thread(() -> answer(binding.transport, running), "answerer");
            flapper.start();
            answerer.start();
            ExecutorService senders = Executors.newFixedThreadPool(THREADS);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<List<CompletableFuture<CommandOutcome>>>> batches = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                batches.add(CompletableFuture.supplyAsync(() -> {
                    List<CompletableFuture<CommandOutcome>> sent = new ArrayList<>();
                    awaitQuietly(start);
                    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                        sent.add(charger.handler.sendCommand("amp", new JsonPrimitive(6 + (thread + i) % 11)));
                    }
                    return sent;
                }, senders));
            }
            start.countDown();
            List<CompletableFuture<CommandOutcome>> all = new ArrayList<>();
            for (CompletableFuture<List<CompletableFuture<CommandOutcome>>> batch : batches) {
                all.addAll(batch.get(60, TimeUnit.SECONDS));
            }
            senders.shutdown();
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            running.set(false);
            flapper.join();
            answerer.join();

            Map<CommandStatus, Integer> outcomes = new EnumMap<>(CommandStatus.class);
            for (CompletableFuture<CommandOutcome> future : all) {
                assertFalse(future.isCancelled(), "a command vanished (cancelled)");
                CommandOutcome outcome = future.getNow(null);
                assertNotNull(outcome);
                outcomes.merge(outcome.status(), 1, Integer::sum);
            }
            assertEquals(THREADS * COMMANDS_PER_THREAD, outcomes.values().stream().mapToInt(i -> i).sum());
            assertTrue(outcomes.getOrDefault(CommandStatus.CONFIRMED, 0) > 0, "some confirmed: " + outcomes);
            assertTrue(outcomes.getOrDefault(CommandStatus.NOT_SENT, 0) > 0, "some not sent: " + outcomes);
            System.out.println("Concurrency: " + all.size() + " commands from " + THREADS + " threads: " + outcomes);
            charger.dispose();
        }
    }

    /** Drops and restores the connection every few milliseconds until told to stop; ends connected. */
    private static void flap(FakeTransport transport, AtomicBoolean running) {
        while (running.get()) {
            transport.disconnect(FailureReason.CONNECTION_LOST, "flap");
            sleep(2);
            transport.connect();
            sleep(5);
        }
    }

    /** Plays the charger: answers each set that reached the broker with success. */
    private static void answer(FakeTransport transport, AtomicBoolean running) {
        int seen = 0;
        while (running.get()) {
            List<FakeTransport.Published> published = transport.published();
            for (; seen < published.size(); seen++) {
                FakeTransport.Published set = published.get(seen);
                transport.inject(set.topic().replace("/set", "/result"), "success");
            }
            sleep(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
