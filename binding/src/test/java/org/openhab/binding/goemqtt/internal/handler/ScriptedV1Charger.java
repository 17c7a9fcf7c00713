/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An API v1 charger played by a plain MQTT client: publishes its status object on {@code <base>status} at a fixed
 * period (the first time the given text byte for byte, later the object with the commands applied), takes
 * {@code key=value} commands on {@code <base>cmd/req} and, while {@link #applying}, shows them in the next status.
 */
@NonNullByDefault
final class ScriptedV1Charger implements MqttCallback, AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final String base;
    private final String firstStatus;
    private final JsonObject status;
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
    private final MqttAsyncClient client;
    private volatile @Nullable ScheduledFuture<?> beating;
    private volatile boolean first = true;
    /** Whether commands take effect; false: they are lost, no status shows them. */
    volatile boolean applying = true;
    final List<String> commands = new CopyOnWriteArrayList<>();

    ScriptedV1Charger(String brokerUri, String base, String statusText) throws MqttException {
        this.base = base;
        this.firstStatus = statusText;
        this.status = JsonParser.parseString(statusText).getAsJsonObject();
        client = new MqttAsyncClient(brokerUri, MqttAsyncClient.generateClientId(), new MemoryPersistence());
        client.setCallback(this);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options).waitForCompletion(WAIT_MILLIS);
        client.subscribe(base + "cmd/req", 1).waitForCompletion(WAIT_MILLIS);
    }

    /** Publishes the status every {@code periodMillis} from now on. */
    void startStatus(long periodMillis) {
        beating = beat.scheduleWithFixedDelay(this::publishStatus, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Falls silent. */
    void stopStatus() {
        ScheduledFuture<?> job = beating;
        if (job != null) {
            job.cancel(false);
        }
    }

    private void publishStatus() {
        String text;
        synchronized (status) {
            text = first ? firstStatus : status.toString();
            first = false;
        }
        try {
            client.publish(base + "status", text.getBytes(StandardCharsets.UTF_8), 0, false);
        } catch (MqttException e) {
            // the test fails on what is missing
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        String command = new String(message.getPayload(), StandardCharsets.UTF_8);
        commands.add(command);
        int equals = command.indexOf('=');
        if (applying && equals > 0) {
            synchronized (status) {
                status.addProperty(command.substring(0, equals), command.substring(equals + 1));
            }
        }
    }

    @Override
    public void connectionLost(@Nullable Throwable cause) {
        // the test fails on what is missing
    }

    @Override
    public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
        // nothing to do
    }

    @Override
    public void close() throws MqttException {
        beat.shutdownNow();
        if (client.isConnected()) {
            client.disconnect().waitForCompletion(WAIT_MILLIS);
        }
        client.close(true);
    }
}
