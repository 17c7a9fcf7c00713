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
import org.openhab.core.types.State;

/**
 * What a replay produced: the final state of every channel, the keys seen (typed by the catalog or not), the keys
 * that became raw channels, and one line per message that could not be decoded.
 *
 * @param states channel ({@code <group>#<channel>}) → its last state, sorted by channel
 * @param typedKeys keys seen that the catalog knows
 * @param unmappedKeys keys seen that the catalog does not know (they went to raw channels)
 * @param errors one line per undecodable message, in file order
 */
@NonNullByDefault
public record ReplayReport(SortedMap<String, State> states, SortedSet<String> typedKeys,
        SortedSet<String> unmappedKeys, List<String> errors) {

    public ReplayReport {
        states = Collections.unmodifiableSortedMap(states);
        typedKeys = Collections.unmodifiableSortedSet(typedKeys);
        unmappedKeys = Collections.unmodifiableSortedSet(unmappedKeys);
        errors = List.copyOf(errors);
    }

    /**
     * The report as printed: {@code <group>#<channel> = <state>} per channel, then {@code unmapped: <keys>}, then
     * {@code errors: <n>} and the error lines.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, State> entry : states.entrySet()) {
            lines.add(entry.getKey() + " = " + entry.getValue().toFullString());
        }
        lines.add("unmapped: " + (unmappedKeys.isEmpty() ? "none" : String.join(", ", unmappedKeys)));
        lines.add("errors: " + errors.size());
        lines.addAll(errors);
        return lines;
    }
}
