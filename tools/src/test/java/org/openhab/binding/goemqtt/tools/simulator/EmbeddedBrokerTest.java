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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * The embedded broker on a real TCP port.
 */
@NonNullByDefault
class EmbeddedBrokerTest {

    @Test
    void closeLetsAClientThatIsLeavingSayGoodbyeBeforeTheBrokerStops() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.startOnFreePort();
        MqttClient client = new MqttClient(broker.uri(), "leaving", new MemoryPersistence());
        client.connect();
        // the client leaves a little later, as a bridge whose connection is released on its scheduler
        CompletableFuture<@Nullable Throwable> goodbye = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(300);
                client.disconnect();
                return null;
            } catch (MqttException | InterruptedException e) {
                return e;
            }
        });

        broker.close();

        assertNull(goodbye.get(10, TimeUnit.SECONDS), "the DISCONNECT reached a running broker");
        client.close();
    }

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

    /**
     * 100 chargers' retained sets (167 keys each, as in benchmark figure 3) reach a QoS 0 subscriber that asks for
     * all of them in one SUBSCRIBE: Moquette drops QoS 0 messages to a connection whose write buffer is over its
     * limit, and with Netty's default limit of 64 KiB it dropped thousands of these.
     */
    @Test
    void aLargeRetainedSetReachesAQos0SubscriberWhole() throws Exception {
        int chargers = 100;
        int keys = 167;
        try (EmbeddedBroker broker = EmbeddedBroker.startOnFreePort()) {
            publishRetained(broker.uri(), chargers, keys);
            AtomicInteger received = new AtomicInteger();
            MqttAsyncClient subscriber = connect(broker.uri(), "burst-sub", new Callback() {
                @Override
                public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
                    received.incrementAndGet();
                }
            }, 10);
            List<String> filters = new ArrayList<>();
            for (int charger = 1; charger <= chargers; charger++) {
                filters.add("/go-eCharger/" + (100_000 + charger) + "/#");
            }
            subscriber.subscribe(filters.toArray(String[]::new), new int[chargers]).waitForCompletion(30_000);
            int total = chargers * keys;
            // wait while messages keep coming; a dropped message never comes
            int seen = -1;
            while (received.get() < total && received.get() != seen) {
                seen = received.get();
                Thread.sleep(3_000);
            }
            subscriber.disconnect().waitForCompletion(30_000);
            subscriber.close();
            assertEquals(total, received.get());
        }
    }

    private static void publishRetained(String uri, int chargers, int keys) throws Exception {
        Semaphore window = new Semaphore(50);
        MqttAsyncClient publisher = connect(uri, "burst-pub", new Callback() {
            @Override
            public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
                window.release();
            }
        }, 50);
        for (int charger = 1; charger <= chargers; charger++) {
            for (int key = 0; key < keys; key++) {
                assertTrue(window.tryAcquire(30, TimeUnit.SECONDS));
                // retained QoS 0 messages are not kept by Moquette 0.17
                MqttMessage message = new MqttMessage(("{\"value\":" + key + "}").getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                message.setRetained(true);
                publisher.publish("/go-eCharger/" + (100_000 + charger) + "/key" + key, message);
            }
        }
        assertTrue(window.tryAcquire(50, 30, TimeUnit.SECONDS));
        publisher.disconnect().waitForCompletion(30_000);
        publisher.close();
    }

    private static MqttAsyncClient connect(String uri, String id, MqttCallback callback, int inflight)
            throws Exception {
        MqttAsyncClient client = new MqttAsyncClient(uri, id, new MemoryPersistence());
        client.setCallback(callback);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(inflight);
        client.connect(options).waitForCompletion(30_000);
        return client;
    }

    private abstract static class Callback implements MqttCallback {
        @Override
        public void connectionLost(@Nullable Throwable cause) {
        }

        @Override
        public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
        }

        @Override
        public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
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
        EmbeddedBroker broker = EmbeddedBroker.startOnFreePort();
        int port = broker.port();
        Path data = broker.dataDirectory();
        assertTrue(Files.isDirectory(data));
        assertTrue(brokerDirectories().contains(data), "a goemqtt-broker-* directory in the temporary folder");
        broker.stop();
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(EmbeddedBroker.DEFAULT_HOST, port));
            assertEquals(port, socket.getLocalPort());
        }
        // only this broker's directory is checked: other brokers on this machine come and go meanwhile
        assertFalse(Files.exists(data), data.toString());
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
