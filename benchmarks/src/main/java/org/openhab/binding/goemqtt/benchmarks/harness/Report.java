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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** The figures of one run, printed at the end as a Markdown table (the form docs/performance.md keeps). */
@NonNullByDefault
public final class Report {

    /**
     * One line of the table.
     *
     * @param figure e.g. {@code 2 end-to-end ingest}
     * @param variant e.g. {@code Mosquitto}
     * @param binding the binding's figure with its unit
     * @param baseline the baseline's figure with its unit, or {@code -}
     * @param ratio binding against baseline, or {@code -}
     * @param aim the aim, e.g. {@code ≥ 0.90}
     * @param met whether the aim is met
     */
    public record Row(String figure, String variant, String binding, String baseline, String ratio, String aim,
            boolean met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public synchronized void add(Row row) {
        rows.add(row);
    }

    /** A line printed under the table (skipped variants, what a figure counted). */
    public synchronized void note(String note) {
        notes.add(note);
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized void print(PrintStream out) {
        out.println();
        out.println("| figure | variant | binding | baseline | ratio | aim | met |");
        out.println("|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            out.println("| " + String.join(" | ", row.figure(), row.variant(), row.binding(), row.baseline(),
                    row.ratio(), row.aim(), row.met() ? "yes" : "**no**") + " |");
        }
        out.println();
        notes.forEach(note -> out.println("- " + note));
        out.flush();
    }
}
