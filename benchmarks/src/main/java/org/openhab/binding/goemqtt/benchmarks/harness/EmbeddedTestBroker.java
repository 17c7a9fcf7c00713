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

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.tools.simulator.EmbeddedBroker;

/** The simulator's embedded broker (Moquette, in this JVM) on a free loopback port. */
@NonNullByDefault
public final class EmbeddedTestBroker implements TestBroker {

    private final EmbeddedBroker broker;

    private EmbeddedTestBroker(EmbeddedBroker broker) {
        this.broker = broker;
    }

    public static EmbeddedTestBroker start() throws IOException {
        return new EmbeddedTestBroker(EmbeddedBroker.startOnFreePort());
    }

    @Override
    public String name() {
        return "Moquette (embedded)";
    }

    @Override
    public String uri() {
        return broker.uri();
    }

    @Override
    public void close() {
        broker.stop();
    }
}
