/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Assumptions;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Scenario 5: bridge and charger initialised and disposed {@code cycles} times against a real Mosquitto, as openHAB
 * does on every configuration edit; every third cycle disposes while the connection is still being made. Afterwards
 * the client library's threads, this process's open sockets and the TCP connections to the broker are back to
 * where they were before the first cycle.
 */
@NonNullByDefault
final class LifecycleScenario {

    /** Figures of one run. */
    record Figures(int cycles, int disposedWhileConnecting, long mqttThreadsBefore, long mqttThreadsAfter,
            long socketsBefore, long socketsAfter, long brokerConnectionsAfter) {
    }

    private static final Duration SETTLE = Duration.ofSeconds(30);

    private LifecycleScenario() {
    }

    static Figures run(Path dir, int cycles) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc to count sockets");
        try (MosquittoProcess mosquitto = MosquittoProcess.builder(dir).start()) {
            Map<String, Object> config = Map.of("uri", mosquitto.uri(), "reconnectDelayMax", 2);
            cycle(config, 1); // warm-up: what the JVM opens once (name service, class loading) is not a leak
            long threadsBefore = HeapProbe.mqttThreads();
            long socketsBefore = sockets();
            int whileConnecting = 0;
            for (int cycle = 0; cycle < cycles; cycle++) {
                whileConnecting += cycle(config, cycle);
            }
            Await.until(() -> HeapProbe.mqttThreads() <= threadsBefore && sockets() <= socketsBefore
                    && brokerConnections(mosquitto.port()) == 0, SETTLE,
                    () -> "back to the baseline: MQTT threads " + HeapProbe.mqttThreadNames() + " (before "
                            + threadsBefore + "), sockets " + sockets() + " (before " + socketsBefore
                            + "), connections to the broker " + brokerConnections(mosquitto.port()) + "; a thread left: "
                            + Thread.getAllStackTraces().entrySet().stream()
                                    .filter(entry -> entry.getKey().getName().startsWith("MQTT")).findFirst()
                                    .map(entry -> java.util.Arrays.toString(entry.getValue())).orElse("none"));
            return new Figures(cycles, whileConnecting, threadsBefore, HeapProbe.mqttThreads(), socketsBefore,
                    sockets(), brokerConnections(mosquitto.port()));
        }
    }

    /** One life cycle; every third disposes while connecting (returns 1 then). */
    private static int cycle(Map<String, Object> config, int cycle) {
        try (PahoBinding binding = new PahoBinding(config).start()) {
            binding.charger(Map.of("serial", "072246"));
            if (cycle % 3 == 0) {
                return 1;
            }
            binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE),
                    "bridge ONLINE in cycle " + cycle);
            return 0;
        }
    }

    /** Open sockets of this process. */
    static long sockets() {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listing
                }
            }).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Established TCP connections from a client to {@code port} on this machine (IPv4 and IPv6 tables). */
    static long brokerConnections(int port) {
        String remote = String.format(Locale.ROOT, ":%04X", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && fields[2].endsWith(remote) && "01".equals(fields[3])) {
                        count++;
                    }
                }
            } catch (IOException e) {
                // the table is missing (no IPv6): nothing to count there
            }
        }
        return count;
    }
}
