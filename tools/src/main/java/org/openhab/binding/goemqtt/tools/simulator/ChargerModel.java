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
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The state of one simulated charger without any MQTT: its values, the {@code /set} logic, the timers of
 * {@code tcl} (10 minutes) and {@code ids} (10 seconds), and simulated time that only moves in {@link #tick}.
 * Not thread-safe: {@link SimulatedCharger} serialises all calls.
 */
@NonNullByDefault
public final class ChargerModel {

    /** {@code tcl} resets after this long without being set again. */
    public static final Duration TCL_LIFETIME = Duration.ofMinutes(10);
    /** {@code ids} values (read back as pgrid/ppv/pakku) count for this long after a set. */
    public static final Duration IDS_LIFETIME = Duration.ofSeconds(10);

    private final String serial;
    private final FirmwareProfile profile;
    private final PublishedKeys values;
    private final Map<String, JsonElement> unpublished = new HashMap<>();
    private final ChargerPhysics physics;
    private @Nullable Instant tclSetAt;
    private @Nullable Instant idsSetAt;
    private boolean plugged;
    private int error;

    public ChargerModel(String serial, FirmwareProfile profile, Instant start, ZoneId zone, long seed) {
        this.serial = serial;
        this.profile = profile;
        this.values = new PublishedKeys(profile.initialValues());
        unpublished.put("fna", new JsonPrimitive("go-echarger_" + serial));
        unpublished.put("mcr", new JsonPrimitive(false));
        unpublished.put("ids", JsonValues.nullValue());
        this.physics = new ChargerPhysics(this, start, zone, seed);
        physics.update(Duration.ZERO);
        values.clearChanges();
    }

    public String serial() {
        return serial;
    }

    /**
     * Makes the keys that name a charger (serial number, host and friendly name, MQTT topic prefix) name this one, where the
     * profile publishes them: the profile's values name the captured charger.
     */
    public void identify(String baseTopic) {
        String prefix = baseTopic.endsWith("/") ? baseTopic.substring(0, baseTopic.length() - 1) : baseTopic;
        String name = "go-echarger_" + serial;
        Map<String, String> names = Map.of("sse", serial, "host", name, "fna", name, "mtp", prefix);
        names.forEach((key, value) -> values.update(key, new JsonPrimitive(value)));
    }

    public FirmwareProfile profile() {
        return profile;
    }

    /** The simulated time. */
    public Instant now() {
        return physics.now();
    }

    /** The JSON of a key's current value (published or settable), or {@code null} when the charger has none. */
    public @Nullable String getValue(String key) {
        JsonElement value = get(key);
        return value == null ? null : JsonValues.toJson(value);
    }

    /** A key's current value, or {@code null} when the charger has no such key. */
    public @Nullable JsonElement get(String key) {
        JsonElement value = values.has(key) ? values.peek(key) : unpublished.get(key);
        return value == null ? null : value.deepCopy();
    }

    /**
     * Sets a value as the charger's own logic or app would, bypassing {@code /set} checks (still starting the
     * {@code tcl}/{@code ids} timers). Derived keys such as {@code car} or {@code nrg} are recomputed next tick.
     *
     * @throws IllegalArgumentException when the text is not JSON or the firmware has no such key
     */
    public void setValue(String key, String json) {
        if (!values.has(key) && !unpublished.containsKey(key)) {
            throw new IllegalArgumentException("firmware " + profile + " has no key " + key);
        }
        try {
            apply(key, JsonValues.parse(json));
        } catch (JsonValues.InvalidJsonException e) {
            throw new IllegalArgumentException("not JSON (" + e.getMessage() + "): " + json, e);
        }
    }

    /** Handles {@code <base><key>/set} with this payload as the firmware does. */
    public SetAnswer handleSet(String key, String payload) {
        if (!writesAllowed()) {
            return new SetAnswer(SetAnswer.Outcome.IGNORED, "MQTT writes are off (mcr=true)", false);
        }
        JsonElement value;
        try {
            value = JsonValues.parse(payload);
        } catch (JsonValues.InvalidJsonException e) {
            return rejected(WriteRules.invalidJson(e.errorName(), payload));
        }
        boolean known = values.has(key) || profile.unpublishedSettableKeys().contains(key);
        WriteRules.Rule rule = WriteRules.ruleFor(key);
        if (!known) {
            return rejected(WriteRules.unknownKey(key, payload));
        }
        if (rule == null) {
            return rejected(WriteRules.withoutSetter(key, payload));
        }
        String problem = WriteRules.check(rule, value, payload);
        if (problem != null) {
            return rejected(problem);
        }
        apply(key, value);
        return new SetAnswer(SetAnswer.Outcome.ACCEPTED, "success", profile.answersResult());
    }

    private SetAnswer rejected(String text) {
        return new SetAnswer(SetAnswer.Outcome.REJECTED, text, profile.answersResult());
    }

    /** Stores an accepted value; a published key goes out again even when unchanged (the echo of a set). */
    private void apply(String key, JsonElement value) {
        if ("tcl".equals(key)) {
            tclSetAt = value.isJsonNull() ? null : now();
        } else if ("ids".equals(key) && value.isJsonObject()) {
            idsSetAt = now();
            physics.surplusReported(value.getAsJsonObject());
        }
        if (values.has(key)) {
            values.set(key, value);
        } else {
            unpublished.put(key, value.deepCopy());
        }
    }

    /** Whether {@code /set} is obeyed: {@code mcr} ("MQTT read-only") is false. */
    public boolean writesAllowed() {
        return !JsonValues.asBoolean(get("mcr"), false);
    }

    /** Turns MQTT writes on or off, as the app's switch does ({@code mcr} = !allowed). */
    public void setWritesAllowed(boolean allowed) {
        apply("mcr", new JsonPrimitive(!allowed));
    }

    /** A car is plugged in: {@code car} becomes 3 (waiting) now and 2 (charging) next tick if allowed. */
    public void plugIn() {
        if (!plugged) {
            plugged = true;
            physics.sessionStarted();
        }
    }

    /** The car is unplugged: the session ends, {@code car} becomes 1 and the power 0 at once. */
    public void unplug() {
        if (plugged) {
            plugged = false;
            physics.update(Duration.ZERO);
        }
    }

    public boolean isPlugged() {
        return plugged;
    }

    /** Sets the fault code ({@code err}); anything but 0 stops charging and shows {@code car} 5. */
    public void setError(int code) {
        error = code;
        physics.update(Duration.ZERO);
    }

    public int error() {
        return error;
    }

    /** Advances simulated time by one second. */
    public void tick() {
        tick(Duration.ofSeconds(1));
    }

    /** Advances simulated time: timers expire, energy grows, the charging logic runs. */
    public void tick(Duration elapsed) {
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("time runs forward only: " + elapsed);
        }
        physics.advance(elapsed);
        Instant now = now();
        Instant tcl = tclSetAt;
        if (tcl != null && !now.isBefore(tcl.plus(TCL_LIFETIME))) {
            tclSetAt = null;
            put("tcl", JsonValues.nullValue());
        }
        Instant ids = idsSetAt;
        if (ids != null && !now.isBefore(ids.plus(IDS_LIFETIME))) {
            idsSetAt = null;
            put("pgrid", JsonValues.nullValue());
            put("ppv", JsonValues.nullValue());
            put("pakku", JsonValues.nullValue());
        }
        physics.update(elapsed);
    }

    /** Whether PV-surplus values arrived within the last {@link #IDS_LIFETIME}. */
    boolean surplusFresh() {
        return idsSetAt != null;
    }

    /** Every published key with its current value, in the order of the retained burst. */
    public Map<String, JsonElement> snapshot() {
        return values.snapshot();
    }

    /** The published keys changed since the last call, with their values, in order of change. */
    public Map<String, JsonElement> drainChanges() {
        return values.drainChanges();
    }

    /**
     * Stores a value of a published key and records a change when it differs; keys this firmware does not publish
     * are dropped, so the physics can write every key any firmware has.
     */
    void put(String key, JsonElement value) {
        values.update(key, value);
    }

    /** The raw current value of a key for the physics, without copying. */
    @Nullable
    JsonElement peek(String key) {
        return values.has(key) ? values.peek(key) : unpublished.get(key);
    }
}
