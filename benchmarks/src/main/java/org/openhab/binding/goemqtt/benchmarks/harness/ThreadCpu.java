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
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The processor time of some threads, chosen by name, from {@link #start} on: e.g. one MQTT client's threads (its
 * client id is in their names). Unlike the process's time it leaves out the publisher, an embedded broker, the
 * garbage collector and the just-in-time compiler, whose work comes and goes. A thread started later counts from
 * zero; one that ended is missed, so measure while the threads live.
 */
@NonNullByDefault
public final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Predicate<String> which;
    private final Map<Long, Long> atStart;

    private ThreadCpu(Predicate<String> which) {
        this.which = which;
        this.atStart = sample(which);
    }

    /** Starts measuring the threads whose name {@code which} accepts. */
    public static ThreadCpu start(Predicate<String> which) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM does not report the processor time of threads");
        }
        return new ThreadCpu(which);
    }

    /** Processor time the chosen threads used since {@link #start}, in nanoseconds. */
    public long nanos() {
        long sum = 0;
        for (Map.Entry<Long, Long> now : sample(which).entrySet()) {
            sum += now.getValue() - atStart.getOrDefault(now.getKey(), 0L);
        }
        return sum;
    }

    private static Map<Long, Long> sample(Predicate<String> which) {
        Map<Long, Long> nanos = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && which.test(info.getThreadName())) {
                long time = THREADS.getThreadCpuTime(info.getThreadId());
                if (time >= 0) {
                    nanos.put(info.getThreadId(), time);
                }
            }
        }
        return nanos;
    }
}
