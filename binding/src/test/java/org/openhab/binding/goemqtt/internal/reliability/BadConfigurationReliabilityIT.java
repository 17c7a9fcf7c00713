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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.handler.ChargerHarness;
import org.openhab.binding.goemqtt.internal.testutil.FreePort;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Scenario 7: every bad setting ends OFFLINE with the right detail and a text that names the cause, and a broker
 * that keeps refusing is retried on the back-off schedule, not in a storm.
 */
@NonNullByDefault
class BadConfigurationReliabilityIT {

    @Test
    void unreachableHostWrongPortAndBadCertificateNameTheirCause() {
        assertOffline(Map.of("host", "no-such-broker.invalid"), ThingStatusDetail.COMMUNICATION_ERROR, "unreachable");
        assertOffline(Map.of("uri", "tcp://127.0.0.1:" + FreePort.find()), ThingStatusDetail.COMMUNICATION_ERROR,
                "unreachable");
        assertOffline(Map.of("host", "127.0.0.1", "tls", true, "caCertificate",
                "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----"),
                ThingStatusDetail.CONFIGURATION_ERROR, "caCertificate");
        assertOffline(Map.of("host", "127.0.0.1", "discoveryBaseTopics", java.util.List.of("go-e/#/")),
                ThingStatusDetail.CONFIGURATION_ERROR, "go-e/#/");
    }

    @Test
    void badCredentialsAreRefusedAsNotAuthorisedAsMosquittoAnswers(@TempDir Path dir) {
        MosquittoProcess.assumePasswdAvailable();
        try (MosquittoProcess broker = MosquittoProcess.builder(dir).user("openhab", "right").start()) {
            assertOffline(Map.of("uri", broker.uri(), "username", "openhab", "password", "wrong"),
                    ThingStatusDetail.COMMUNICATION_ERROR, "not-authorized");
        }
    }

    @Test
    void wildcardsAndEmptySegmentsInSerialsAndBaseTopicsAreConfigurationErrors() {
        for (Map<String, Object> config : java.util.List.<Map<String, Object>> of(Map.of("serial", "07+246"),
                Map.of("serial", "#"), Map.of("serial", "072/246"), Map.of("serial", "072246", "baseTopic", "home//"),
                Map.of("serial", "072246", "baseTopic", "home/+/wallbox/"),
                Map.of("serial", "072246", "baseTopic", "home/#"))) {
            ChargerHarness harness = new ChargerHarness(config).initialize();
            assertTrue(harness.callback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR),
                    config + ": " + harness.callback);
            String text = String.valueOf(harness.callback.lastStatus().getDescription());
            assertTrue(text.contains("serial") || text.contains("baseTopic"), config + " names the parameter: " + text);
            assertEquals(java.util.List.of(), harness.transport.subscriptions().stream()
                    .filter(filter -> !filter.endsWith("/fwv") && !filter.endsWith("/typ") && !filter.endsWith("/var")
                            && !filter.endsWith("/fna") && !filter.endsWith("/status"))
                    .toList(), "nothing subscribed for " + config);
        }
    }

    /**
     * A listener that accepts and drops every connection: each is one connect attempt. With back-off from 1 s to
     * 2 s, attempts start at about 0, 1, 3, 5, 7, 9 s: 6 in 10 s (a storm would be hundreds). The count must lie
     * between 3 and 8 (room for a slow machine on the low side, for a connect timing out on the high side).
     */
    @Test
    void aBrokerThatDropsEveryConnectionIsRetriedOnTheBackoffSchedule() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        attempts.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "dropping-broker");
            acceptor.start();
            try (PahoBinding binding = new PahoBinding(Map.of("uri", "tcp://127.0.0.1:" + server.getLocalPort(),
                    "reconnectDelayMin", 1, "reconnectDelayMax", 2)).start()) {
                Thread.sleep(10_000);
            }
            server.close();
            acceptor.join();
        }
        System.out.println("Back-off: " + attempts.get() + " connect attempts in 10 s (expected about 6)");
        assertTrue(attempts.get() >= 3 && attempts.get() <= 8, attempts.get() + " attempts in 10 s");
    }

    private static void assertOffline(Map<String, Object> config, ThingStatusDetail detail, String cause) {
        try (PahoBinding binding = new PahoBinding(config).start()) {
            binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.OFFLINE, detail), config + " OFFLINE");
            String text = String.valueOf(binding.bridgeCallback.lastStatus().getDescription());
            assertTrue(text.contains(cause), config + ": the text names " + cause + ": " + text);
            System.out.println("Bad configuration " + config.keySet() + ": " + text);
        }
    }
}
