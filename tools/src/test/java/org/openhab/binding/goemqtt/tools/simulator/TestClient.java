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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A plain Paho client for tests: records every message it receives and waits for the ones a test expects, with
 * a generous deadline (a deadline is a safety net, never an assertion about time).
 */
@NonNullByDefault
final class TestClient implements AutoCloseable {

    /** How long a test waits for a message before it fails: generous, as CI machines can be slow. */
    static final long DEADLINE_MILLIS = 20_000;

    /** One received message. */
    record Received(String topic, String payload, boolean retained) {
    }

    private final MqttClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final List<Received> received = new ArrayList<>();

    TestClient(String brokerUri) throws MqttException {
        client = new MqttClient(brokerUri, "test-" + Long.toHexString(System.nanoTime()), new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(@Nullable Throwable cause) {
            }

            @Override
            public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
                if (topic != null && message != null) {
                    synchronized (received) {
                        received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8),
                                message.isRetained()));
                        received.notifyAll();
                    }
                }
            }

            @Override
            public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
            }
        });
        options.setCleanSession(true);
        options.setMaxInflight(1000);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        client.connect(options);
    }

    /**
     * Subscribes at QoS 0. Moquette 0.17 releases a retained message's buffer once too often when it delivers
     * it at QoS 1: the PUBACK then kills one of its session threads, and every client served by that thread
     * hangs. QoS 0 avoids that path. Moquette 0.17 also sometimes drops a SUBSCRIBE sent right after CONNACK
     * (and the connection with it), so a lost connection here means: connect again and repeat, a few times.
     */
    void subscribe(String filter) throws MqttException {
        for (int attempt = 1;; attempt++) {
            try {
                if (!client.isConnected()) {
                    client.connect(options);
                }
                client.subscribe(filter, 0);
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_DISCONNECTING && attempt < 100) {
                    // Paho fails the token before the lost connection is shut down; wait for the shutdown
                    settle();
                    continue;
                }
                if (attempt >= 3 || e.getReasonCode() != MqttException.REASON_CODE_CONNECTION_LOST) {
                    throw e;
                }
            }
        }
    }

    private static void settle() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Subscribes at QoS 1, for brokers other than Moquette 0.17 (see {@link #subscribe}). */
    void subscribeAtQos1(String filter) throws MqttException {
        client.subscribe(filter, 1);
    }

    void publish(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    void publishRetained(String topic, String payload) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, true);
    }

    /** Everything received so far, in order. */
    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits for the first message (counting from the start) on this topic that matches, and returns it. */
    Received await(String topic, Predicate<String> payload) throws InterruptedException {
        return await(m -> m.topic().equals(topic) && payload.test(m.payload()), "a message on " + topic);
    }

    /** Waits for the first message on this topic. */
    Received await(String topic) throws InterruptedException {
        return await(topic, p -> true);
    }

    /** Waits until {@code count} messages match. */
    List<Received> awaitCount(Predicate<Received> filter, int count, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MILLIS);
        synchronized (received) {
            while (true) {
                List<Received> matching = received.stream().filter(filter).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("gave up waiting for " + count + " x " + what + "; got "
                            + matching.size() + ": " + matching);
                }
                received.wait(left);
            }
        }
    }

    private Received await(Predicate<Received> filter, String what) throws InterruptedException {
        return awaitCount(filter, 1, what).get(0);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect(0);
        }
        client.close();
    }
}
