/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker on a real TCP port.
 */
@NonNullByDefault
class EmbeddedBrokerTest {

    @Test
    void portZeroPicksAFreePortAndReportsIt() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnFreePort()) {
            assertTrue(broker.port() > 0);
            assertEquals("tcp://127.0.0.1:" + broker.port(), broker.uri());
        }
    }

    @Test
    void anonymousClientsExchangeMessagesAndRetainedOnesAreKept() throws Exception {
        // Moquette 0.17 delivers a retained message to a new subscriber without the retain flag, so only the
        // payload is checked here

        try (EmbeddedBroker broker = EmbeddedBroker.startOnFreePort();
                TestClient publisher = new TestClient(broker.uri())) {
            publisher.publishRetained("a/b", "42");
            try (TestClient subscriber = new TestClient(broker.uri())) {
                subscriber.subscribe("a/#");
                assertEquals("42", subscriber.await("a/b").payload());
            }
        }
    }

    @Test
    void aClientWithAnEmptyClientIdIsAccepted() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnFreePort()) {
            MqttClient client = new MqttClient(broker.uri(), "", new MemoryPersistence());
            client.connect();
            assertTrue(client.isConnected());
            client.disconnect();
            client.close();
        }
    }

    @Test
    void stopReleasesThePortAndDeletesTheDataDirectory() throws Exception {
        List<Path> before = brokerDirectories();
        EmbeddedBroker broker = EmbeddedBroker.startOnFreePort();
        int port = broker.port();
        broker.stop();
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(EmbeddedBroker.DEFAULT_HOST, port));
            assertEquals(port, socket.getLocalPort());
        }
        assertEquals(before, brokerDirectories());
    }

    @Test
    void aTakenPortIsReportedAsAnIoError() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(EmbeddedBroker.DEFAULT_HOST, 0));
            assertThrows(IOException.class,
                    () -> EmbeddedBroker.start(EmbeddedBroker.DEFAULT_HOST, taken.getLocalPort()).stop());
        }
    }

    private static List<Path> brokerDirectories() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("goemqtt-broker-")).sorted().toList();
        }
    }
}
