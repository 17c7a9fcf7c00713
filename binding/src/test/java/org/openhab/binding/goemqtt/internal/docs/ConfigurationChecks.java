/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.docs.MarkdownDocument.CodeBlock;
import org.openhab.binding.goemqtt.internal.docs.MarkdownDocument.Table;
import org.openhab.binding.goemqtt.internal.docs.ThingXmlFacts.Parameter;

/**
 * Checks of a README against the thing XML: the configuration tables (parameter, type, default, description) and
 * the text configuration snippets ({@code Bridge …}/{@code Thing …} in code blocks and inline code). Each check
 * returns the problems it found, one sentence each, saying what is missing where.
 */
@NonNullByDefault
final class ConfigurationChecks {

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(Bridge|Thing)\\s+([\\w:-]+)(?:\\s+([\\w-]+))?\\s*(?:\"[^\"]*\")?\\s*(?:\\([^)]*\\))?\\s*"
                    + "(?:@\\s*\"[^\"]*\")?\\s*(?:\\[(.*?)\\])?",
            Pattern.MULTILINE);
    private static final Pattern SETTING = Pattern
            .compile("([A-Za-z]\\w*)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^,\\]\\s]+)");

    private final ThingXmlFacts xml;
    /** The chargers the snippets declare, as {@code bridge:thing}. */
    final Set<String> declaredChargers = new LinkedHashSet<>();

    ConfigurationChecks(ThingXmlFacts xml) {
        this.xml = xml;
    }

    /**
     * The table under {@code heading} documents exactly the parameters of {@code typeId}, each with the XML's type
     * (first word of the type cell; "(list)" for a multiple parameter), its default in backticks (none when the XML
     * has none) and "required" for a required one.
     */
    List<String> configurationTable(MarkdownDocument readme, String heading, String typeId) {
        List<String> problems = new ArrayList<>();
        Map<String, Parameter> parameters = xml.parameters(typeId);
        String where = "README.md table under '" + heading + "'";
        if (parameters == null) {
            return List.of("OH-INF has no bridge or thing type '" + typeId + "' to check " + where + " against");
        }
        Table table = readme.table(heading);
        if (table == null) {
            return List.of("README.md has no table under '" + heading + "' (expected one row per parameter of "
                    + typeId + ")");
        }
        int name = table.header().indexOf("Parameter");
        int type = table.header().indexOf("Type");
        int defaultValue = table.header().indexOf("Default");
        if (name < 0 || type < 0 || defaultValue < 0 || !table.header().contains("Description")) {
            return List.of(where + " needs the columns Parameter, Type, Default, Description, not " + table.header());
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            List<String> spans = MarkdownDocument.codeSpans(row.get(name));
            rows.put(spans.isEmpty() ? row.get(name) : spans.get(0), row);
        }
        String file = xml.typeFiles.get(typeId);
        for (String parameter : parameters.keySet()) {
            if (!rows.containsKey(parameter)) {
                problems.add(where + " lacks the parameter `" + parameter + "` of " + typeId + " (" + file + ")");
            }
        }
        rows.forEach((parameterName, row) -> {
            Parameter parameter = parameters.get(parameterName);
            if (parameter == null) {
                problems.add(
                        where + " lists `" + parameterName + "`, which " + typeId + " does not have (" + file + ")");
                return;
            }
            String cellsWhere = where + ", `" + parameterName + "`";
            problems.addAll(cells(cellsWhere, parameter, row.get(type), row.get(defaultValue)));
        });
        return problems;
    }

