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
 * The one checked exception at the transport boundary: a publish that could not be handed to the broker (not
 * connected, closed, or refused by the client library).
 */
@NonNullByDefault
public class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    public TransportException(FailureReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TransportException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FailureReason getReason() {
        return reason;
    }
}
