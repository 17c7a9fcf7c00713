/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A charger's serial number as it appears in its topics: a string, leading zeros kept ({@code "072246"} is not
 * {@code 72246}). Refuses what cannot be a single topic level: empty, {@code /}, the wildcards {@code +} and
 * {@code #}, NUL and other control characters.
 */
@NonNullByDefault
public record ChargerSerial(String value) {

    public ChargerSerial {
        String problem = TopicText.levelProblem("serial", value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The serial for {@code value}; {@link IllegalArgumentException} with a clear message when invalid. */
    public static ChargerSerial of(String value) {
        return new ChargerSerial(value);
    }

    /** Whether {@code value} is a valid serial. */
    public static boolean isValid(String value) {
        return TopicText.levelProblem("serial", value) == null;
    }

    @Override
    public String toString() {
        return value;
    }
}
