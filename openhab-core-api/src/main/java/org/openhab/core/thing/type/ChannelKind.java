/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.type;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether a channel carries a state or fires trigger events.
 */
@NonNullByDefault
public enum ChannelKind {
    /** The channel has a state. */
    STATE,
    /** The channel fires events. */
    TRIGGER;

    /**
     * @param input {@code state} or {@code trigger} in any case; {@code null} means state
     * @return the kind
     * @throws IllegalArgumentException for any other text
     */
    public static ChannelKind parse(@Nullable String input) {
        if (input == null) {
            return STATE;
        }
        for (ChannelKind kind : values()) {
            if (kind.name().equalsIgnoreCase(input)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown channel kind: '" + input + "'");
    }
}
