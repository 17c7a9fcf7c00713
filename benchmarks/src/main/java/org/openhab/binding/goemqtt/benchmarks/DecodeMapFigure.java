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

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.harness.Report;
import org.openhab.binding.goemqtt.benchmarks.harness.Samples;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Figure 1 through JMH's runner (one forked JVM per benchmark and key, iterations short enough for the whole set to
 * stay within minutes, warm-up long enough for the JIT on a busy machine): decode+map against the bare Gson parse, per
 * key; with {@code breakdown} also the protocol layer and the catalog alone. The spread shown is the range of the
 * measurement iterations.
 */
@NonNullByDefault
public final class DecodeMapFigure {

    static final double AIM = 2.0;

    private DecodeMapFigure() {
    }

    public static void run(Report report, boolean breakdown) throws RunnerException {
        String included = breakdown ? "(decodeAndMap|gsonParse|gsonAndStateObjects|protocolOnly|catalogOnly)"
                : "(decodeAndMap|gsonParse)";
        Options options = new OptionsBuilder().include(DecodeMapBenchmark.class.getName() + "\\." + included + "$")
                .warmupIterations(5).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                .measurementTime(TimeValue.milliseconds(500)).forks(1).verbosity(VerboseMode.SILENT).build();
        System.out.println("Figure 1, decode+map (JMH, average time per message) ...");
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, Samples>> byKey = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String key = result.getParams().getParam("key");
            Samples samples = new Samples();
            for (IterationResult iteration : result.getBenchmarkResults().iterator().next().getIterationResults()) {
                samples.add(iteration.getPrimaryResult().getScore());
            }
            byKey.computeIfAbsent(key, k -> new HashMap<>()).put(method, samples);
        }
        for (String key : DecodeMapBenchmark.KEYS) {
            Map<String, Samples> methods = byKey.get(key);
            if (methods == null) {
                continue;
            }
            Samples full = methods.get("decodeAndMap");
            Samples gson = methods.get("gsonParse");
            Samples protocol = methods.get("protocolOnly");
            Samples catalog = methods.get("catalogOnly");
            Samples floor = methods.get("gsonAndStateObjects");
            if (full == null || gson == null) {
                continue;
            }
            double ratio = full.median() / gson.median();
            report.add(new Report.Row("1 decode+map", key, full.describe(0) + " ns", gson.describe(0) + " ns",
                    String.format(Locale.ROOT, "%.2f×", ratio), "≤ 2×", ratio <= AIM));
            if (protocol == null || catalog == null || floor == null) {
                continue;
            }
            report.note(String.format(Locale.ROOT,
                    "decode+map %s: protocol layer (topic, UTF-8, strict JSON) %.0f ns, catalog (states) %.0f ns; "
                            + "Gson parse plus the same openHAB state objects %.0f ns (decode+map %.2f× that)",
                    key, protocol.median(), catalog.median(), floor.median(), full.median() / floor.median()));
        }
    }
}
