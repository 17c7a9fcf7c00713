/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import static org.junit.jupiter.api.Assertions.*;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading the charger's clock texts: the firmware's own forms character by character, every other form through the
 * general pattern, with the same result either way.
 */
@NonNullByDefault
class ClockTextTest {

    @ParameterizedTest
    @CsvSource({ "2023-03-01T08:02:22.7, 700000000", "2023-03-01T08:02:22.76, 760000000",
            "2023-03-01T08:02:22.764, 764000000", "2023-03-01T08:02:22.7641, 764100000",
            "2023-03-01T08:02:22.76412, 764120000", "2023-03-01T08:02:22.764123, 764123000",
            "2023-03-01T08:02:22.7641234, 764123400", "2023-03-01T08:02:22.76412345, 764123450",
            "2023-03-01T08:02:22.764123456, 764123456", "2023-03-01T08:02:22.000000001, 1",
            "2023-03-01T08:02:22, 0" })
    void fractionsOfOneToNineDigitsOrNoneAreNanosecondsOfTheFirmwareForm(String text, int nanos) {
        ClockText fast = ClockText.parseFirmwareForm(text);
        assertNotNull(fast, "read without the pattern");
        assertEquals(LocalDateTime.of(2023, 3, 1, 8, 2, 22, nanos), fast.local());
        assertNull(fast.offset());
        assertEquals(ClockText.parseAnyForm(text), fast, "same as the general pattern");
    }

    @ParameterizedTest
    @CsvSource({ "'2023-03-01T09:02:22.769 +01:00', 3600", "2023-03-01T09:02:22.769+01:00, 3600",
            "2023-03-01T09:02:22.769Z, 0", "'2023-03-01T09:02:22 Z', 0", "2023-03-01T09:02:22-00:30, -1800",
            "'2023-03-01T09:02:22.769 -05:45', -20700" })
    void offsetsWrittenWithAColonOrAsZAreReadByTheFirmwareForm(String text, int offsetSeconds) {
        ClockText fast = ClockText.parseFirmwareForm(text);
        assertNotNull(fast, "read without the pattern");
        assertEquals(ZoneOffset.ofTotalSeconds(offsetSeconds), fast.offset());
        assertEquals(ClockText.parseAnyForm(text), fast, "same as the general pattern");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2022-02-16T19:27:34.042.171", "2023-03-01 08:02:22.764", "2023-03-01T08:02",
            "2023-03-01T8:02:22", "2023-03-01T08:02:22,764", "2023-03-01T08:02:22.7641234567",
            "2023-03-01T09:02:22.769 +0100", "2023-03-01T09:02:22.769 +01", "2023-03-01T09:02:22.769  +01:00" })
    void otherFormsGoThroughTheGeneralPatternAndStillParse(String text) {
        assertNull(ClockText.parseFirmwareForm(text), "not the firmware's own form");
        ClockText any = ClockText.parse(text);
        assertNotNull(any);
        assertEquals(ClockText.parseAnyForm(text), any);
    }

    @Test
    void severalFractionGroupsAndExcessDigitsKeepTheFirstNineDigits() {
        ClockText groups = ClockText.parse("2022-02-16T19:27:34.042.171");
        assertNotNull(groups);
        assertEquals(42171000, groups.local().getNano());
        ClockText tenDigits = ClockText.parse("2023-03-01T08:02:22.7641234567");
        assertNotNull(tenDigits);
        assertEquals(764123456, tenDigits.local().getNano());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yesterday", "2023-03-01", "2023-03-01T08:02:2x", "2023-03-01T08:02:22.",
            "2023-03-01T08:02:22.764 CET", "2023-03-01T08:02:22.764 +01:00 ", "2023-03-01X08:02:22",
            "2023-03-01T08:02:22.764 *01:00", "2023-03-01T08:02:22.764 +0a:00", "２０２３-03-01T08:02:22" })
    void textThatIsNoDateAndTimeGivesNothing(String text) {
        assertNull(ClockText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-02-30T10:00:00", "2023-13-01T10:00:00", "2023-03-01T24:00:00",
            "2023-03-01T10:60:00", "2023-03-01T10:00:60", "2023-03-01T10:00:00 +19:00", "2023-03-01T10:00:00+01:60",
            "2023-02-30 10:00:00" })
    void fieldsOutOfRangeAreRefusedByBothForms(String text) {
        assertThrows(DateTimeException.class, () -> ClockText.parse(text));
        assertThrows(DateTimeException.class, () -> ClockText.parseAnyForm(text));
    }
}
