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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The heap that survives a full collection: {@link MemoryMXBean} after {@code System.gc()} repeated until the figure
 * settles (G1 collects fully on {@code System.gc()}). A class histogram of live objects (the JVM's diagnostic command
 * behind {@code jcmd GC.class_histogram}) tells where a difference comes from.
 */
@NonNullByDefault
public final class HeapMeter {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapMeter() {
    }

    /** Bytes of live heap after full collections; the smallest of several readings. */
    public static long liveBytes() {
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Sleep.millis(100);
            smallest = Math.min(smallest, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return smallest;
    }

    /** Bytes per class of the live objects (collects first). */
    public static Map<String, Long> histogram() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] { new String[0] }, new String[] { String[].class.getName() });
            Map<String, Long> bytes = new HashMap<>();
            for (String line : String.valueOf(text).split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
                }
            }
            return bytes;
        } catch (JMException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The {@code top} classes that grew most from {@code before} to {@code after}, bytes divided by {@code per}. */
    public static List<String> growth(Map<String, Long> before, Map<String, Long> after, int per, int top) {
        List<Map.Entry<String, Long>> grown = new ArrayList<>();
        for (Map.Entry<String, Long> entry : after.entrySet()) {
            long delta = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
            if (delta > 0) {
                grown.add(Map.entry(entry.getKey(), delta));
            }
        }
        grown.sort(Map.Entry.<String, Long> comparingByValue().reversed());
        return grown.stream().limit(top)
                .map(e -> String.format(Locale.ROOT, "%s %.0f B", e.getKey(), e.getValue() / (double) per)).toList();
    }
}
