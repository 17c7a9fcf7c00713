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
import org.eclipse.jdt.annotation.Nullable;

/**
 * The configuration of a {@code goemqtt:controller} thing: where it publishes and how long it may be silent or take
 * to answer, checked and used as a charger's are.
 */
@NonNullByDefault
public class ControllerConfiguration {

    /** The serial as it appears in the topics, leading zeros kept. */
    public String serial = "";
    /** The topic prefix; empty: where the bridge saw the serial, else {@code /go-eController/<serial>/}. */
    public @Nullable String baseTopic;
    /** Seconds without any message after which the controller is OFFLINE. */
    public int silenceTimeout = 30;
    /** Seconds the controller has to answer a command on {@code /result}. */
    public int resultTimeout = 5;

    /** The same settings in the form the device session and the configuration check take. */
    ChargerConfiguration forSession() {
        ChargerConfiguration session = new ChargerConfiguration();
        session.serial = serial;
        session.baseTopic = baseTopic;
        session.silenceTimeout = silenceTimeout;
        session.resultTimeout = resultTimeout;
        return session;
    }
}
