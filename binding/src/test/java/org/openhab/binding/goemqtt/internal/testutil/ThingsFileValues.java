/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads the property list of a {@code .things} declaration (what stands between {@code [} and {@code ]}) into the
 * values openHAB's thing DSL hands to the configuration. Its grammar: {@code key=value(, value)*} separated by commas;
 * a value is text in double quotes (Java escapes), {@code true} or {@code false}, or an unquoted word, optionally
 * {@code word.word}, which the DSL turns into a BigDecimal or refuses ("Number expected"). Single quotes are not
 * read here.
 */
@NonNullByDefault
final class ThingsFileValues {

    private final String text;
    private int at;

    ThingsFileValues(String text) {
        this.text = text;
    }

    Map<String, Object> read() {
        Map<String, Object> values = new LinkedHashMap<>();
        skipBlanks();
        if (at == text.length()) {
            return values;
        }
        do {
            String key = word();
            expect('=');
            List<Object> list = new ArrayList<>();
            list.add(value());
            while (next(',') && !keyFollows()) {
                at++;
                list.add(value());
            }
            values.put(key, list.size() == 1 ? list.get(0) : list);
        } while (take(','));
        skipBlanks();
        if (at != text.length()) {
            throw problem("',' expected");
        }
        return values;
    }

    private Object value() {
        skipBlanks();
        if (next('"')) {
            return quoted();
        }
        if (next('\'')) {
            throw problem("single-quoted text is not read here");
        }
        String word = word();
        if (next('.')) {
            at++;
            word = word + "." + word();
        }
        if ("true".equals(word) || "false".equals(word)) {
            return Boolean.valueOf(word);
        }
        try {
            return new BigDecimal(word);
        } catch (NumberFormatException e) {
            throw problem("Number expected, not " + word + " (text needs double quotes)");
        }
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length() && text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'b' -> value.append('\b');
                case 't' -> value.append('\t');
                case 'n' -> value.append('\n');
                case 'f' -> value.append('\f');
                case 'r' -> value.append('\r');
                case 'u' -> {
                    value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> value.append(escaped);
            }
        }
        if (at >= text.length()) {
            throw problem("text without closing quote");
        }
        at++;
        return value.toString();
    }

    /** A word of the DSL's ID terminal: letters, digits, {@code _} and {@code -}. */
    private String word() {
        skipBlanks();
        int start = at;
        while (at < text.length() && isWordCharacter(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw problem("a word expected");
        }
        return text.substring(start, at);
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** After a comma: whether {@code key=} follows (a new property) rather than another value. */
    private boolean keyFollows() {
        int mark = at;
        try {
            at++;
            skipBlanks();
            int start = at;
            while (at < text.length() && isWordCharacter(text.charAt(at))) {
                at++;
            }
            boolean word = at > start;
            skipBlanks();
            return word && next('=');
        } finally {
            at = mark;
        }
    }

    private boolean next(char c) {
        skipBlanks();
        return at < text.length() && text.charAt(at) == c;
    }

    private boolean take(char c) {
        if (next(c)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!take(c)) {
            throw problem("'" + c + "' expected");
        }
    }

    private void skipBlanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException(what + " at " + at + " in: " + text);
    }
}
