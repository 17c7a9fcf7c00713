/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal;

import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.handler.BrokerConfiguration;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;

/**
 * The production {@code TransportFactory}: the MQTT client adapter for a bridge configuration.
 */
@NonNullByDefault
final class BrokerTransports {

    private BrokerTransports() {
    }

    /** Placeholder until the MQTT client adapter is part of the build. */
    static MqttTransport create(BrokerConfiguration config, ScheduledExecutorService scheduler) {
        throw new IllegalArgumentException("uri: no MQTT client in this build yet");
    }
}
