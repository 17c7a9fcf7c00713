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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The latest values of the PV input channels, each with its arrival time, in watts with the sign convention of
 * {@link PvInput}: grid positive = drawing from the grid, battery positive = discharging. Immutable: {@link #with}
 * and {@link #without} return a new reading.
 *
 * @param samples the values received, by input
 */
@NonNullByDefault
public record MeterReading(Map<PvInput, Sample> samples) {

    /** One value and when it arrived. */
    public record Sample(BigDecimal watts, Instant at) {

        /** Whether it is at most {@code maxAge} old at {@code now}, as {@link PvFeed} counts freshness. */
        public boolean freshAt(Instant now, Duration maxAge) {
            return Duration.between(at, now).compareTo(maxAge) <= 0;
        }
    }

    public MeterReading {
        Map<PvInput, Sample> copy = new EnumMap<>(PvInput.class);
        copy.putAll(samples);
        samples = Collections.unmodifiableMap(copy);
    }

    /** Nothing received yet. */
    public static MeterReading empty() {
        return new MeterReading(Map.of());
    }

    /** This reading with {@code input} set to {@code watts}, arrived at {@code at}. */
    public MeterReading with(PvInput input, BigDecimal watts, Instant at) {
        Map<PvInput, Sample> changed = new EnumMap<>(PvInput.class);
        changed.putAll(samples);
        changed.put(input, new Sample(watts, at));
        return new MeterReading(changed);
    }

    /** This reading without a value for {@code input}. */
    public MeterReading without(PvInput input) {
        Map<PvInput, Sample> changed = new EnumMap<>(PvInput.class);
        changed.putAll(samples);
        changed.remove(input);
        return new MeterReading(changed);
    }

    /** The value of {@code input} if it was received and is fresh at {@code now}, else null. */
    public @Nullable Sample fresh(PvInput input, Instant now, Duration maxAge) {
        Sample sample = samples.get(input);
        return sample != null && sample.freshAt(now, maxAge) ? sample : null;
    }

    /** Whether {@code input} was ever received (and not forgotten). */
    public boolean has(PvInput input) {
        return samples.containsKey(input);
    }
}
