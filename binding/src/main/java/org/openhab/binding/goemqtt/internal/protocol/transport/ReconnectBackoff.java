/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.transport;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Bounded exponential back-off: {@code min}, 2×{@code min}, 4×{@code min} … up to {@code max}, back to {@code min}
 * after {@link #reset()}. Not thread-safe: its owner calls it under its own lock.
 */
@NonNullByDefault
public final class ReconnectBackoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    public ReconnectBackoff(Duration min, Duration max) {
        if (min.isNegative() || min.isZero() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < min <= max, was " + min + " .. " + max);
        }
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** The delay before the next attempt; each call doubles the following one, up to the maximum. */
    public Duration next() {
        Duration delay = next;
        next = delay.compareTo(max.dividedBy(2)) > 0 ? max : delay.multipliedBy(2);
        return delay;
    }

    /** Back to the minimum, after a successful connect. */
    public void reset() {
        next = min;
    }
}
