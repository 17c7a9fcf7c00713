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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * The MQTT side of one simulated device: a Paho client (memory persistence, MQTT 3.1.1, no automatic reconnect, no
 * last will, as go-e devices have none), its subscription to the device's command topics ({@code <base>+/set} for
 * an API v2 charger or a controller, {@code <base>cmd/req} for an API v1 charger), and non-blocking publishes.
 * Connect and disconnect hold this object's monitor while they wait on the network; publishing never waits.
 */
@NonNullByDefault
public final class ChargerConnection {

    /** QoS of every message the device sends; retained QoS 0 messages are not kept by every broker. */
    public static final int QOS = 1;
    private static final long WAIT_MILLIS = 10_000;
    private static final long QUIESCE_MILLIS = 2_000;
    private static final int CONNECT_ATTEMPTS = 3;
    private static final long SETTLE_PAUSE_MILLIS = 20;

    private final Logger logger = LoggerFactory.getLogger(ChargerConnection.class);
    private final String serial;
    private final String commandFilter;
    private final BiConsumer<String, String> commandHandler;
    private volatile @Nullable MqttAsyncClient client;
    private volatile @Nullable String brokerUri;

    /**
     * A connection that hears {@code <base><key>/set}, as an API v2 charger or a controller does.
     *
     * @param setHandler receives key and payload of every {@code <base><key>/set}, on Paho's thread
     */
    public static ChargerConnection forSetTopics(String serial, String base, BiConsumer<String, String> setHandler) {
        return new ChargerConnection(serial, base + "+/set", (topic, payload) -> {
            if (topic.startsWith(base) && topic.endsWith("/set")) {
                setHandler.accept(topic.substring(base.length(), topic.length() - "/set".length()), payload);
            }
        });
    }

    /**
     * A connection that subscribes one topic filter for the device's commands.
     *
     * @param commandHandler receives topic and payload of every message on {@code commandFilter}, on Paho's thread
     */
    public ChargerConnection(String serial, String commandFilter, BiConsumer<String, String> commandHandler) {
        this.serial = serial;
        this.commandFilter = commandFilter;
        this.commandHandler = commandHandler;
    }

    public @Nullable String brokerUri() {
        return brokerUri;
    }

    public boolean isConnected() {
        MqttAsyncClient current = client;
        return current != null && current.isConnected();
    }

