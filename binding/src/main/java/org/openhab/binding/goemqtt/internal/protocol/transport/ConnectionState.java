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
 * Where a transport's connection stands.
 */
@NonNullByDefault
public enum ConnectionState {
    /** Not yet started, or waiting for the next reconnect attempt. */
    DISCONNECTED,
    /** A connect attempt is running. */
    CONNECTING,
    /** Connected and subscribed. */
    CONNECTED,
    /** Closed for good. */
    CLOSED
}
