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
import org.eclipse.jdt.annotation.Nullable;

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
     * @param notMeasured why the figure could not be measured; null when it was
     */
    public record Row(String figure, String variant, String binding, String baseline, String ratio, String aim,
            boolean met, @Nullable String notMeasured) {

        public Row(String figure, String variant, String binding, String baseline, String ratio, String aim,
                boolean met) {
            this(figure, variant, binding, baseline, ratio, aim, met, null);
        }

        /** A figure that could not be measured, and why. */
        public static Row notMeasured(String figure, String variant, String aim, String why) {
            return new Row(figure, variant, "not measured: " + why, "-", "-", aim, false, why);
        }
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

    /**
     * Runs one figure; when it fails, prints why and adds a row saying it was not measured, so that the run goes on
     * with the other figures and the table says what is missing.
     *
     * @return whether the figure ran to its end
     */
    public boolean measure(String figure, String variant, String aim, Figure run) {
        try {
            run.run();
            return true;
        } catch (Exception | AssertionError e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            System.out.println("  " + figure + ", " + variant + " not measured: " + why);
            e.printStackTrace(System.out);
            add(Row.notMeasured(figure, variant, aim, why.replace('|', '/').replace('\n', ' ')));
            return false;
        }
    }

    /** A figure, or the part of one measured against one broker. */
    public interface Figure {
        void run() throws Exception;
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public synchronized void print(PrintStream out) {
        out.println();
        out.println("| figure | variant | binding | baseline | ratio | aim | met |");
        out.println("|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            out.println("| " + String.join(" | ", row.figure(), row.variant(), row.binding(), row.baseline(),
                    row.ratio(), row.aim(), row.notMeasured() != null ? "not measured" : row.met() ? "yes" : "**no**")
                    + " |");
        }
        out.println();
        notes.forEach(note -> out.println("- " + note));
        out.flush();
    }
}
