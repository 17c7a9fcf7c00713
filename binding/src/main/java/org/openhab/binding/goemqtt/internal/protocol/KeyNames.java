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
 * The rule for an API key in a topic ({@code amp}, {@code nrg}, {@code modelStatus}): one non-empty topic level
 * without wildcards, NUL or control characters. Keys stay plain strings so the catalog can use them as they are.
 */
@NonNullByDefault
public final class KeyNames {

    private KeyNames() {
    }

    /** Returns {@code key} when valid; {@link IllegalArgumentException} with a clear message otherwise. */
    public static String requireValid(String key) {
        if (!TopicText.isLevel(key)) {
            throw new IllegalArgumentException(TopicText.levelProblem("key", key));
        }
        return key;
    }

    /** Whether {@code key} can be an API key in a topic. */
    public static boolean isValid(String key) {
        return TopicText.isLevel(key);
    }
}
