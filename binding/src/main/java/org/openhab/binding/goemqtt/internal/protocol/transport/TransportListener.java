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
 * Receives what a {@link MqttTransport} sees. Called on the transport's thread; implementations decode and hand
 * off, never block, never throw.
 */
@NonNullByDefault
public interface TransportListener {

    /** One inbound message, payload as received. */
    void messageArrived(String topic, byte[] payload);

    /** The connection changed state; the event says why in words a user understands. */
    void connectionChanged(ConnectionEvent event);
}
