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
 * openHAB reads the arguments by deleting every {@code [}, {@code ]} and {@code "}, splitting the rest at each
 * {@code ,}, trimming the pieces and dropping empty ones. It has no escape. So that a charger's text (which may
 * hold quotes, e.g. {@code exceeds range 4 to 64 "go"}) or a JSON payload (quotes and commas) reaches the user
 * whole and in its place, those four characters become look-alikes in an argument (see {@link #argument(String)}),
 * and an empty argument becomes {@value #EMPTY}.
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
     * {@code ‚} (U+201A), {@code [} {@code ]} → {@code ［} {@code ］} (U+FF3B, U+FF3D); line breaks become spaces;
     * empty or blank → {@value #EMPTY}.
     */
    public static String argument(String text) {
        String shown = text.length() > MAX_ARGUMENT ? text.substring(0, MAX_ARGUMENT) + "…" : text;
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append('\u02BA');
                case ',' -> out.append('\u201A');
                case '[' -> out.append('\uFF3B');
                case ']' -> out.append('\uFF3D');
                case '\r', '\n', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString().isBlank() ? EMPTY : out.toString();
    }
}
