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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A change of connection state with its reason. {@code detail} is a human-readable text that never contains a
 * password or private key.
 */
@NonNullByDefault
public record ConnectionEvent(ConnectionState state, FailureReason reason, String detail) {

    public static ConnectionEvent connected(String detail) {
        return new ConnectionEvent(ConnectionState.CONNECTED, FailureReason.NONE, detail);
    }

    public static ConnectionEvent failed(ConnectionState state, FailureReason reason, String detail) {
        return new ConnectionEvent(state, reason, detail);
    }
}
