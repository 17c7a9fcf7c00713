/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A parsed OSGi manifest header such as {@code Import-Package}: clauses separated by commas outside quotes, each a
 * name with {@code key=value} attributes and {@code key:=value} directives.
 */
@NonNullByDefault
record OsgiHeader(List<Clause> clauses) {

    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
        @Nullable
        String attribute(String key) {
            return attributes.get(key);
        }

        @Nullable
        String directive(String key) {
            return directives.get(key);
        }
    }

    static OsgiHeader parse(@Nullable String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return new OsgiHeader(clauses);
        }
        for (String clauseText : split(header, ',')) {
            List<String> parts = split(clauseText, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (String part : parts) {
                int directive = part.indexOf(":=");
                int equals = part.indexOf('=');
                if (directive > 0 && directive < equals) {
                    directives.put(part.substring(0, directive).trim(), unquote(part.substring(directive + 2)));
                } else if (equals > 0) {
                    attributes.put(part.substring(0, equals).trim(), unquote(part.substring(equals + 1)));
                } else {
                    names.add(part.trim());
                }
            }
            for (String name : names) {
                clauses.add(new Clause(name, attributes, directives));
            }
        }
        return new OsgiHeader(clauses);
    }

    @Nullable
    Clause find(String name) {
        return clauses.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().trim());
        }
        return parts;
    }

    private static String unquote(String value) {
        String trimmed = value.trim();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
