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

import com.google.gson.JsonElement;

/**
 * What a command becomes: the JSON value to set on a key, or a refusal with the reason (a read-only channel, a
 * command of the wrong type, a value the key cannot take).
 */
@NonNullByDefault
public sealed interface EncodeResult {

    /** Set {@code key} to {@code value} (publish on {@code <base><key>/set}). */
    record Encoded(String key, JsonElement value) implements EncodeResult {
    }

    /** The command cannot be sent; {@code reason} says why, for a log line or thing status. */
    record Refused(String reason) implements EncodeResult {
    }
}
