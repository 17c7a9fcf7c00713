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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.types.State;

/**
 * A state for one channel of a charger thing.
 *
 * @param channel the channel id within the thing, {@code <group>#<channel>} (e.g. {@code energy#power})
 * @param state what openHAB receives
 */
@NonNullByDefault
public record ChannelState(String channel, State state) {

    @Override
    public String toString() {
        return channel + " = " + state.toFullString();
    }
}
