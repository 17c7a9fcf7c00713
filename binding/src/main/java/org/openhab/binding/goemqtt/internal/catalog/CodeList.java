/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The codes an enumerated key takes, each with its English name (the state option label; translations live in the
 * i18n files). A code not in the list is still a valid value: it reaches openHAB as its number.
 */
@NonNullByDefault
public final class CodeList {

    private final String name;
    private final Map<Long, String> labels;

    private CodeList(String name, Map<Long, String> labels) {
        this.name = name;
        this.labels = Collections.unmodifiableMap(labels);
    }

    /**
     * @param name a name for messages
     * @param entries {@code "<code>=<name>"}, e.g. {@code "2=Charging"}
     */
    public static CodeList of(String name, String... entries) {
        Map<Long, String> labels = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("code list " + name + ": entry '" + entry + "' is not code=name");
            }
            long code = Long.parseLong(entry.substring(0, equals));
            if (labels.put(code, entry.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("code list " + name + ": code " + code + " appears twice");
            }
        }
        return new CodeList(name, labels);
    }

    public String name() {
        return name;
    }

    /** Code → English name, in the documented order. */
    public Map<Long, String> labels() {
        return labels;
    }

    public boolean contains(long code) {
        return labels.containsKey(code);
    }

    public @Nullable String label(long code) {
        return labels.get(code);
    }

    /** {@code 0 (Neutral), 1 (Off), 2 (On)}: for messages. */
    public String describe() {
        return labels.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }
}
