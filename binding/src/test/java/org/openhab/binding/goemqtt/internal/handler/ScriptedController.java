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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;

/**
 * A go-e Controller played by a plain MQTT client (a {@link ScriptedCharger} below the controller's base): publishes
 * the full status fixture retained, then its category powers ({@code ccp}) every 500 ms with a grid power the test
 * sets, and answers each set with {@code success} and the new value.
 */
@NonNullByDefault
public final class ScriptedController implements AutoCloseable {

    /** The fixture: a full controller status written from the documents' key table. */
    public static final String STATUS = "/controller/controller-status.txt";

    private final ScriptedCharger device;
    private volatile long gridWatts = -1240;

    public ScriptedController(String brokerUri, String base) throws MqttException {
        this.device = new ScriptedCharger(brokerUri, base, Map.of());
    }

    /** Publishes the status, then {@code ccp} with Home, Grid (as set), Car, Relais, Solar, Akku, Heat Pump. */
    public ScriptedController start() throws MqttException {
        device.publishLines(CaptureFile.readResource(STATUS));
        device.startBeat("ccp", () -> "[850.5," + gridWatts + ",3600,0,5200.25,-590,410,null,null,null,null,null,"
                + "null,null,null,null]");
        return this;
    }

    /** The grid power of the next readings, in W (negative: feeding in). */
    public void gridWatts(long watts) {
        gridWatts = watts;
    }

    /** The sets it received, {@code <key>=<payload>}, in order. */
    public java.util.List<String> sets() {
        return device.sets;
    }

    /** Falls silent. */
    public void stop() {
        device.stopHeartbeat();
    }

    @Override
    public void close() throws MqttException {
        device.close();
    }
}
