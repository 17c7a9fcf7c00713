/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** A broker a figure runs against: the embedded one or a Mosquitto process. */
@NonNullByDefault
public interface TestBroker extends AutoCloseable {

    /** For the report: {@code Moquette (embedded)} or {@code Mosquitto}. */
    String name();

    /** Where clients connect, e.g. {@code tcp://127.0.0.1:41234}. */
    String uri();

    @Override
    void close();
}
