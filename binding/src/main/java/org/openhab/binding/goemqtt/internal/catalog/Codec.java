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

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;

/**
 * How one key (or part of a key) becomes an openHAB state, and a command becomes the key's JSON value. The catalog
 * hands {@link #decode} only non-null JSON (JSON {@code null} is UNDEF before any codec sees it).
 */
@NonNullByDefault
public interface Codec {

    /** How a codec depends on the charger's uptime ({@code rbt}). */
    enum BootTime {
        /** Not at all. */
        NONE,
        /** A fixed moment counted from boot: decode again once {@code rbt} becomes known. */
        ONCE,
        /** A duration that grows with uptime: decode again whenever {@code rbt} arrives. */
        CONTINUOUS
    }

    /**
     * @throws ShapeException when the value has the wrong shape
     */
    State decode(JsonElement value, DecodeContext context);

    /**
     * @throws CommandRefusal when the command has the wrong type or a value the key cannot take
     */
    default JsonElement encode(Command command) {
        throw new CommandRefusal("cannot be written");
    }

    /** The unit of the JSON numbers (source unit and scale), for quantities; null otherwise. */
    default @Nullable Unit<?> unit() {
        return null;
    }

    /** The code list of an enumerated key; null otherwise. */
    default @Nullable CodeList codes() {
        return null;
    }

    default BootTime bootTime() {
        return BootTime.NONE;
    }

    /** False for values that are never shown (secrets): the catalog knows the key but gives it no state. */
    default boolean shown() {
        return true;
    }
}
