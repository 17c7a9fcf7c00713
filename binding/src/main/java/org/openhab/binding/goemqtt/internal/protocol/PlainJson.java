/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads the plain JSON a charger publishes ({@code 16}, {@code true}, {@code "text"}, {@code [1,2]},
 * {@code {"a":1}}) into the same elements Gson's strict reader makes, without the reader's buffers (a Gson reader
 * allocates some 3 KB, most of what decoding a message costs). Whatever it is not sure to read as Gson does (an
 * escape or control character in a string, a repeated object key, nesting beyond a limit, any syntax error) it
 * leaves to Gson: {@link #parse} then answers {@code null}. So it never decides what is invalid, only what is plainly
 * valid.
 */
@NonNullByDefault
final class PlainJson {

    /** Whole numbers of up to this many digits are {@linkplain #shared shared}. */
    private static final int SHARED_DIGITS = 3;
    private static final @Nullable JsonPrimitive[] SHARED = new JsonPrimitive[1000];
    /** The largest size an array's list is {@linkplain #flatElements made in} at once. */
    private static final int MAX_PRESIZED = 64;

    private final String text;
    private final int maxDepth;
    private int position;

    private PlainJson(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /**
     * The value {@code text} holds, or {@code null} when it is not plain JSON nested at most {@code maxDepth} levels
     * (let Gson read it then). Numbers keep their text, as Gson's do.
     */
    static @Nullable JsonElement parse(String text, int maxDepth) {
        PlainJson reader = new PlainJson(text, maxDepth);
        JsonElement value = reader.value(0);
        return value != null && reader.skipWhitespace() == text.length() ? value : null;
    }

    private @Nullable JsonElement value(int depth) {
        if (skipWhitespace() == text.length()) {
            return null;
        }
        char c = text.charAt(position);
        return switch (c) {
            case '"' -> {
                String string = string();
                yield string != null ? new JsonPrimitive(string) : null;
            }
            case '[' -> depth < maxDepth ? array(depth + 1) : null;
            case '{' -> depth < maxDepth ? object(depth + 1) : null;
            case 't' -> literal("true", new JsonPrimitive(true));
            case 'f' -> literal("false", new JsonPrimitive(false));
            case 'n' -> literal("null", JsonNull.INSTANCE);
            default -> c == '-' || (c >= '0' && c <= '9') ? number() : null;
        };
    }

    private @Nullable JsonElement array(int depth) {
        position++; // [
        JsonArray array = new JsonArray(flatElements());
        if (skipWhitespace() < text.length() && text.charAt(position) == ']') {
            position++;
            return array;
        }
        while (true) {
            JsonElement element = value(depth);
            if (element == null) {
                return null;
            }
            array.add(element);
            if (skipWhitespace() == text.length()) {
                return null;
            }
            char c = text.charAt(position++);
            if (c == ']') {
                return array;
            } else if (c != ',') {
                return null;
            }
        }
    }

    private @Nullable JsonElement object(int depth) {
        position++; // {
        JsonObject object = new JsonObject();
        if (skipWhitespace() < text.length() && text.charAt(position) == '}') {
            position++;
            return object;
        }
        while (true) {
            if (skipWhitespace() == text.length() || text.charAt(position) != '"') {
                return null;
            }
            String name = string();
            if (name == null || object.has(name) || skipWhitespace() == text.length()
                    || text.charAt(position++) != ':') {
                return null;
            }
            JsonElement member = value(depth);
            if (member == null) {
                return null;
            }
            object.add(name, member);
            if (skipWhitespace() == text.length()) {
                return null;
            }
            char c = text.charAt(position++);
            if (c == '}') {
                return object;
            } else if (c != ',') {
                return null;
            }
        }
    }

    /**
     * How many elements the array whose {@code [} was just read has when it is flat (its commas up to the first
     * bracket or brace; at most {@value #MAX_PRESIZED}), so that its list is made in its size at once ({@code nrg}
     * has 16 numbers, a list grows from 10). Only a size hint: commas in strings and nested values count too.
     */
    private int flatElements() {
        int elements = 1;
        for (int i = position; i < text.length() && elements < MAX_PRESIZED; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                elements++;
            } else if (c == ']' || c == '[' || c == '{' || c == '}') {
                break;
            }
        }
        return elements;
    }

    /** A string without escapes or control characters, position after its closing quote; else null. */
    private @Nullable String string() {
        int start = position + 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                position = i + 1;
                return text.substring(start, i);
            } else if (c == '\\' || c < 0x20) {
                return null;
            }
        }
        return null;
    }

    private @Nullable JsonElement literal(String word, JsonElement value) {
        if (!text.startsWith(word, position)) {
            return null;
        }
        position += word.length();
        return endsToken() ? value : null;
    }

    /** {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}, followed by a delimiter; else null. */
    private @Nullable JsonElement number() {
        int start = position;
        if (text.charAt(position) == '-') {
            position++;
        }
        if (position < text.length() && text.charAt(position) == '0') {
            position++;
        } else if (digits() == 0) {
            return null;
        }
        if (position - start <= SHARED_DIGITS && text.charAt(start) != '-' && endsToken()) {
            return shared(start);
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            if (digits() == 0) {
                return null;
            }
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            if (digits() == 0) {
                return null;
            }
        }
        return endsToken() ? new JsonPrimitive(new NumberText(text.substring(start, position))) : null;
    }

    /**
     * The element of the small whole number of the digits from {@code start} to the position (no sign, no leading
     * zero): one element per such number for all messages, made when first read. Such numbers are most of what a
     * charger sends ({@code nrg}'s voltages and zero currents, codes, switches as 0/1), and an element is immutable.
     * Made racily: a thread that does not see another's element makes an equal one, and an element's fields are
     * final, so it is seen complete.
     */
    private JsonPrimitive shared(int start) {
        int number = 0;
        for (int i = start; i < position; i++) {
            number = number * 10 + (text.charAt(i) - '0');
        }
        JsonPrimitive element = SHARED[number];
        if (element == null) {
            element = new JsonPrimitive(new NumberText(text.substring(start, position)));
            SHARED[number] = element;
        }
        return element;
    }

    private int digits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position - start;
    }

    /** Whether the token just read ends here: end of text, white space or structure follows. */
    private boolean endsToken() {
        if (position == text.length()) {
            return true;
        }
        char c = text.charAt(position);
        return isWhitespace(c) || c == ',' || c == ']' || c == '}';
    }

    /** Moves past JSON white space; returns the new position. */
    private int skipWhitespace() {
        while (position < text.length() && isWhitespace(text.charAt(position))) {
            position++;
        }
        return position;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * A JSON number as its text, converted when asked: what Gson's reader gives a {@link JsonElement} (its own such
     * class is internal to Gson, not exported to other bundles). Equality and hashing of the {@link JsonPrimitive}
     * that holds it follow from {@link #doubleValue()}, as for Gson's.
     */
    private static final class NumberText extends Number {
        private static final long serialVersionUID = 1L;

        private final String text;

        NumberText(String text) {
            this.text = text;
        }

        @Override
        public int intValue() {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return (int) longValue();
            }
        }

        @Override
        public long longValue() {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return new BigDecimal(text).longValue();
            }
        }

        @Override
        public float floatValue() {
            return Float.parseFloat(text);
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof NumberText number && text.equals(number.text);
        }
    }
}
