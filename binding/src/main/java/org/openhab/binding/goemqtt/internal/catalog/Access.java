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

/**
 * What this binding does with a key: read it ({@code R}), read and write it ({@code R/W}) or only write it
 * ({@code W}, e.g. secrets and the inverter data the charger never echoes).
 */
@NonNullByDefault
public enum Access {
    R("R"),
    RW("R/W"),
    W("W");

    private final String text;

    Access(String text) {
        this.text = text;
    }

    /** Whether values the charger publishes reach a channel. */
    public boolean readable() {
        return this != W;
    }

    /** Whether a command on the channel becomes a {@code /set}. */
    public boolean writable() {
        return this != R;
    }

    /** {@code R}, {@code R/W} or {@code W}, as go-e's key table writes it. */
    public String text() {
        return text;
    }
}
