/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.types;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * States with the instant each applies to (history or forecast), kept in order of their instants, and how
 * persistence treats them ({@link Policy}). Only the members both openHAB lines have identically are declared.
 */
@NonNullByDefault
public class TimeSeries {

    private final Policy policy;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param policy whether persistence adds the entries or replaces what it holds in their span
     */
    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    /** @return how persistence treats the entries */
    public Policy getPolicy() {
        return policy;
    }

    /** @return the instant of the earliest entry, {@link Instant#MAX} when there is none */
    public Instant getBegin() {
        synchronized (entries) {
            return entries.isEmpty() ? Instant.MAX : entries.get(0).timestamp();
        }
    }

    /** @return the instant of the latest entry, {@link Instant#MIN} when there is none */
    public Instant getEnd() {
        synchronized (entries) {
            return entries.isEmpty() ? Instant.MIN : entries.get(entries.size() - 1).timestamp();
        }
    }

    /** @return how many entries there are */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /**
     * Adds an entry in the order of its instant; one with the instant of an existing entry is ignored, as
     * openHAB's set of entries keyed by instant does.
     *
     * @param timestamp the instant the state applies to
     * @param state the state
     */
    public void add(Instant timestamp, State state) {
        Entry entry = new Entry(timestamp, state);
        synchronized (entries) {
            int at = 0;
            while (at < entries.size() && entries.get(at).timestamp().isBefore(timestamp)) {
                at++;
            }
            if (at == entries.size() || !entries.get(at).timestamp().equals(timestamp)) {
                entries.add(at, entry);
            }
        }
    }

    /** @return the entries, earliest first (a copy: later additions do not show) */
    public Stream<Entry> getStates() {
        synchronized (entries) {
            return List.copyOf(entries).stream();
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.getClass() != getClass()) {
            return false;
        }
        TimeSeries series = (TimeSeries) other;
        return policy == series.policy && getStates().toList().equals(series.getStates().toList());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getStates().toList(), policy);
    }

    /**
     * One state and the instant it applies to.
     *
     * @param timestamp the instant
     * @param state the state
     */
    public record Entry(Instant timestamp, State state) {
    }

    /** How persistence treats a series. */
    public enum Policy {
        /** Stored in addition to what is persisted. */
        ADD,
        /** Replaces what is persisted between the first and the last entry. */
        REPLACE
    }
}
