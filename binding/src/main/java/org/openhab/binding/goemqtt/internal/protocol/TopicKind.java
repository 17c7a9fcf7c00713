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
 * The three topics a charger uses per API key.
 */
@NonNullByDefault
public enum TopicKind {
    /** {@code <base><key>}: the charger's current value (retained), JSON. */
    VALUE(""),
    /** {@code <base><key>/set}: a request to change the value, JSON; from us or any other client. */
    SET("/set"),
    /** {@code <base><key>/result}: the charger's plain-text answer to a set (firmware 051.5 and later). */
    RESULT("/result");

    private final String suffix;

    TopicKind(String suffix) {
        this.suffix = suffix;
    }

    /** What follows the key in the topic: empty, {@code /set} or {@code /result}. */
    public String suffix() {
        return suffix;
    }
}
