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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Firmware versions from {@code fwv} and which of them answer on {@code /result}.
 */
@NonNullByDefault
class FirmwareVersionTest {

    @ParameterizedTest
    @CsvSource({ "040.0, 40, 0", "055.6, 55, 6", "60.5, 60, 5", "051.5, 51, 5", "'35.6-1-ga0d44e5', 35, 6",
            "'V 054.11 OUTDATED', 54, 11", "'055.4 BETA', 55, 4", "61, 61, 0", "'\"055.2\"', 55, 2" })
    void parsesMajorAndMinorAsWholeNumbers(String text, int major, int minor) {
        FirmwareVersion version = FirmwareVersion.parse(text);
        assertTrue(version.isKnown());
        assertEquals(major, version.major());
        assertEquals(minor, version.minor());
        assertEquals(text, version.text());
    }

    @ParameterizedTest
    @CsvSource({ "040.0, false", "051.4, false", "'35.6-1-ga0d44e5', false", "051.5, true", "051.10, true",
            "055.2, true", "055.6, true", "60.5, true" })
    void firmwareFrom0515AnswersOnTheResultTopic(String text, boolean supported) {
        assertEquals(supported, FirmwareVersion.parse(text).supportsResultTopic());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "garbage", "v", ".5", "abc 055.6" })
    void garbageIsUnknownAndAssumedToAnswer(String text) {
        FirmwareVersion version = FirmwareVersion.parse(text);
        assertFalse(version.isKnown());
        assertTrue(version.supportsResultTopic());
        assertTrue(version.toString().startsWith("unknown"));
    }

    @Test
    void minorVersionsCompareAsNumbersNotAsDecimals() {
        assertTrue(FirmwareVersion.parse("054.11").compareTo(FirmwareVersion.parse("054.7")) > 0);
        assertTrue(FirmwareVersion.parse("60.5").compareTo(FirmwareVersion.parse("055.8")) > 0);
        assertEquals(0, FirmwareVersion.parse("055.6").compareTo(FirmwareVersion.parse("55.6")));
    }

    @Test
    void anAbsurdlyLongNumberIsUnknownNotAnError() {
        assertFalse(FirmwareVersion.parse("12345678901.5").isKnown());
    }
}
