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
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;

/**
 * The last state the charger reported per channel ({@code <group>#<channel>}): answers REFRESH, restores an item
 * after a failed command, and keeps a value that did not change from being posted again. Thread-safe.
 */
@NonNullByDefault
final class ChannelStates {

    private final Map<String, State> last = new ConcurrentHashMap<>();

    /** Remembers {@code state}; true when it differs from the one before (or there was none): post it. */
    boolean changed(String channel, State state) {
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

    /** The last state of {@code channel}; null when the charger never reported it. */
    @Nullable
    State last(String channel) {
        return last.get(channel);
    }

    void clear() {
        last.clear();
    }
}
