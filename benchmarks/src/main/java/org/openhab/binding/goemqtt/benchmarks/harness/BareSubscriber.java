/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/**
 * The baseline client: Paho alone, subscribed at QoS 0 like the binding's transport, doing nothing with a message but
 * count it (and, if asked, hand it to an observer).
 */
@NonNullByDefault
public final class BareSubscriber implements AutoCloseable {

    private final AtomicLong received = new AtomicLong();
    private final MqttAsyncClient client;
    private volatile long lastArrivalNanos;
    private volatile @Nullable BiConsumer<String, byte[]> observer;

    private BareSubscriber(String uri) throws MqttException {
        this.client = MqttClients.connect(uri, "bench-sub", new Counter(), 10);
    }

    /** Connects without subscribing. */
    public static BareSubscriber connect(String uri) throws MqttException {
        return new BareSubscriber(uri);
    }

    /** Subscribes every filter at QoS 0 in one request; returns once the broker granted them. */
    public void subscribe(List<String> filters) throws MqttException {
        int[] qos = new int[filters.size()];
        client.subscribe(filters.toArray(String[]::new), qos).waitForCompletion(MqttClients.TIMEOUT_MILLIS);
    }

    /** Called on Paho's thread with each message's topic and payload. */
    public void observe(@Nullable BiConsumer<String, byte[]> messageObserver) {
        this.observer = messageObserver;
    }

    /** The MQTT client id, also in the names of the client's threads. */
    public String clientId() {
        return client.getClientId();
    }

    public long received() {
        return received.get();
    }

    /** {@link System#nanoTime()} when the last message arrived. */
    public long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    public void reset() {
        received.set(0);
    }

    @Override
    public void close() {
        MqttClients.close(client);
    }

    private final class Counter implements MqttCallback {
        @Override
        public void connectionLost(@Nullable Throwable cause) {
        }

        @Override
        public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
            BiConsumer<String, byte[]> current = observer;
            if (current != null && topic != null && message != null) {
                current.accept(topic, message.getPayload());
            }
            lastArrivalNanos = System.nanoTime();
            received.incrementAndGet();
        }

        @Override
        public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
        }
    }
}
