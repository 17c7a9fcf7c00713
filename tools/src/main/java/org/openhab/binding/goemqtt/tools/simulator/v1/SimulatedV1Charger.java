/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.v1;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.tools.simulator.BaseTopic;
import org.openhab.binding.goemqtt.tools.simulator.ChargerConnection;
import org.openhab.binding.goemqtt.tools.simulator.DeviceEvents;
import org.openhab.binding.goemqtt.tools.simulator.JsonValues;
import org.openhab.binding.goemqtt.tools.simulator.SimulatedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * One simulated API v1 charger (hardware V2, firmware 041.0) on an MQTT broker: it publishes its whole status as
 * one JSON object on {@code <base>status} when it connects and then once every status period (5 s as the firmware;
 * shorter for tests) of simulated time, and takes {@code key=value} commands on {@code <base>cmd/req}. There is no
 * answer topic: an accepted command shows in the next status, an invalid one is ignored. The status is not
 * retained (an assumption: the key table's MQTT section says nothing about it).
 *
 * <p>
 * Time moves only in {@link #tick}. Thread-safe: one lock for the state, never held while waiting on the network.
 */
@NonNullByDefault
public final class SimulatedV1Charger implements SimulatedDevice {

    /** The firmware's status period. */
    public static final Duration STATUS_PERIOD = Duration.ofSeconds(5);

    private final Logger logger = LoggerFactory.getLogger(SimulatedV1Charger.class);
    private final V1ChargerModel model;
    private final String base;
    private final Duration period;
    private final DeviceEvents events;
    private final ChargerConnection connection;
    private final Object stateLock = new Object();
    private Duration sinceStatus = Duration.ZERO;
    /** The status document published last (guarded by {@code stateLock}). */
    private @Nullable JsonObject published;

    /**
     * @param period how much simulated time passes between two status documents
     * @param seed makes the noise of measured values repeatable
     */
    public SimulatedV1Charger(String serial, BaseTopic baseTopic, Duration period, Clock clock, long seed,
            DeviceEvents events) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the status period must be positive: " + period);
        }
        this.model = new V1ChargerModel(serial, clock.instant(), clock.getZone(), seed);
        this.base = baseTopic.forSerial(serial);
        this.period = period;
        this.events = events;
        this.connection = new ChargerConnection(serial, base + "cmd/req", (topic, payload) -> command(payload));
    }

    @Override
    public String serial() {
        return model.serial();
    }

    /** The base topic, e.g. {@code /go-eCharger/000001/}; the status goes to {@code <base>status}. */
    @Override
    public String baseTopic() {
        return base;
    }

    /** Connects, subscribes to {@code <base>cmd/req} and publishes the status once; waits until connected. */
    @Override
    public void connect(String uri) throws MqttException {
        connection.open(uri);
        synchronized (stateLock) {
            publishStatus();
            events.event(serial(), "connected to " + uri + ", API v1 firmware " + V1ChargerModel.FIRMWARE
                    + ", status every " + period.toMillis() + " ms on " + base + "status");
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

    /** Drops off the network without a DISCONNECT packet: no status, no commands until {@link #connect}. */
    public void goSilent() {
        if (connection.leave(true)) {
            events.event(serial(), "dropped off the broker");
        }
    }

    @Override
    public void close() {
        if (connection.leave(false)) {
            events.event(serial(), "disconnected");
        }
        connection.close();
    }

    /** Advances simulated time; publishes the status each time a period is complete. */
    @Override
    public void tick(Duration elapsed) {
        synchronized (stateLock) {
            model.tick(elapsed);
            sinceStatus = sinceStatus.plus(elapsed);
            if (sinceStatus.compareTo(period) >= 0) {
                sinceStatus = Duration.ZERO;
                publishStatus();
            }
        }
    }

    /** Handles one {@code cmd/req} payload as one arriving over MQTT; null when accepted, else why ignored. */
    public @Nullable String command(String payload) {
        synchronized (stateLock) {
            String problem = model.command(payload);
            String shown = shown(payload);
            logger.debug("{} cmd/req {} -> {}", serial(), shown, problem == null ? "accepted" : problem);
            events.event(serial(), "cmd/req " + shown + " -> " + (problem == null ? "accepted" : "ignored, " + problem));
            return problem;
        }
    }

    /** Plugs a car in. */
    public void plugIn() {
        synchronized (stateLock) {
            model.plugIn();
        }
    }

    /** Unplugs the car. */
    public void unplug() {
        synchronized (stateLock) {
            model.unplug();
        }
    }

    /** Sets the fault code {@code err} (0 clears it). */
    public void setError(int code) {
        synchronized (stateLock) {
            model.setError(code);
        }
    }

    /** A status value as text, e.g. {@code "16"} for {@code amp}, or {@code null} when the document has none. */
    public @Nullable String value(String key) {
        synchronized (stateLock) {
            return model.value(key);
        }
    }

    /**
     * A value of the status document published last, as {@link #value} gives it, or {@code null} before the first
     * or when that document has no such key; e.g. its {@code rbt} tells whether a client has seen it.
     */
    public @Nullable String publishedValue(String key) {
        synchronized (stateLock) {
            JsonObject last = published;
            return last == null ? null : V1ChargerModel.value(last, key);
        }
    }

    /** The status document as it would be published now. */
    public String statusJson() {
        synchronized (stateLock) {
            return JsonValues.toJson(model.status());
        }
    }

    /** The power the charger draws now in W ({@code nrg[11]} is in 0.01 kW). */
    public double power() {
        synchronized (stateLock) {
            return model.status().get("nrg").getAsJsonArray().get(11).getAsDouble() * 10;
        }
    }

    /** How often {@code amp} was written to flash. */
    public int flashWrites() {
        synchronized (stateLock) {
            return model.flashWrites();
        }
    }

    private void publishStatus() {
        JsonObject status = model.status();
        published = status;
        connection.publish(base + "status", JsonValues.toJson(status), false);
    }

    /** A command as it may be shown: the value of a secret key masked. */
    private static String shown(String payload) {
        int equals = payload.indexOf('=');
        return equals <= 0 ? payload
                : payload.substring(0, equals + 1)
                        + Secrets.text(payload.substring(0, equals).trim(), payload.substring(equals + 1));
    }
}
