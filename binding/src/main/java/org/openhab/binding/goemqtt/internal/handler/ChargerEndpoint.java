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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;

/**
 * What the bridge hands each decoded message of a charger to. Called on the transport's thread: quick, never
 * blocking, never throwing.
 */
@NonNullByDefault
public interface ChargerEndpoint {

    /** {@code message} arrived below {@code base}. */
    void messageArrived(BaseTopic base, InboundMessage message);
}
