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

import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** Plain Paho clients of the harness: clean session, in-memory persistence, no automatic reconnect. */
@NonNullByDefault
final class MqttClients {

    static final long TIMEOUT_MILLIS = 30_000;

    private MqttClients() {
    }

    /** A connected client named {@code role-<random>}, its callback set before connecting. */
    static MqttAsyncClient connect(String uri, String role, MqttCallback callback, int maxInflight)
            throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(uri, role + "-" + UUID.randomUUID().toString().substring(0, 8),
                new MemoryPersistence());
        client.setCallback(callback);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setMaxInflight(maxInflight);
        options.setKeepAliveInterval(60);
        client.connect(options).waitForCompletion(TIMEOUT_MILLIS);
        return client;
    }

    /** Disconnects and releases the client; problems on the way out are of no interest to a figure. */
    static void close(MqttAsyncClient client) {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(TIMEOUT_MILLIS);
            }
        } catch (MqttException e) {
            // already gone
        }
        try {
            client.close();
        } catch (MqttException e) {
            // already closed
        }
    }
}
