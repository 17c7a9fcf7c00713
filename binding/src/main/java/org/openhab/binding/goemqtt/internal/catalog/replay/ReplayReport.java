/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.State;

/**
 * What a replay produced: one {@link Charger} per base topic seen (in the order of their first line), and the lines
 * that belong to no charger (not a topic of a go-e charger, or not below the given base topic).
 *
 * @param chargers one report per charger (serial and base topic), in the order they first appear
 * @param otherLines one line per line of the capture that belongs to no charger, in file order
 */
@NonNullByDefault
public record ReplayReport(List<Charger> chargers, List<String> otherLines) {

    public ReplayReport {
        chargers = List.copyOf(chargers);
        otherLines = List.copyOf(otherLines);
    }

    /**
     * What one charger's lines produced.
     *
     * @param serial the charger's serial; null for a custom base topic given to the replayer
     * @param base the charger's base topic, e.g. {@code /go-eCharger/00000001/}
     * @param states channel ({@code <group>#<channel>}) → its last state, sorted by channel
     * @param typedKeys keys seen that the catalog knows
     * @param unmappedKeys keys seen that the catalog does not know (they went to raw channels)
     * @param commands the {@code /set} (a command) and {@code /result} (the charger's answer) lines, in file order,
     *            secrets masked
     * @param errors one line per undecodable message, in file order
     * @param device what the lines came from: {@value #CHARGER}, {@value #CONTROLLER} or {@value #CHARGER_V1}
     * @param names channel → the name its device gave its slot (a controller's category or sensor name)
     */
    public record Charger(@Nullable String serial, String base, SortedMap<String, State> states,
            SortedSet<String> typedKeys, SortedSet<String> unmappedKeys, List<String> commands, List<String> errors,
            String device, Map<String, String> names) {

        public static final String CHARGER = "charger";
        public static final String CONTROLLER = "controller";
        public static final String CHARGER_V1 = "charger (API v1)";

        public Charger {
            states = Collections.unmodifiableSortedMap(states);
            typedKeys = Collections.unmodifiableSortedSet(typedKeys);
            unmappedKeys = Collections.unmodifiableSortedSet(unmappedKeys);
            commands = List.copyOf(commands);
            errors = List.copyOf(errors);
            names = Map.copyOf(names);
        }

        /** A charger's report, its slots unnamed. */
        public Charger(@Nullable String serial, String base, SortedMap<String, State> states,
                SortedSet<String> typedKeys, SortedSet<String> unmappedKeys, List<String> commands,
                List<String> errors) {
            this(serial, base, states, typedKeys, unmappedKeys, commands, errors, CHARGER, Map.of());
        }

        /** {@code <device> <serial> at <base>}, or {@code <device> at <base>} without a serial. */
        public String heading() {
            String known = serial;
            return device + " " + (known == null ? "" : known + " ") + "at " + base;
        }

        /**
         * The charger's part of the printed report: its heading, {@code <group>#<channel> = <state>} per channel
         * (then {@code (<name>)} for a named slot), {@code commands: <n>} and the command and answer lines,
         * {@code unmapped: <keys>}, {@code errors: <n>} and the error lines.
         */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(heading());
            for (Map.Entry<String, State> entry : states.entrySet()) {
                String name = names.get(entry.getKey());
                lines.add(entry.getKey() + " = " + entry.getValue().toFullString()
                        + (name == null ? "" : " (" + name + ")"));
            }
            if (!commands.isEmpty()) {
                lines.add("commands: " + commands.size());
                lines.addAll(commands);
            }
            lines.add("unmapped: " + (unmappedKeys.isEmpty() ? "none" : String.join(", ", unmappedKeys)));
            lines.add("errors: " + errors.size());
            lines.addAll(errors);
            return lines;
        }
    }

    /** The report of the only charger in the capture; for captures of one charger. */
    public Charger only() {
        if (chargers.size() != 1) {
            throw new IllegalStateException("expected one charger, the capture has " + chargers.size());
        }
        return chargers.get(0);
    }

    /**
     * The report as printed: each charger's {@link Charger#lines()} in turn ({@code chargers: none} without any),
     * then {@code other lines: <n>} and those lines when some belong to no charger.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (chargers.isEmpty()) {
            lines.add("chargers: none");
        }
        for (Charger charger : chargers) {
            lines.addAll(charger.lines());
        }
        if (!otherLines.isEmpty()) {
            lines.add("other lines: " + otherLines.size());
            lines.addAll(otherLines);
        }
        return lines;
    }
}
