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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class ReportTest {

    @Test
    void aFigureThatFailsIsATableRowSayingWhyAndTheNextFigureStillRuns() {
        Report report = new Report();
        boolean first = report.measure("3 start-up", "Moquette", "≤ 1.5×", () -> {
            throw new IllegalStateException("timed out | waiting");
        });
        boolean second = report.measure("4 command", "Moquette", "p99 ≤ 5 ms",
                () -> report.add(new Report.Row("4 command", "Moquette", "3 ms", "-", "-", "p99 ≤ 5 ms", true)));
        assertFalse(first);
        assertTrue(second);
        assertEquals(2, report.rows().size());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("| 3 start-up | Moquette | not measured: IllegalStateException: timed out / waiting | - "
                + "| - | ≤ 1.5× | not measured |"), table);
        assertTrue(table.contains("| 4 command | Moquette | 3 ms | - | - | p99 ≤ 5 ms | yes |"), table);
    }
}
