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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Used heap after a few garbage collections, and the Paho threads alive: the figures the soak scenarios compare
 * before and after.
 */
@NonNullByDefault
final class HeapProbe {

    private HeapProbe() {
    }

    /** Bytes of heap in use after collecting garbage (best effort: several rounds, the lowest reading). */
    static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long lowest = Long.MAX_VALUE;
        for (int round = 0; round < 4; round++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lowest = Math.min(lowest, runtime.totalMemory() - runtime.freeMemory());
        }
        return lowest;
    }

    static long megabytes(long bytes) {
        return bytes >> 20;
    }

    /** Threads of the MQTT client library still alive (their names start with {@code MQTT}). */
    static long mqttThreads() {
        return mqttThreadNames().size();
    }

    static java.util.List<String> mqttThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("MQTT")).sorted().toList();
    }
}
