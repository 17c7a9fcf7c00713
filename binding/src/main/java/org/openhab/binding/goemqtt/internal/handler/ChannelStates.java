/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;

/**
 * The last state the charger reported per channel ({@code <group>#<channel>}): answers REFRESH, restores an item
 * after a failed command, and keeps a value that did not change from being posted again. Thread-safe.
 */
@NonNullByDefault
final class ChannelStates {

    private final Map<String, State> last = new ConcurrentHashMap<>();

    /**
     * Remembers {@code state}; true when it differs from the one before (or there was none): post it. A state that
     * could stand for the one before in every way (same number and scale, same unit) leaves the map alone: most
     * values repeat, and a write per value costs more than the comparison.
     */
    boolean changed(String channel, State state) {
        State known = last.get(channel);
        if (known != null && interchangeable(known, state)) {
            return false;
        }
        State previous = last.put(channel, state);
        return previous == null || !same(previous, state);
    }

    /**
     * Whether two states of one channel are the same. Quantities of one unit (a channel's states always share the
     * catalog's unit) compare by number: {@code QuantityType.equals} converts both to system units first, which costs
     * tens of microseconds for units such as Wh, %, °C or ms.
     */
    static boolean same(State a, State b) {
        if (a instanceof QuantityType<?> quantityA && b instanceof QuantityType<?> quantityB
                && quantityA.getUnit().equals(quantityB.getUnit())) {
            return quantityA.toBigDecimal().compareTo(quantityB.toBigDecimal()) == 0;
        }
        return a.equals(b);
    }

    /**
     * Whether {@code a} may stay in place of {@code b}: {@link #same(State, State)} and also written alike (a
     * number's scale, a quantity's unit), so REFRESH posts what the charger last said, to the digit.
     */
    static boolean interchangeable(State a, State b) {
        if (a instanceof QuantityType<?> quantityA && b instanceof QuantityType<?> quantityB) {
            return quantityA.getUnit().equals(quantityB.getUnit())
                    && quantityA.toBigDecimal().equals(quantityB.toBigDecimal());
        }
        if (a instanceof DecimalType decimalA && b instanceof DecimalType decimalB) {
            return a.getClass() == b.getClass() && decimalA.toBigDecimal().equals(decimalB.toBigDecimal());
        }
        return a.equals(b);
    }

    /** The last state of {@code channel}; null when the charger never reported it. */
    @Nullable
    State last(String channel) {
        return last.get(channel);
    }

    void clear() {
        last.clear();
    }
}
