/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How a charger builds its base topic: {@code /go-eCharger/<serial>/} as real firmware does, the documentation's
 * {@code go-eCharger/<serial>/}, or a custom prefix that replaces the whole base, serial included (the firmware's
 * {@code mtp}). A custom prefix may contain {@code {serial}}, which several chargers need to stay apart.
 *
 * @param style the style
 * @param prefix the custom prefix; empty for the default styles
 */
@NonNullByDefault
public record BaseTopic(Style style, String prefix) {

    /** The three ways a base topic comes about. */
    public enum Style {
        SLASH,
        NO_SLASH,
        CUSTOM
    }

    /** The placeholder for the serial in a custom prefix. */
    public static final String SERIAL_PLACEHOLDER = "{serial}";

    /** Real firmware: {@code /go-eCharger/<serial>/}. */
    public static final BaseTopic SLASH = new BaseTopic(Style.SLASH, "");
    /** The documentation's form: {@code go-eCharger/<serial>/}. */
    public static final BaseTopic NO_SLASH = new BaseTopic(Style.NO_SLASH, "");

    public BaseTopic {
        if (style == Style.CUSTOM) {
            if (prefix.isBlank() || prefix.contains("#") || prefix.contains("+")) {
                throw new IllegalArgumentException("a custom prefix must be a topic without wildcards: " + prefix);
            }
        } else if (!prefix.isEmpty()) {
            throw new IllegalArgumentException("only a custom base topic has a prefix");
        }
    }

    /** A custom prefix, e.g. {@code garage/wallbox/} or {@code chargers/{serial}/}. */
    public static BaseTopic custom(String prefix) {
        return new BaseTopic(Style.CUSTOM, prefix);
    }

    /**
     * Parses {@code slash}, {@code noslash} or {@code custom:<prefix>}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BaseTopic parse(String text) {
        if ("slash".equals(text)) {
            return SLASH;
        }
        if ("noslash".equals(text)) {
            return NO_SLASH;
        }
        if (text.startsWith("custom:")) {
            return custom(text.substring("custom:".length()));
        }
        throw new IllegalArgumentException("base style must be slash, noslash or custom:<prefix>, not " + text);
    }

    /** Whether several chargers can share this style (a custom prefix needs {@code {serial}}). */
    public boolean distinguishesSerials() {
        return style != Style.CUSTOM || prefix.contains(SERIAL_PLACEHOLDER);
    }

    /** The base topic of one charger, always ending in {@code /}. */
    public String forSerial(String serial) {
        return forDevice("go-eCharger", serial);
    }

    /** The base topic of a controller: {@code /go-eController/<serial>/}, {@code go-eController/<serial>/} or custom. */
    public String forController(String serial) {
        return forDevice("go-eController", serial);
    }

    private String forDevice(String deviceType, String serial) {
        switch (style) {
            case SLASH:
                return "/" + deviceType + "/" + serial + "/";
            case NO_SLASH:
                return deviceType + "/" + serial + "/";
            case CUSTOM:
            default:
                String base = prefix.replace(SERIAL_PLACEHOLDER, serial);
                return base.endsWith("/") ? base : base + "/";
        }
    }
}
