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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * What a {@link Simulation} does with every simulated device, whatever its protocol: an API v2 charger, an API v1
 * charger or a controller.
 */
@NonNullByDefault
public interface SimulatedDevice extends AutoCloseable {

    String serial();

    /** The base topic, ending in {@code /}. */
    String baseTopic();

    /** Connects and subscribes to the device's command topics; waits until connected. */
    void connect(String uri) throws MqttException;

    boolean isConnected();

    /** Advances simulated time and publishes what the device publishes meanwhile. */
    void tick(Duration elapsed);

    /** Disconnects and releases the client for good. */
    @Override
    void close();
}
