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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The parts of a Markdown text the documentation checks read: fenced code blocks, the prose outside them (the
 * generated channel section left out), inline code spans and the tables under a heading.
 */
@NonNullByDefault
final class MarkdownDocument {

    static final String GENERATED_START = "<!-- channels:start -->";
    static final String GENERATED_END = "<!-- channels:end -->";

    /** A fenced code block; {@code line} is the 1-based line of its opening fence. */
    record CodeBlock(String language, String body, int line) {
    }

    /** A table: its header cells and its rows, each cell stripped, separator row left out. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    private static final Pattern INLINE_CODE = Pattern.compile("`([^`\\n]+)`");

    final List<CodeBlock> codeBlocks = new ArrayList<>();
    /** Every line outside code blocks and outside the generated channel section, in order. */
    final List<String> proseLines = new ArrayList<>();
    private final List<String> lines;

    MarkdownDocument(String text) {
        lines = List.of(text.split("\n", -1));
        boolean generated = false;
        int fenceLine = -1;
        String language = "";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (fenceLine >= 0) {
                if (line.strip().startsWith("```")) {
                    codeBlocks.add(new CodeBlock(language, body.toString(), fenceLine + 1));
                    fenceLine = -1;
                } else {
                    body.append(line).append('\n');
                }
            } else if (line.strip().startsWith("```")) {
                fenceLine = i;
                language = line.strip().substring(3).strip();
                body.setLength(0);
            } else if (line.contains(GENERATED_START)) {
                generated = true;
            } else if (line.contains(GENERATED_END)) {
                generated = false;
            } else if (!generated) {
                proseLines.add(line);
            }
        }
    }

    /** The prose outside code blocks and the generated section, as one text. */
    String prose() {
        return String.join("\n", proseLines);
    }

    /** Every inline code span of the prose, without its backticks. */
    List<String> inlineCode() {
        List<String> spans = new ArrayList<>();
        Matcher matcher = INLINE_CODE.matcher(prose());
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }

    /** The first table after the heading line {@code heading} (e.g. "## Bridge Configuration"), before the next one. */
    @Nullable
    Table table(String heading) {
        List<Table> tables = tables(heading);
        return tables.isEmpty() ? null : tables.get(0);
    }

    /** Every table between the heading line {@code heading} and the next heading. */
    List<Table> tables(String heading) {
        List<Table> tables = new ArrayList<>();
        int start = lines.indexOf(heading);
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 1; start >= 0 && i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i).strip() : "#";
            if (line.startsWith("|")) {
                List<String> cells = cells(line);
                if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
                    rows.add(cells);
                }
                continue;
            }
            if (!rows.isEmpty()) {
                tables.add(new Table(rows.get(0), List.copyOf(rows.subList(1, rows.size()))));
                rows.clear();
            }
            if (line.startsWith("#")) {
                break;
            }
        }
        return tables;
    }

    /** The cells of a table row; {@code \|} is a literal bar inside a cell. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.strip().substring(1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /** The inline code spans of a table cell, without backticks. */
    static List<String> codeSpans(String cell) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = INLINE_CODE.matcher(cell);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }
}
