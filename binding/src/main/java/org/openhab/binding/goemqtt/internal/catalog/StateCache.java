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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/**
 * The states last made from raw numbers, for one codec: a state is immutable, so the same raw number (value and
 * scale, {@link BigDecimal#equals}) can be given the same state again. Worth it for fractions: the unit library
 * narrows every number it stores and, for a fraction, throws and catches an exception twice per quantity
 * (microseconds), while a charger republishes the same readings (temperatures in steps of 1/8 °C) again and again.
 * <p>
 * Direct-mapped, a fixed number of slots, no locks: an entry is immutable and replaced whole, so threads that share
 * the codec see either an older entry (a miss) or a complete one.
 */
@NonNullByDefault
final class StateCache {

    /** Slots per codec: a power of two, enough for the values one reading wanders through. */
    static final int SLOTS = 64;

    private record Entry(BigDecimal number, State state) {
    }

    private final @Nullable Entry[] entries = new Entry[SLOTS];

    /** The state made before from exactly {@code number}; null when there is none. */
    @Nullable
    State get(BigDecimal number) {
        Entry entry = entries[slot(number)];
        return entry != null && entry.number.equals(number) ? entry.state : null;
    }

    /** Remembers {@code state} as the state of {@code number}, in place of whatever shared its slot. */
    void put(BigDecimal number, State state) {
        entries[slot(number)] = new Entry(number, state);
    }

    private static int slot(BigDecimal number) {
        int hash = number.hashCode();
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
