/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.figures.HarnessFigures;
import org.openhab.binding.goemqtt.benchmarks.harness.Brokers;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;

/**
 * Prints every figure of docs/performance.md, each against its baseline measured in the same run.
 *
 * <pre>
 * java -jar goemqtt-benchmarks.jar                     all figures
 * java -jar goemqtt-benchmarks.jar --figures 2,4       some of them
 * java -jar goemqtt-benchmarks.jar --brokers mosquitto harness figures against one broker only
 * java -jar goemqtt-benchmarks.jar --rounds 5          more rounds per harness figure (default 3)
 * java -jar goemqtt-benchmarks.jar --breakdown         figure 1 also for the protocol layer and the catalog alone
 * java -jar goemqtt-benchmarks.jar --histogram         figure 5 also names the classes that grew per charger
 * java -jar goemqtt-benchmarks.jar jmh [JMH options]   JMH itself, e.g. {@code jmh DecodeMap -prof gc}
 * </pre>
 */
@NonNullByDefault
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // the embedded broker warns at length when it is overloaded; the figures say what matters
        if (System.getProperty("org.slf4j.simpleLogger.log.io.moquette") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.moquette", "error");
        }
        if (args.length > 0 && "jmh".equals(args[0])) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Set<Integer> figures = new LinkedHashSet<>(Set.of(1, 2, 3, 4, 5, 6));
        int rounds = 3;
        boolean breakdown = false;
        boolean histogram = false;
        Set<Brokers> brokers = EnumSet.allOf(Brokers.class);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--figures".equals(arg) && i + 1 < args.length) {
                figures.clear();
                Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf).forEach(figures::add);
            } else if ("--rounds".equals(arg) && i + 1 < args.length) {
                rounds = Math.max(1, Integer.parseInt(args[++i]));
            } else if ("--brokers".equals(arg) && i + 1 < args.length) {
                brokers = EnumSet.noneOf(Brokers.class);
                for (String name : args[++i].split(",")) {
                    brokers.add(Brokers.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                }
            } else if ("--breakdown".equals(arg)) {
                breakdown = true;
            } else if ("--histogram".equals(arg)) {
                histogram = true;
            } else {
                System.err.println("unknown argument " + arg
                        + "; usage: [--figures 1,2,...] [--brokers embedded,mosquitto] [--rounds N] [--breakdown]"
                        + " [--histogram] | jmh ...");
                System.exit(2);
            }
        }
        Report report = new Report();
        report.note("run " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, Java "
                + System.getProperty("java.runtime.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        if (figures.contains(1)) {
            boolean withBreakdown = breakdown;
            report.measure("1 decode+map", "JMH", "≤ 2×", () -> DecodeMapFigure.run(report, withBreakdown));
        }
        int status = 0;
        try {
            HarnessFigures.run(report, figures, brokers, rounds, histogram);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        }
        report.print(System.out);
        // client threads of a failed figure must not keep the JVM alive
        System.exit(status);
    }
}
