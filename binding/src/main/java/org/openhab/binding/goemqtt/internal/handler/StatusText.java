/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.util.StringJoiner;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Thing status descriptions that openHAB translates: {@code @text/<key>} or {@code @text/<key> [ "a", "b" ]}, the
 * key found in {@code OH-INF/i18n/goemqtt*.properties}, the arguments filling {@code {0}}, {@code {1}} ...
 * <p>
 * openHAB ({@code ThingStatusInfoI18nLocalizationService}) takes the text up to the first white space as the key.
 * From the rest it deletes every {@code [}, {@code ]} and {@code "}, splits it at each {@code ,}, trims the pieces
 * and drops empty ones; there is no escape. An argument that starts with {@code @text/} is looked up as a key of
 * its own. The template is always formatted with {@code MessageFormat}, which inserts arguments as they are. So
 * that a charger's text (which may hold quotes, e.g. {@code exceeds range 4 to 64 "go"}) or a JSON payload (quotes
 * and commas) reaches the user whole and in its place, {@link #argument(String)} turns those four characters into
 * look-alikes, control characters into spaces, strips the ends as openHAB would, writes a leading {@code @} of
 * {@code @text/} as {@code ＠}, and shows an empty argument as {@value #EMPTY}.
 */
@NonNullByDefault
public final class StatusText {

    static final String PREFIX = "@text/";
    /** What an empty argument shows (openHAB would drop it and shift every later argument). */
    static final String EMPTY = "-";
    /** Longest argument kept; longer ones (a big JSON payload) end in an ellipsis. */
    static final int MAX_ARGUMENT = 200;

    private StatusText() {
    }

    /** {@code @text/<key>}, or with the arguments {@code @text/<key> [ "a", "b" ]}. */
    public static String of(String key, Object... arguments) {
        if (arguments.length == 0) {
            return PREFIX + key;
        }
        StringJoiner list = new StringJoiner(", ", " [ ", " ]");
        for (Object argument : arguments) {
            list.add('"' + argument(String.valueOf(argument)) + '"');
        }
        return PREFIX + key + list;
    }

    /**
     * {@code text} as it survives openHAB's argument parsing: {@code "} → {@code ʺ} (U+02BA), {@code ,} →
     * {@code ‚} (U+201A), {@code [} {@code ]} → {@code ［} {@code ］} (U+FF3B, U+FF3D); control characters (line
     * breaks, tabs) become spaces; white space at the ends is dropped; {@code @text/…} becomes {@code ＠text/…}
     * (U+FF20); empty or blank → {@value #EMPTY}; longer than {@value #MAX_ARGUMENT} characters: cut, with an
     * ellipsis.
     */
    public static String argument(String text) {
        int end = text.length();
        if (end > MAX_ARGUMENT) {
            end = Character.isHighSurrogate(text.charAt(MAX_ARGUMENT - 1)) ? MAX_ARGUMENT - 1 : MAX_ARGUMENT;
        }
        StringBuilder out = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append('\u02BA');
                case ',' -> out.append('\u201A');
                case '[' -> out.append('\uFF3B');
                case ']' -> out.append('\uFF3D');
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        if (end < text.length()) {
            out.append('…');
        }
        String shown = out.toString().strip();
        if (shown.isEmpty()) {
            return EMPTY;
        }
        return shown.startsWith(PREFIX) ? '\uFF20' + shown.substring(1) : shown;
    }
}
