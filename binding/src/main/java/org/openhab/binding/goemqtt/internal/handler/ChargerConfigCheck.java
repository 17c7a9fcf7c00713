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

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.ControllerPvSource;
import org.openhab.binding.goemqtt.internal.control.PvFeedSettings;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.core.thing.ThingUID;

/**
 * The checks of a charger configuration, done in {@code initialize()} before anything starts.
 */
@NonNullByDefault
final class ChargerConfigCheck {

    /** go-e serial numbers have six digits, leading zeros included ({@code 072246}). */
    static final int SERIAL_DIGITS = 6;

    private ChargerConfigCheck() {
    }

    /** The status text of the first problem of {@code config}; null when it can work. */
    static @Nullable String problem(ChargerConfiguration config) {
        String serial = config.serial.strip();
        if (serial.isEmpty()) {
            return ChargerStatusTexts.missingSerial();
        }
        try {
            ChargerSerial.of(serial);
        } catch (IllegalArgumentException e) {
            return ChargerStatusTexts.invalidParameter(CONFIG_SERIAL, String.valueOf(e.getMessage()));
        }
        if (lostLeadingZeros(serial)) {
            return ChargerStatusTexts.serialWithoutZeros(serial, "0".repeat(SERIAL_DIGITS - serial.length()) + serial);
        }
        String base = config.baseTopic;
        if (base != null && !base.isBlank()) {
            try {
                BaseTopic.of(base.strip());
            } catch (IllegalArgumentException e) {
                return ChargerStatusTexts.invalidParameter(CONFIG_BASE_TOPIC, String.valueOf(e.getMessage()));
            }
        }
        if (config.silenceTimeout < 1) {
            return ChargerStatusTexts.invalidParameter(ChargerConfiguration.SILENCE_TIMEOUT,
                    "must be at least 1 s, was " + config.silenceTimeout);
        }
        if (config.resultTimeout < 1) {
            return ChargerStatusTexts.invalidParameter(ChargerConfiguration.RESULT_TIMEOUT,
                    "must be at least 1 s, was " + config.resultTimeout);
        }
        try {
            pvFeed(config);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String parameter = message.startsWith(PvFeedSettings.PARAM_MAX_AGE) ? PvFeedSettings.PARAM_MAX_AGE
                    : PvFeedSettings.PARAM_INTERVAL;
            return ChargerStatusTexts.invalidParameter(parameter, message.substring(
                    message.startsWith(parameter) ? parameter.length() : 0).strip());
        }
        try {
            pvController(config);
        } catch (IllegalArgumentException e) {
            return ChargerStatusTexts.invalidParameter(ControllerPvSource.PARAM_CONTROLLER,
                    String.valueOf(e.getMessage()));
        }
        return null;
    }

    /**
     * The controller thing named as PV source; null when none is.
     *
     * @throws IllegalArgumentException when the text is no thing UID
     */
    static @Nullable ThingUID pvController(ChargerConfiguration config) {
        String uid = config.pvController;
        return uid == null || uid.isBlank() ? null : new ThingUID(uid.strip());
    }

    /** The category mapping of the controller PV source. */
    static ControllerPvSource pvSource(ChargerConfiguration config) {
        return new ControllerPvSource(config.pvGridCategory, config.pvSolarCategory, config.pvBatteryCategory);
    }

    /**
     * Whether {@code serial} is digits only and shorter than a go-e serial: what openHAB makes of a serial written
     * without quotes in a {@code .things} file ({@code serial=072246} is read as the number 72246 and becomes the
     * text {@code "72246"}). Such a charger would never be heard: it publishes under {@code /go-eCharger/072246/}.
     */
    static boolean lostLeadingZeros(String serial) {
        return serial.length() < SERIAL_DIGITS && serial.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The configured serial; call after {@link #problem(ChargerConfiguration)} found none. */
    static ChargerSerial serial(ChargerConfiguration config) {
        return ChargerSerial.of(config.serial.strip());
    }

    /** How the PV feed runs; throws IllegalArgumentException naming the parameter when a value is out of range. */
    static PvFeedSettings pvFeed(ChargerConfiguration config) {
        return PvFeedSettings.of(config.pvFeedEnabled, config.pvFeedInterval, config.pvFeedMaxAge);
    }

    /** The configured base topic; null when none is configured. */
    static @Nullable BaseTopic baseTopic(ChargerConfiguration config) {
        String base = config.baseTopic;
        return base == null || base.isBlank() ? null : BaseTopic.of(base.strip());
    }
}
