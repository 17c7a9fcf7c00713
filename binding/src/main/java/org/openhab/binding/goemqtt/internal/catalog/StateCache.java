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
 * The states last made from raw numbers, for one codec: a state is immutable, so the same raw number can be given the
 * same state again. A fraction is looked up by its {@link BigDecimal} (value and scale, {@link BigDecimal#equals}), a
 * whole number as sent without a fraction by its {@code long}; the two never stand for each other ({@code 23} and
 * {@code 23.0} are other texts and other states). Worth it for every quantity: the unit library narrows every number
 * it stores (for a fraction it throws and catches an exception twice per quantity, microseconds), while a charger
 * republishes the same readings (voltages, zero currents, temperatures in steps of 1/8 °C) again and again; and a
 * state reused is compared with the one before by identity.
 * <p>
 * Direct-mapped, a fixed number of slots, no locks: an entry is immutable and replaced whole, so threads that share
 * the codec see either an older entry (a miss) or a complete one.
 */
@NonNullByDefault
final class StateCache {

    /** Slots per codec: a power of two, enough for the values one reading wanders through. */
    static final int SLOTS = 64;

    /** {@code number} null: the entry of the whole number {@code whole}. */
    private record Entry(@Nullable BigDecimal number, long whole, State state) {
    }

    private final @Nullable Entry[] entries = new Entry[SLOTS];

    /** The state made before from exactly {@code number}; null when there is none. */
    @Nullable
    State get(BigDecimal number) {
        Entry entry = entries[slot(number.hashCode())];
        return entry != null && number.equals(entry.number) ? entry.state : null;
    }

    /** Remembers {@code state} as the state of {@code number}, in place of whatever shared its slot. */
    void put(BigDecimal number, State state) {
        entries[slot(number.hashCode())] = new Entry(number, 0, state);
    }

    /** The state made before from the whole number {@code whole} (sent without fraction); null when there is none. */
    @Nullable
    State get(long whole) {
        Entry entry = entries[slot(Long.hashCode(whole))];
        return entry != null && entry.number == null && entry.whole == whole ? entry.state : null;
    }

    /** Remembers {@code state} as the state of the whole number {@code whole}, in place of what shared its slot. */
    void put(long whole, State state) {
        entries[slot(Long.hashCode(whole))] = new Entry(null, whole, state);
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
