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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;

/**
 * A charger played by a plain MQTT client: publishes a captured retained dump below its base, its uptime
 * ({@code rbt}) twice a second while its heartbeat runs, and answers each {@code <base><key>/set} on
 * {@code <base><key>/result}, with a scripted refusal text for some payloads and {@code success} (plus the new value,
 * retained) for the rest.
 */
@NonNullByDefault
public final class ScriptedCharger implements MqttCallback, AutoCloseable {

    private static final long WAIT_MILLIS = 10_000;

    private final String brokerUri;
    private final String base;
    private final Map<String, String> refusals;
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong uptime = new AtomicLong(1_000_000);
    private volatile @Nullable ScheduledFuture<?> heartbeat;
    private volatile MqttAsyncClient client;
    public final List<String> sets = new CopyOnWriteArrayList<>();

    /**
     * @param refusals {@code <key>=<payload>} → the text to answer instead of success
     */
    public ScriptedCharger(String brokerUri, String base, Map<String, String> refusals) throws MqttException {
        this.brokerUri = brokerUri;
        this.base = base;
        this.refusals = Map.copyOf(refusals);
        this.client = connected();
    }

    /** Connects again with a fresh client (after the broker was restarted) and listens for sets. */
    public void reconnect() throws MqttException {
        MqttAsyncClient old = client;
        client = connected();
        old.close(true);
    }

    private MqttAsyncClient connected() throws MqttException {
        MqttAsyncClient fresh = new MqttAsyncClient(brokerUri, MqttAsyncClient.generateClientId(),
                new MemoryPersistence());
        fresh.setCallback(this);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setMaxInflight(1000); // a dump is 150 messages; acknowledgements may lag behind their tokens
        fresh.connect(options).waitForCompletion(WAIT_MILLIS);
        fresh.subscribe(base + "+/set", 1).waitForCompletion(WAIT_MILLIS);
        return fresh;
    }

    /** Publishes {@code rbt} every 500 ms from now on: the charger is alive. */
    public void startHeartbeat() {
        startBeat("rbt", () -> Long.toString(uptime.addAndGet(500)));
    }

    /** Publishes {@code <base><key>} = what {@code payload} gives every 500 ms from now on (a meter's readings). */
    public void startBeat(String key, Supplier<String> payload) {
        heartbeat = heart.scheduleWithFixedDelay(() -> {
            MqttAsyncClient client = this.client;
            if (client.isConnected()) {
                try {
                    client.publish(base + key, payload.get().getBytes(StandardCharsets.UTF_8), 0, false);
                } catch (MqttException e) {
                    // the broker is gone for a while: the test waits for it
                }
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** Falls silent, as a charger that lost its network. */
    public void stopHeartbeat() {
        ScheduledFuture<?> beating = heartbeat;
        if (beating != null) {
            beating.cancel(false);
        }
    }

    /** Publishes every line of a capture, retained, as a charger does after connecting. */
    public void publishDump(String capture) throws MqttException {
        publishLines(CaptureFile.read(capture));
    }

    /** Publishes those of {@code lines} below its base, retained, in their order. */
    public void publishLines(List<CaptureFile.Line> lines) throws MqttException {
        MqttAsyncClient client = this.client;
        for (CaptureFile.Line line : lines) {
            if (line.topic().startsWith(base)) {
                client.publish(line.topic(), line.payloadBytes(), 1, true).waitForCompletion(WAIT_MILLIS);
            }
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws MqttException {
        MqttAsyncClient client = this.client;
        String key = topic.substring(base.length(), topic.length() - "/set".length());
        String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
        sets.add(key + "=" + payload);
        String refusal = refusals.get(key + "=" + payload);
        // never wait inside the client's callback: its thread also delivers the acknowledgements
        if (refusal != null) {
            client.publish(base + key + "/result", refusal.getBytes(StandardCharsets.UTF_8), 1, false);
        } else {
            client.publish(base + key, message.getPayload(), 1, true);
            client.publish(base + key + "/result", "success".getBytes(StandardCharsets.UTF_8), 1, false);
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        // the test fails on missing answers
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // nothing to do
    }

    @Override
    public void close() throws MqttException {
        heart.shutdownNow();
        MqttAsyncClient client = this.client;
        if (client.isConnected()) {
            client.disconnect().waitForCompletion(WAIT_MILLIS);
        }
        client.close(true);
    }
}
