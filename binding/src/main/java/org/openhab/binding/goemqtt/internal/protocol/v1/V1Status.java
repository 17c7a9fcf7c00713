/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;

/**
 * One status object of an API v1 charger, read: its members in the order sent, and the members left out (a name
 * that cannot be a key, a value nested too deep). The values are as sent: JSON strings for nearly every key
 * ({@code "amp": "16"}), arrays for {@code nrg}, numbers for a few.
 *
 * @param values the members, in the order of the object
 * @param dropped why members were left out, one text each; empty for a clean status
 */
@NonNullByDefault
public record V1Status(Map<String, JsonElement> values, List<String> dropped) {

    public V1Status {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        dropped = List.copyOf(dropped);
    }

    /** The value of {@code key}, null when the status has none. */
    public @Nullable JsonElement get(String key) {
        return values.get(key);
    }

    /** {@code key}'s value as text ({@code "16"} and {@code 16} both give {@code 16}); null: absent or not plain. */
    public @Nullable String text(String key) {
        JsonElement value = values.get(key);
        return value == null ? null : V1Commands.plainText(value);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }
}
