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

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;

/**
 * The keys a simulated v2-style device (charger or controller) publishes, one retained topic each, in the order of
 * its retained burst, and which of them changed since they were last published. Not thread-safe.
 */
@NonNullByDefault
public final class PublishedKeys {

    private final Map<String, JsonElement> values;
    private final Set<String> changed = new LinkedHashSet<>();

    /** Starts with these keys and values (kept, not copied), none counted as changed. */
    public PublishedKeys(Map<String, JsonElement> initial) {
        this.values = initial;
    }

    /** An empty set of keys. */
    public PublishedKeys() {
        this(new LinkedHashMap<>());
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The value itself (not a copy), or {@code null} when there is no such key. */
    public @Nullable JsonElement peek(String key) {
        return values.get(key);
    }

    /** Stores a value and counts it as changed even when it is equal: the echo of a set; adds an unknown key. */
    public void set(String key, JsonElement value) {
        values.put(key, value.deepCopy());
        changed.add(key);
    }

    /** Stores a new value of a known key and counts it as changed when it differs; unknown keys are dropped. */
    public void update(String key, JsonElement value) {
        JsonElement old = values.get(key);
        if (old != null && !old.equals(value)) {
            values.put(key, value);
            changed.add(key);
        }
    }

    /** Forgets what changed so far (after the start, whose values go out in the burst). */
    public void clearChanges() {
        changed.clear();
    }

    /** Every key with a copy of its value, in the order of the retained burst. */
    public Map<String, JsonElement> snapshot() {
        Map<String, JsonElement> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(key, value.deepCopy()));
        return copy;
    }

    /** The keys changed since the last call, with copies of their values, in order of change. */
    public Map<String, JsonElement> drainChanges() {
        Map<String, JsonElement> out = new LinkedHashMap<>();
        for (String key : changed) {
            JsonElement value = values.get(key);
            if (value != null) {
                out.put(key, value.deepCopy());
            }
        }
        changed.clear();
        return out;
    }
}