    /** Connects and subscribes to the command topics; waits until both are done. */
    public synchronized void open(String uri) throws MqttException {
        MqttAsyncClient current = client;
        if (current != null && current.isConnected()) {
            throw new IllegalStateException(serial + " is already connected to " + brokerUri);
        }
        if (current == null || !uri.equals(brokerUri)) {
            if (current != null) {
                current.close();
            }
            // short enough for MQTT 3.1's 23 characters with a 6-digit serial; unique per connection
            String clientId = "goesim-" + serial + "-"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0x1000000));
            current = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
            current.setCallback(new Callback());
            client = current;
            brokerUri = uri;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setKeepAliveInterval(30);
        options.setMaxInflight(1000);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        connectAndSubscribe(current, options);
    }

    /**
     * Moquette 0.17 may send CONNACK before it counts the connection as open and then drop a SUBSCRIBE that
     * follows at once ("SUBSCRIBE received on already closed connection"); a fresh connection fixes that, so a
     * connection lost during this step is retried a few times. Paho fails the waiting token as soon as it starts
     * to shut the lost connection down, while the client still says "currently disconnecting"; a connect in
     * that window is refused, so it waits for the shutdown to end before it tries again.
     */
    private void connectAndSubscribe(MqttAsyncClient current, MqttConnectOptions options) throws MqttException {
        long settleBy = 0;
        for (int attempt = 1;; attempt++) {
            try {
                current.connect(options).waitForCompletion(WAIT_MILLIS);
                current.subscribe(commandFilter, QOS).waitForCompletion(WAIT_MILLIS);
                return;
            } catch (MqttException e) {
                int code = e.getReasonCode();
                if (code == MqttException.REASON_CODE_CLIENT_DISCONNECTING) {
                    settleBy = settleBy == 0 ? System.nanoTime() + WAIT_MILLIS * 1_000_000 : settleBy;
                    if (System.nanoTime() - settleBy > 0) {
                        throw e;
                    }
                    attempt--; // waiting for the shutdown is not a new attempt
                    pause(e);
                    continue;
                }
                if (attempt >= CONNECT_ATTEMPTS || code != MqttException.REASON_CODE_CONNECTION_LOST) {
                    throw e;
                }
                logger.debug("{} lost the connection while subscribing ({}); connecting again", serial,
                        e.getMessage());
                if (current.isConnected()) {
                    current.disconnectForcibly(0, WAIT_MILLIS, false);
                }
            }
        }
    }

    private static void pause(MqttException cause) throws MqttException {
        try {
            Thread.sleep(SETTLE_PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /**
     * Leaves the broker: {@code silent} drops the connection without a DISCONNECT packet.
     *
     * @return whether there was a connection to leave
     */
    public synchronized boolean leave(boolean silent) {
        MqttAsyncClient current = client;
        if (current == null || !current.isConnected()) {
            return false;
        }
        try {
            if (silent) {
                current.disconnectForcibly(0, WAIT_MILLIS, false);
            } else {
                // a short quiesce lets outstanding acknowledgements arrive before the client closes
                current.disconnect(QUIESCE_MILLIS).waitForCompletion(WAIT_MILLIS);
            }
        } catch (MqttException e) {
            logger.debug("{} could not disconnect cleanly: {}", serial, e.getMessage());
        }
        return true;
    }

    /** Leaves and releases the client for good. */
    public synchronized void close() {
        leave(false);
        MqttAsyncClient current = client;
        client = null;
        if (current != null) {
            try {
                current.close();
            } catch (MqttException e) {
                logger.debug("{} could not close its client: {}", serial, e.getMessage());
            }
        }
    }

    /** Sends one message without waiting; dropped when not connected. */
    public void publish(String topic, String payload, boolean retained) {
        MqttAsyncClient current = client;
        if (current == null || !current.isConnected()) {
            return;
        }
        try {
            current.publish(topic, payload.getBytes(StandardCharsets.UTF_8), QOS, retained);
        } catch (MqttException e) {
            logger.debug("{} could not publish {}: {}", serial, topic, e.getMessage());
        }
    }

    /** Publishes each key's value, retained, on {@code <base><key>}. */
    public void publishKeys(String base, Map<String, JsonElement> values) {
        values.forEach((key, value) -> publish(base + key, JsonValues.toJson(value), true));
    }

    /** Publishes the answer to a {@code /set} on {@code <base><key>/result}, if the device answers it. */
    public void publishAnswer(String base, String key, SetAnswer answer) {
        String result = answer.result();
        if (result != null) {
            publish(base + key + "/result", result, false);
        }
    }

    /** Waits until the broker acknowledged everything published so far; false on timeout or when offline. */
    public boolean awaitPublished(Duration timeout) {
        MqttAsyncClient current = client;
        if (current == null || !current.isConnected()) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (IMqttDeliveryToken token : current.getPendingDeliveryTokens()) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            try {
                token.waitForCompletion(left);
            } catch (MqttException e) {
                return false;
            }
        }
        return true;
    }

    /** Paho's callback: hands command messages on; never throws. */
    private final class Callback implements MqttCallback {

        @Override
        public void connectionLost(@Nullable Throwable cause) {
            logger.debug("{} lost its connection: {}", serial, cause == null ? "" : cause.getMessage());
        }

        @Override
        public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
            if (topic == null || message == null) {
                return;
            }
            try {
                commandHandler.accept(topic, new String(message.getPayload(), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                logger.warn("{} failed to handle {}: {}", serial, topic, e.toString());
            }
        }

        @Override
        public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
        }
    }
}
