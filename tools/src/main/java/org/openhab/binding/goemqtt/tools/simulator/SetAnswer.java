/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a simulated charger did with one {@code /set}.
 *
 * @param outcome accepted, rejected, or ignored because MQTT writes are off
 * @param text {@code success}, the error text, or an explanation when ignored
 * @param resultPublished whether {@code text} went out on {@code <key>/result} (never before 051.5, never when
 *            ignored)
 */
@NonNullByDefault
public record SetAnswer(Outcome outcome, String text, boolean resultPublished) {

    /** The three things a charger can do with a {@code /set}. */
    public enum Outcome {
        ACCEPTED,
        REJECTED,
        IGNORED
    }

    /** The text on {@code <key>/result}, or {@code null} when the charger stays silent. */
    public @Nullable String result() {
        return resultPublished ? text : null;
    }
}
