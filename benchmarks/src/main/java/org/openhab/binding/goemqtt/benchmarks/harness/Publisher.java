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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/**
 * Publishes messages at QoS 1 as fast as the broker acknowledges them, keeping up to {@value #WINDOW} in flight
 * (what a charger's client does with its burst, only faster).
 */
@NonNullByDefault
public final class Publisher implements AutoCloseable {

    /** One message to publish. */
    public record Outgoing(String topic, byte[] payload, boolean retained) {
    }

    static final int WINDOW = 50;

    private final Semaphore inFlight = new Semaphore(WINDOW);
    private final MqttAsyncClient client;

    private Publisher(MqttAsyncClient client) {
        this.client = client;
    }

    public static Publisher connect(String uri) throws MqttException {
        Releaser releaser = new Releaser();
        Publisher publisher = new Publisher(MqttClients.connect(uri, "bench-pub", releaser, WINDOW));
        releaser.target = publisher.inFlight;
        return publisher;
    }

    /** Publishes every message in order; returns once the broker has acknowledged all of them. */
    public void publishAll(List<Outgoing> messages) throws MqttException {
        for (Outgoing message : messages) {
            acquire(1);
            MqttMessage mqtt = new MqttMessage(message.payload());
            mqtt.setQos(1);
            mqtt.setRetained(message.retained());
            client.publish(message.topic(), mqtt);
        }
        acquire(WINDOW);
        inFlight.release(WINDOW);
    }

    private void acquire(int permits) {
        try {
            if (!inFlight.tryAcquire(permits, MqttClients.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the broker stopped acknowledging publishes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        MqttClients.close(client);
    }

    /** Frees a place in the window for each acknowledged publish. */
    private static final class Releaser implements MqttCallback {
        volatile @Nullable Semaphore target;

        @Override
        public void connectionLost(@Nullable Throwable cause) {
        }

        @Override
        public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
        }

        @Override
        public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
            Semaphore semaphore = target;
            if (semaphore != null) {
                semaphore.release();
            }
        }
    }
}
