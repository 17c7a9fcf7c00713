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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A charger firmware version as published on {@code fwv}: {@code "040.0"}, {@code "055.6"}, {@code "60.5"}, also
 * {@code "35.6-1-ga0d44e5"} or {@code "V 054.11 OUTDATED"}. Only major and minor count, both as whole numbers
 * ({@code 054.11} is later than {@code 054.7}). Never parsed as a decimal number. A text without a version is
 * {@link #isKnown() unknown}.
 */
@NonNullByDefault
public record FirmwareVersion(String text, int major, int minor) implements Comparable<FirmwareVersion> {

    /** The first firmware that answers every {@code /set} on {@code /result}. */
    public static final FirmwareVersion FIRST_WITH_RESULT_TOPIC = new FirmwareVersion("051.5", 51, 5);

    /** No version seen yet, or one that does not parse. */
    public static final FirmwareVersion UNKNOWN = new FirmwareVersion("", -1, -1);

    private static final Pattern VERSION = Pattern
            .compile("^\\s*\"?\\s*(?:[vV]\\s*)?(\\d{1,6})(?:\\.(\\d{1,6}))?(?!\\d)");

    /** The version in {@code text}; {@link #UNKNOWN} (with the text kept) when there is none. Never throws. */
    public static FirmwareVersion parse(String text) {
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.find()) {
            return new FirmwareVersion(text, -1, -1);
        }
        String minor = matcher.group(2);
        return new FirmwareVersion(text, Integer.parseInt(matcher.group(1)),
                minor == null ? 0 : Integer.parseInt(minor));
    }

    /** Whether the text held a version. */
    public boolean isKnown() {
        return major >= 0;
    }

    /**
     * Whether the charger answers sets on {@code /result} (051.5 and later). An unknown version is assumed to: every
     * firmware in use today does, and waiting for an answer that never comes only ends in a timeout.
     */
    public boolean supportsResultTopic() {
        return !isKnown() || compareTo(FIRST_WITH_RESULT_TOPIC) >= 0;
    }

    @Override
    public int compareTo(FirmwareVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return isKnown() ? text : "unknown (" + text + ")";
    }
}
