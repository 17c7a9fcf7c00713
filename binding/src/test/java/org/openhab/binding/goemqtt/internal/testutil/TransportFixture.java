/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;

/**
 * Paho transports for a test, on a scheduler of the test's own (standing in for the handler's), all closed when
 * the fixture closes; closing also checks that the scheduler has no work left.
 */
@NonNullByDefault
public final class TransportFixture implements AutoCloseable {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    private final List<PahoTransport> transports = new ArrayList<>();

    public TransportFixture() {
        // keep-alive pings cancelled by close() must not hold the scheduler open until they were due
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /** A configuration that retries quickly: back-off from 200 ms to 2 s. */
    public static TransportConfig.Builder fastReconnect(String uri) {
        return TransportConfig.builder(uri).reconnectDelay(Duration.ofMillis(200), Duration.ofSeconds(2));
    }

    public ScheduledThreadPoolExecutor scheduler() {
        return scheduler;
    }

    /** A transport, not yet started. */
    public PahoTransport transport(TransportConfig.Builder config) {
        PahoTransport transport = new PahoTransport(config.build(), scheduler);
        transports.add(transport);
        return transport;
    }

    /** A started transport. */
    public PahoTransport started(TransportConfig.Builder config, TransportListener listener) {
        PahoTransport transport = transport(config);
        transport.start(listener);
        return transport;
    }

    @Override
    public void close() throws InterruptedException {
        transports.forEach(PahoTransport::close);
        scheduler.shutdown();
        if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the scheduler still has work after every transport closed: "
                    + scheduler.getQueue());
        }
    }
}
