/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;

/**
 * Makes the MQTT connection of a bridge: the MQTT client adapter in the product, an in-memory fake in tests.
 */
@FunctionalInterface
@NonNullByDefault
public interface TransportFactory {

    /**
     * A transport for {@code config}, not yet started. Must be cheap: no network, no file access.
     *
     * @param scheduler runs the transport's background work (the bridge handler's scheduler)
     */
    MqttTransport create(TransportConfig config, ScheduledExecutorService scheduler);
}
