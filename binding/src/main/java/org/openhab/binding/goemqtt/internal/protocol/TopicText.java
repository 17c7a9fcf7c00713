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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The character rules shared by serials, keys and base topics: what MQTT forbids in a topic name (wildcards, NUL)
 * and what would make our topics ambiguous (a level separator inside a single level, empty levels).
 */
@NonNullByDefault
final class TopicText {

    private TopicText() {
    }

    /**
     * Why {@code text} cannot be one topic level, or {@code null} when it can.
     *
     * @param what the name of the thing being checked, for the message ("serial", "key")
     */
    static @Nullable String levelProblem(String what, String text) {
        if (isLevel(text)) {
            return null; // whether it can be a level is decided there alone; what follows says why not
        }
        if (text.isEmpty()) {
            return what + " is empty";
        }
        if (text.indexOf('/') >= 0) {
            return what + " '" + printable(text) + "' contains '/', which separates topic levels";
        }
        return characterProblem(what, text);
    }

    /**
     * Whether {@code text} can be one topic level (not empty; no '/', wildcard or control character). One pass and no
     * text built, for the message path; {@link #levelProblem} asks it first and then names the reason.
     */
    static boolean isLevel(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '+' || c == '#' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code text} contains a character no topic of ours may contain, or {@code null}. */
    static @Nullable String characterProblem(String what, String text) {
        if (text.indexOf('+') >= 0 || text.indexOf('#') >= 0) {
            return what + " '" + printable(text) + "' contains an MQTT wildcard ('+' or '#')";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return what + " '" + printable(text) + "' contains a NUL character";
            }
            if (Character.isISOControl(c)) {
                return what + " '" + printable(text) + "' contains a control character";
            }
        }
        return null;
    }

    /**
     * A topic prefix (a base topic or a discovery base) in its normal form, ending with {@code /}.
     * A leading {@code /} is kept: it makes an empty first level, which is how real chargers publish. Refuses an
     * empty or blank prefix, wildcards, NUL and control characters, empty levels ({@code a//b}) and a leading
     * {@code $} (reserved for the broker), each with a clear message.
     */
    static String normalisePrefix(String what, String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String problem = characterProblem(what, text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (text.startsWith("$")) {
            throw new IllegalArgumentException(
                    what + " '" + printable(text) + "' starts with '$', which is reserved for the broker");
        }
        String normal = text.endsWith("/") ? text : text + "/";
        int start = normal.startsWith("/") ? 1 : 0;
        int end = normal.length() - 1;
        if (end <= start) {
            throw new IllegalArgumentException(what + " '" + printable(text) + "' has no topic level");
        }
        for (String level : normal.substring(start, end).split("/", -1)) {
            if (level.isEmpty()) {
                throw new IllegalArgumentException(what + " '" + printable(text) + "' has an empty topic level");
            }
        }
        return normal;
    }

    /** The text with control characters shown as {@code \\uXXXX}, for error messages and log lines. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
