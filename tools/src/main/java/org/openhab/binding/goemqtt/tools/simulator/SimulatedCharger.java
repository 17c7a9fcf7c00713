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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * One simulated go-e charger on an MQTT broker (Paho over TCP, so any broker will do). On connect it publishes
 * one retained message per key, then the keys that change on every {@link #tick}; it answers
 * {@code <base><key>/set} on {@code <base><key>/result} (from firmware 051.5) and echoes accepted values.
 *
 * <p>
 * Time moves only in {@link #tick()}: tests call it directly, {@link Simulation#startRealTime} calls it once a
 * second. All methods are thread-safe. Two locks: connecting and disconnecting hold the connection's monitor
 * while they wait on the network; the state lock is only held for work that never waits, so Paho's callback
 * thread (which takes the state lock for a {@code /set}) can always finish and Paho can always complete a
 * connect or disconnect.
 */
@NonNullByDefault
public final class SimulatedCharger implements SimulatedDevice {

    /** QoS of every message the charger sends; retained QoS 0 messages are not kept by every broker. */
    public static final int QOS = ChargerConnection.QOS;

    private final Logger logger = LoggerFactory.getLogger(SimulatedCharger.class);
    private final ChargerModel model;
    private final String base;
    private final ChargerListener listener;
    private final ChargerConnection connection;
    private final Object stateLock = new Object();
    private int carState;

    /**
     * A charger with the given firmware profile and base topic whose simulated time starts at the clock's
     * instant (and zone, for {@code loc}); {@code seed} makes the noise of measured values repeatable.
     */
    public SimulatedCharger(String serial, FirmwareProfile profile, BaseTopic baseTopic, Clock clock, long seed,
            ChargerListener listener) {
        this.model = new ChargerModel(serial, profile, clock.instant(), clock.getZone(), seed);
        this.base = baseTopic.forSerial(serial);
        model.identify(base);
        this.listener = listener;
        this.connection = ChargerConnection.forSetTopics(serial, base, this::handleSet);
        this.carState = (int) JsonValues.asDouble(model.peek("car"), 1);
    }

    /** A charger on the real firmware's base topic, starting now, without a listener. */
    public SimulatedCharger(String serial, FirmwareProfile profile) {
        this(serial, profile, BaseTopic.SLASH, Clock.systemDefaultZone(), serial.hashCode(), ChargerListener.NONE);
    }

    @Override
    public String serial() {
        return model.serial();
    }

    /** The base topic, ending in {@code /}, e.g. {@code /go-eCharger/000001/}. */
    @Override
    public String baseTopic() {
        return base;
    }

    public FirmwareProfile profile() {
        return model.profile();
    }

    /** Connects, subscribes to {@code <base>+/set} and publishes the retained burst; waits until connected. */
    @Override
    public void connect(String uri) throws MqttException {
        connection.open(uri);
        synchronized (stateLock) {
            Map<String, JsonElement> burst = model.snapshot();
            connection.publishKeys(base, burst);
            model.drainChanges();
            logger.debug("{} connected to {}, published {} retained keys", serial(), uri, burst.size());
            listener.connected(this, uri, burst.size());
        }
    }

    /**
     * Waits until the broker has acknowledged everything this charger published so far, e.g. the retained burst
     * before a test subscribes.
     *
     * @return false when the timeout passed first or the charger is not connected
     */
    public boolean awaitPublished(Duration timeout) {
        return connection.awaitPublished(timeout);
    }

    @Override
    public boolean isConnected() {
        return connection.isConnected();
    }

    /** Drops off the network: the connection ends without a DISCONNECT packet, nothing more is sent or answered. */
    public void goSilent() {
        if (connection.leave(true)) {
            listener.disconnected(this, true);
        }
    }

    /** Reconnects after {@link #goSilent()} and publishes the full retained burst again, as firmware does. */
    public void comeBack() throws MqttException {
        String uri = connection.brokerUri();
        if (uri == null) {
            throw new IllegalStateException(serial() + " was never connected");
        }
        if (!isConnected()) {
            connect(uri);
        }
    }

    /** Disconnects cleanly; {@link #connect} may follow. */
    public void disconnect() {
        if (connection.leave(false)) {
            listener.disconnected(this, false);
        }
    }

    /** Disconnects and releases the client for good. */
    @Override
    public void close() {
        disconnect();
        connection.close();
    }

    /** Advances simulated time by one second and publishes what changed. */
    public void tick() {
        tick(Duration.ofSeconds(1));
    }

    /** Advances simulated time and publishes what changed. */
    @Override
    public void tick(Duration elapsed) {
        synchronized (stateLock) {
            model.tick(elapsed);
            publishChanges();
        }
    }

    /** Plugs a car in ({@code car} 3 now, 2 on the next tick when charging is allowed). */
    public void plugIn() {
        synchronized (stateLock) {
            model.plugIn();
            publishChanges();
        }
    }

    /** Unplugs the car: the session ends ({@code car} 1, no power). */
    public void unplug() {
        synchronized (stateLock) {
            model.unplug();
            publishChanges();
        }
    }

    /** Sets the fault code {@code err} (0 clears it). */
    public void setError(int code) {
        synchronized (stateLock) {
            model.setError(code);
            publishChanges();
        }
    }

    /** Allows or forbids {@code /set} over MQTT ({@code mcr} = !allowed); forbidden sets get no answer at all. */
    public void setWritesAllowed(boolean allowed) {
        synchronized (stateLock) {
            model.setWritesAllowed(allowed);
            publishChanges();
        }
    }

    /**
     * Changes a value as the charger itself would (no checks), and publishes it if the firmware publishes the key.
     *
     * @throws IllegalArgumentException when {@code json} is not JSON or the firmware has no such key
     */
    public void setValue(String key, String json) {
        synchronized (stateLock) {
            model.setValue(key, json);
            publishChanges();
        }
    }

    /** The JSON of a key's current value, or {@code null} when the charger has no such key. */
    public @Nullable String getValue(String key) {
        synchronized (stateLock) {
            return model.getValue(key);
        }
    }

    /** The power the charger draws now in W ({@code nrg[11]}). */
    public double power() {
        synchronized (stateLock) {
            JsonElement nrg = model.get("nrg");
            return nrg != null && nrg.isJsonArray() && nrg.getAsJsonArray().size() > 11
                    ? JsonValues.asDouble(nrg.getAsJsonArray().get(11), 0)
                    : 0;
        }
    }

    /** The simulated time. */
    public Instant now() {
        synchronized (stateLock) {
            return model.now();
        }
    }

    /**
     * Handles a {@code /set} exactly as one arriving over MQTT: publishes the answer on {@code /result} (if this
     * firmware answers) and the echo, and returns the answer.
     */
    public SetAnswer handleSet(String key, String payload) {
        synchronized (stateLock) {
            SetAnswer answer = model.handleSet(key, payload);
            connection.publishAnswer(base, key, answer);
            publishChanges();
            logger.debug("{} {}/set {} -> {}", serial(), key, Secrets.text(key, payload), answer);
            listener.setHandled(this, key, payload, answer);
            return answer;
        }
    }

    private void publishChanges() {
        Map<String, JsonElement> changes = model.drainChanges();
        connection.publishKeys(base, changes);
        JsonElement car = changes.get("car");
        if (car != null) {
            int next = (int) JsonValues.asDouble(car, carState);
            if (next != carState) {
                int previous = carState;
                carState = next;
                listener.carStateChanged(this, previous, next);
            }
        }
    }
}
