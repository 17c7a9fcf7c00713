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

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A test's simulation on its own embedded broker (a free port) and one plain client on it; closing stops both,
 * the client first, and makes room for the next.
 */
@NonNullByDefault
final class SimulationWithClient implements AutoCloseable {

    private @Nullable Simulation simulation;
    private @Nullable TestClient client;

    /** Starts the simulation the builder describes, on a free port. */
    Simulation start(Simulation.Builder builder) throws Exception {
        Simulation started = builder.port(0).start();
        simulation = started;
        return started;
    }

    /** Connects the client and subscribes it to a filter. */
    TestClient subscribe(String filter) throws Exception {
        TestClient subscriber = new TestClient(simulation().brokerUri());
        client = subscriber;
        subscriber.subscribe(filter);
        return subscriber;
    }

    Simulation simulation() {
        Simulation s = simulation;
        assertNotNull(s, "no simulation started");
        return s;
    }

    TestClient client() {
        TestClient c = client;
        assertNotNull(c, "no client subscribed");
        return c;
    }

    @Override
    public void close() throws Exception {
        TestClient c = client;
        client = null;
        if (c != null) {
            c.close();
        }
        Simulation s = simulation;
        simulation = null;
        if (s != null) {
            s.close();
        }
    }
}
