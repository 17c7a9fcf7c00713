/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Turns the values of {@code car}, {@code err}, {@code pha} and {@code psm} into events for the trigger channel
 * {@link ControlChannels#EVENT}, exactly one per transition, so rules need no bookkeeping. The first value of a
 * key only sets the baseline (a retained burst after a restart or reconnect is no transition); a repeated value
 * is none either.
 * <ul>
 * <li>{@code car}: 1 (idle) is "no car"; 2 (charging), 3 (waiting for the car), 4 (complete) are "car plugged
 * in"; 2 alone is "charging", and 1, 3, 4, 5 (error) are "not charging". 0 (unknown/error), 6 (initialising),
 * {@code null} and codes nobody documented say nothing: the last known state stands, so a car that stays plugged
 * in across a controller hiccup fires nothing.</li>
 * <li>{@code err}: 0 is "no error", any other code an error; {@code null} (controller unreachable) says nothing.
 * One error replaced by another fires the new code only.</li>
 * <li>{@code pha}: the phases live after the contactor (array elements 0–2, or bits 0–2 of the older number
 * form; elements/bits 3–5 are the phases before it). 0 live phases (contactor open) says nothing; a live count
 * different from the last one fires {@link #PHASES_SWITCHED}.</li>
 * <li>{@code psm}: the phase mode setting (0 auto, 1 one phase, 2 three phases); other codes say nothing.</li>
 * </ul>
 * Thread-safe.
 */
@NonNullByDefault
public final class TransitionTriggers {

    public static final String CAR_CONNECTED = "CAR_CONNECTED";
    public static final String CAR_DISCONNECTED = "CAR_DISCONNECTED";
    public static final String CHARGING_STARTED = "CHARGING_STARTED";
    public static final String CHARGING_STOPPED = "CHARGING_STOPPED";
    /** Followed by the {@code err} code, e.g. {@code ERROR_RAISED:5}. */
    public static final String ERROR_RAISED = "ERROR_RAISED:";
    public static final String ERROR_CLEARED = "ERROR_CLEARED";
    /** Followed by the number of live phases, e.g. {@code PHASES_SWITCHED:1}. */
    public static final String PHASES_SWITCHED = "PHASES_SWITCHED:";
    /** Followed by {@code AUTO}, {@code 1} or {@code 3}, e.g. {@code PHASE_MODE_CHANGED:AUTO}. */
    public static final String PHASE_MODE_CHANGED = "PHASE_MODE_CHANGED:";

    /** The keys whose values matter here. */
    public static final Set<String> KEYS = Set.of("car", "err", "pha", "psm");

    private static final Map<Long, String> PHASE_MODES = Map.of(0L, "AUTO", 1L, "1", 2L, "3");
    private static final int LIVE_PHASE_BITS = 3;

    // guarded by this; null = not known yet
    private @Nullable Boolean carPresent;
    private @Nullable Boolean charging;
    private @Nullable Long error;
    private @Nullable Integer livePhases;
    private @Nullable String phaseMode;

    /** The events {@code value} of {@code key} causes, in the order to fire them; empty for other keys. */
    public List<String> accept(String key, JsonElement value) {
        // every value of the charger comes here: other keys cost no lock and no list
        return KEYS.contains(key) ? transitions(key, value) : List.of();
    }

    private synchronized List<String> transitions(String key, JsonElement value) {
        List<String> events = new ArrayList<>(2);
        switch (key) {
            case "car" -> car(JsonValues.integral(value), events);
            case "err" -> error(JsonValues.integral(value), events);
            case "pha" -> phases(livePhases(value), events);
            default -> phaseMode(JsonValues.integral(value), events);
        }
        return events;
    }

    private void car(OptionalLong code, List<String> events) {
        if (code.isEmpty()) {
            return;
        }
        long car = code.getAsLong();
        Boolean present = car == 1 ? Boolean.FALSE : car >= 2 && car <= 4 ? Boolean.TRUE : null;
        Boolean nowCharging = car == 2 ? Boolean.TRUE : car >= 1 && car <= 5 ? Boolean.FALSE : null;
        Boolean wasPresent = carPresent;
        Boolean wasCharging = charging;
        if (Boolean.TRUE.equals(present) && Boolean.FALSE.equals(wasPresent)) {
            events.add(CAR_CONNECTED);
        }
        if (nowCharging != null && wasCharging != null && !nowCharging.equals(wasCharging)) {
            events.add(nowCharging ? CHARGING_STARTED : CHARGING_STOPPED);
        }
        if (Boolean.FALSE.equals(present) && Boolean.TRUE.equals(wasPresent)) {
            events.add(CAR_DISCONNECTED);
        }
        if (present != null) {
            carPresent = present;
        }
        if (nowCharging != null) {
            charging = nowCharging;
        }
    }

    private void error(OptionalLong code, List<String> events) {
        if (code.isEmpty()) {
            return;
        }
        long now = code.getAsLong();
        Long before = error;
        error = now;
        if (before == null || before == now) {
            return;
        }
        events.add(now == 0 ? ERROR_CLEARED : ERROR_RAISED + now);
    }

    private void phases(@Nullable Integer live, List<String> events) {
        if (live == null || live == 0) {
            return;
        }
        Integer before = livePhases;
        livePhases = live;
        if (before != null && !before.equals(live)) {
            events.add(PHASES_SWITCHED + live);
        }
    }

    private void phaseMode(OptionalLong code, List<String> events) {
        String mode = code.isPresent() ? PHASE_MODES.get(code.getAsLong()) : null;
        if (mode == null) {
            return;
        }
        String before = phaseMode;
        phaseMode = mode;
        if (before != null && !before.equals(mode)) {
            events.add(PHASE_MODE_CHANGED + mode);
        }
    }

    /** How many phases are live after the contactor; null when {@code pha} cannot be read. */
    static @Nullable Integer livePhases(JsonElement value) {
        if (value instanceof JsonArray flags) {
            if (flags.size() < LIVE_PHASE_BITS) {
                return null;
            }
            int live = 0;
            for (int i = 0; i < LIVE_PHASE_BITS; i++) {
                if (!(flags.get(i) instanceof JsonPrimitive flag)) {
                    return null;
                }
                boolean on = flag.isBoolean() ? flag.getAsBoolean() : JsonValues.integral(flag).orElse(0) != 0;
                live += on ? 1 : 0;
            }
            return live;
        }
        OptionalLong bits = JsonValues.integral(value);
        return bits.isPresent() ? Long.bitCount(bits.getAsLong() & 0b111) : null;
    }
}
