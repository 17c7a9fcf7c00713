/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Which part of a key's value a row reads: the whole value, one array element ({@code nrg[11]}), one object field
 * ({@code ccw.ssid}; with alternatives, the first present, for keys whose field names changed between firmware
 * versions), one field of one array element ({@code cards[0].name}) or one element of an array inside an array
 * ({@code cec[1][0]}, the go-e Controller's counters per category).
 *
 * @param index the array element, or -1 for none
 * @param inner the element of that element (itself an array), or -1 for none
 * @param fields the object field names to try in order; empty for none
 */
@NonNullByDefault
public record Selector(int index, int inner, List<String> fields) {

    /** The whole value. */
    public static final Selector WHOLE = new Selector(-1, List.of());

    public Selector {
        fields = List.copyOf(fields);
    }

    public Selector(int index, List<String> fields) {
        this(index, -1, fields);
    }

    public static Selector index(int index) {
        return new Selector(index, List.of());
    }

    /** The first of {@code names} the object has. */
    public static Selector field(String... names) {
        return new Selector(-1, List.of(names));
    }

    public static Selector elementField(int index, String name) {
        return new Selector(index, List.of(name));
    }

    /** Element {@code inner} of the array at element {@code index}: {@code cec[1][0]}. */
    public static Selector elementIndex(int index, int inner) {
        return new Selector(index, inner, List.of());
    }

    /**
     * The selected part of {@code value}; null when the array is shorter or the object lacks every field (firmware
     * sends fewer sensors, other field names).
     *
     * @throws ShapeException when {@code value} is not an array or object where one is needed
     */
    @Nullable
    JsonElement select(JsonElement value) {
        JsonElement part = value;
        if (index >= 0) {
            if (!(part instanceof JsonArray array)) {
                throw new ShapeException("expected an array, got " + Json.describe(part));
            }
            if (index >= array.size()) {
                return null;
            }
            part = array.get(index);
        }
        if (inner >= 0 && !part.isJsonNull()) {
            if (!(part instanceof JsonArray array)) {
                throw new ShapeException("expected an array at [" + index + "], got " + Json.describe(part));
            }
            if (inner >= array.size()) {
                return null;
            }
            part = array.get(inner);
        }
        if (fields.isEmpty() || part.isJsonNull()) {
            return part;
        }
        if (!(part instanceof JsonObject object)) {
            throw new ShapeException("expected an object, got " + Json.describe(part));
        }
        for (String field : fields) {
            JsonElement found = object.get(field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The path of this part below {@code key}: {@code nrg[11]}, {@code dns.dns0|dns}, {@code cards[0].name}. */
    public String describe(String key) {
        StringBuilder path = new StringBuilder(key);
        if (index >= 0) {
            path.append('[').append(index).append(']');
        }
        if (inner >= 0) {
            path.append('[').append(inner).append(']');
        }
        if (!fields.isEmpty()) {
            path.append('.').append(String.join("|", fields));
        }
        return path.toString();
    }
}
