/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.figures;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.benchmarks.CapturedBurst;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;

/** What several figures need. */
@NonNullByDefault
final class FigureSupport {

    private FigureSupport() {
    }

    /** The serial of the captured charger: the last level of its base topic. */
    static String serialOf(CapturedBurst burst) {
        String base = burst.base();
        String withoutSlash = base.substring(0, base.length() - 1);
        return withoutSlash.substring(withoutSlash.lastIndexOf('/') + 1);
    }

    /**
     * Publishes small uptimes ({@code rbt} 101, 102, …) below {@code base} until one reaches the binding as a state: the
     * charger's subscription is then in place. {@code uptimes} counts the uptime states.
     */
    static void awaitRouted(Publisher publisher, String base, AtomicLong uptimes) throws MqttException {
        long before = uptimes.get();
        for (int attempt = 1; attempt <= 100; attempt++) {
            publisher.publishAll(List.of(new Outgoing(base + "rbt",
                    Integer.toString(100 + attempt).getBytes(StandardCharsets.UTF_8), false)));
            long deadline = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < deadline) {
                if (uptimes.get() > before) {
                    return;
                }
                Sleep.millis(5);
            }
        }
        throw new IllegalStateException("the binding never received a message below " + base);
    }
}
