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

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The processor time this JVM has used, all threads together (clients, an embedded broker, the garbage collector,
 * the just-in-time compiler). On a shared machine it varies far less than a rate: time the process waits for a
 * processor is not counted.
 */
@NonNullByDefault
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Processor time used so far, in nanoseconds; {@link IllegalStateException} where the JVM cannot tell. */
    public static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long nanos = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        if (nanos < 0) {
            throw new IllegalStateException("this JVM does not report its processor time");
        }
        return nanos;
    }

    /**
     * Time the just-in-time compiler has spent so far, in milliseconds (0 where the JVM does not tell): while it
     * grows, code is still being compiled and a figure is not yet in its steady state.
     */
    public static long compileMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime()
                : 0;
    }
}
