/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.controller;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.DoubleSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.tools.simulator.BaseTopic;
import org.openhab.binding.goemqtt.tools.simulator.ChargerConnection;
import org.openhab.binding.goemqtt.tools.simulator.DeviceEvents;
import org.openhab.binding.goemqtt.tools.simulator.SetAnswer;
import org.openhab.binding.goemqtt.tools.simulator.SimulatedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * One simulated go-e Controller on an MQTT broker, publishing as a charger does: one retained topic per key with a
 * JSON payload under {@code /go-eController/<serial>/} (or {@code go-eController/<serial>/}, or a custom prefix),
 * the whole set on connect, the measured keys on every {@link #tick}; {@code <base><key>/set} answered on
 * {@code <base><key>/result}. Its Car category follows what the simulated chargers draw (a supplier of their
 * power), so grid = house + car - PV - battery holds with the charging in the same simulation.
 *
 * <p>
 * Thread-safe: one lock for the state, never held while waiting on the network.
 */
@NonNullByDefault
public final class SimulatedController implements SimulatedDevice {

    private final Logger logger = LoggerFactory.getLogger(SimulatedController.class);
    private final String serial;
    private final ControllerModel model;
    private final String base;
    private final DoubleSupplier carPower;
    private final DeviceEvents events;
    private final ChargerConnection connection;
    private final Object stateLock = new Object();

    /**
     * @param carPower the chargers' present power in W, read on every tick
     * @param seed makes the noise of measured values repeatable
     */
    public SimulatedController(String serial, BaseTopic baseTopic, Clock clock, long seed, DoubleSupplier carPower,
            DeviceEvents events) {
        this.serial = serial;
        this.model = new ControllerModel(serial, clock.instant(), clock.getZone(), seed);
        this.base = baseTopic.forController(serial);
        this.carPower = carPower;
        this.events = events;
        this.connection = ChargerConnection.forSetTopics(serial, base, this::handleSet);
    }

    @Override
    public String serial() {
        return serial;
    }

    /** The base topic, e.g. {@code /go-eController/900001/}. */
    @Override
    public String baseTopic() {
        return base;
    }

    /** Connects, subscribes to {@code <base>+/set} and publishes every key retained; waits until connected. */
    @Override
    public void connect(String uri) throws MqttException {
        connection.open(uri);
        synchronized (stateLock) {
            Map<String, JsonElement> burst = model.snapshot();
            connection.publishKeys(base, burst);
            model.drainChanges();
            events.event(serial, "controller connected to " + uri + ", base topic " + base + ", " + burst.size()
                    + " retained keys published");
        }
    }

    @Override
    public boolean isConnected() {
        return connection.isConnected();
    }

    /** Waits until the broker has acknowledged everything published so far; false on timeout or when offline. */
    public boolean awaitPublished(Duration timeout) {
        return connection.awaitPublished(timeout);
    }

    @Override
    public void close() {
        if (connection.leave(false)) {
            events.event(serial, "controller disconnected");
        }
        connection.close();
    }

    /** Advances simulated time with the chargers' present power and publishes what changed. */
    @Override
    public void tick(Duration elapsed) {
        synchronized (stateLock) {
            model.tick(elapsed, carPower.getAsDouble());
            publishChanges();
        }
    }

    /** Handles a {@code /set} exactly as one arriving over MQTT: answers on {@code /result}, echoes the value. */
    public SetAnswer handleSet(String key, String payload) {
        synchronized (stateLock) {
            SetAnswer answer = model.handleSet(key, payload);
            connection.publishAnswer(base, key, answer);
            publishChanges();
            String shown = Secrets.text(key, payload);
            logger.debug("{} {}/set {} -> {}", serial, key, shown, answer);
            events.event(serial, "controller set " + key + " " + shown + " -> " + answer.text());
            return answer;
        }
    }

    /** Uses a fixed PV production instead of the sun (NaN: the sun again); shows from the next tick. */
    public void setPv(double watts) {
        synchronized (stateLock) {
            model.setPv(watts);
        }
    }

    /** Sets the battery's state of charge, 0 to 1; shows from the next tick. */
    public void setBatteryCharge(double fraction) {
        synchronized (stateLock) {
            model.setBatteryCharge(fraction);
        }
    }

    /** A category's power in W as last published, e.g. {@link ControllerModel#GRID}. */
    public double categoryPower(int category) {
        synchronized (stateLock) {
            return model.categoryPower(category);
        }
    }

    /** The JSON of a key's current value, or {@code null} when the controller has no such key. */
    public @Nullable String getValue(String key) {
        synchronized (stateLock) {
            return model.getValue(key);
        }
    }

    private void publishChanges() {
        connection.publishKeys(base, model.drainChanges());
    }
}
