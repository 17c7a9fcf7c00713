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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A secret text (password, key pass phrase) that never shows in {@link #toString()}, so it cannot leak into a log
 * line or an exception message by accident. Only {@link #reveal()} gives the value, at the one place that needs it.
 */
@NonNullByDefault
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a secret; an empty text is a valid secret (some brokers accept empty passwords). */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret itself: hand it to the client library, never to a logger or a message. */
    public String reveal() {
        return value;
    }

    /** The secret as characters, for APIs that take {@code char[]}; the caller owns the copy. */
    public char[] revealChars() {
        return value.toCharArray();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "******";
    }
}