    private static List<String> cells(String where, Parameter parameter, String typeCell, String defaultCell) {
        List<String> problems = new ArrayList<>();
        String expectedType = parameter.type() + (parameter.multiple() ? " (list)" : "");
        if (!typeCell.equals(expectedType)) {
            problems.add(where + ": type '" + typeCell + "' but the XML says '" + expectedType + "'");
        }
        List<String> defaults = MarkdownDocument.codeSpans(defaultCell);
        String xmlDefault = parameter.defaultValue();
        if (xmlDefault != null && !defaults.contains(xmlDefault)) {
            problems.add(where + ": default '" + defaultCell + "' but the XML default is `" + xmlDefault + "`");
        } else if (xmlDefault == null && !defaults.isEmpty()) {
            problems.add(where + ": default " + defaults + " but the XML has no default (describe it in words)");
        }
        if (parameter.required() != defaultCell.contains("required")) {
            problems.add(where + ": the XML says required=" + parameter.required() + " but the default cell says '"
                    + defaultCell + "'");
        }
        return problems;
    }

    /**
     * Every {@code Bridge}/{@code Thing} line of a code block, and every inline code span that starts with one, uses
     * a type of this binding of the right kind, only its parameters, valid values and every required parameter.
     * Records the chargers declared in {@link #declaredChargers}.
     */
    List<String> thingSnippets(MarkdownDocument readme) {
        List<String> problems = new ArrayList<>();
        for (CodeBlock block : readme.codeBlocks) {
            problems.addAll(snippet(block.body(), "code block at line " + block.line()));
        }
        for (String span : readme.inlineCode()) {
            if (span.startsWith("Bridge ") || span.startsWith("Thing ")) {
                problems.addAll(snippet(span, "inline code `" + span + "`"));
            }
        }
        return problems;
    }

    private List<String> snippet(String text, String where) {
        List<String> problems = new ArrayList<>();
        String bridge = "<bridge>";
        Matcher matcher = DECLARATION.matcher(text);
        while (matcher.find()) {
            boolean isBridge = "Bridge".equals(matcher.group(1));
            String[] uid = matcher.group(2).split(":");
            String type;
            String id;
            String parent = bridge;
            if (uid.length >= 3) {
                if (!"goemqtt".equals(uid[0])) {
                    problems.add("README.md " + where + ": `" + matcher.group(2) + "` is not a goemqtt thing UID");
                    continue;
                }
                type = uid[1];
                id = uid[uid.length - 1];
                parent = uid.length == 4 ? uid[2] : parent;
            } else {
                type = uid[0];
                id = matcher.group(3) == null ? "" : matcher.group(3);
            }
            Map<String, Parameter> parameters = isBridge ? xml.bridgeTypes.get(type) : xml.thingTypes.get(type);
            if (parameters == null) {
                problems.add("README.md " + where + ": " + matcher.group(1) + " type `" + type + "` does not exist; "
                        + (isBridge ? "bridge types: " + xml.bridgeTypes.keySet()
                                : "thing types: " + xml.thingTypes.keySet()));
                continue;
            }
            if (isBridge) {
                bridge = id;
            } else if ("charger".equals(type)) {
                declaredChargers.add(parent + ":" + id);
            }
            problems.addAll(settings(matcher.group(4) == null ? "" : matcher.group(4), type, parameters,
                    "README.md " + where + ", " + type + " `" + id + "`"));
        }
        return problems;
    }

    private List<String> settings(String text, String type, Map<String, Parameter> parameters, String where) {
        List<String> problems = new ArrayList<>();
        Set<String> given = new LinkedHashSet<>();
        Matcher setting = SETTING.matcher(text);
        while (setting.find()) {
            String name = setting.group(1);
            String value = setting.group(2).replaceAll("^\"|\"$", "");
            given.add(name);
            Parameter parameter = parameters.get(name);
            if (parameter == null) {
                problems.add(where + ": parameter `" + name + "` does not exist (" + xml.typeFiles.get(type)
                        + " has " + parameters.keySet() + ")");
            } else if ("integer".equals(parameter.type()) && !value.matches("-?\\d+")
                    || "boolean".equals(parameter.type()) && !value.matches("true|false")) {
                problems.add(where + ": `" + name + "` is " + parameter.type() + ", not `" + value + "`");
            }
        }
        parameters.values().stream().filter(p -> p.required() && !given.contains(p.name()))
                .forEach(p -> problems.add(where + ": required parameter `" + p.name() + "` is missing"));
        return problems;
    }
}
