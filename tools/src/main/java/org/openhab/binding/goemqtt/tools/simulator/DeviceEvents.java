/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a simulated API v1 charger or controller reports about itself, one line of text at a time, e.g. for a
 * command line to print. Called while the device holds its lock: keep it short.
 */
@NonNullByDefault
@FunctionalInterface
public interface DeviceEvents {

    /** Reports nothing. */
    DeviceEvents NONE = (serial, text) -> {
    };

    /** Something happened, e.g. {@code connected to tcp://...} or {@code cmd/req amx=10 -> accepted}. */
    void event(String serial, String text);
}
