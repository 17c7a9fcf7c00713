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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The charger's clock as text: a local date and time, and the offset when the text has one. The forms the firmware
 * publishes every second ({@code 2023-03-01T08:02:22.764}, {@code 2023-03-01T09:02:22.769 +01:00}) are read
 * character by character; every other form the general pattern accepts (space for {@code T}, no seconds, one-digit
 * hour, several fraction groups such as {@code 2022-02-16T19:27:34.042.171} from firmware 053.1, a comma, more than
 * nine fraction digits, offsets without colon) goes through that pattern and gives the same result.
 *
 * @param local the date and time as written
 * @param offset the offset written after it; null when there is none
 */
@NonNullByDefault
record ClockText(LocalDateTime local, @Nullable ZoneOffset offset) {

    /** Date, time, any number of fraction groups, optional offset. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "((?:[.,]\\d+)*)\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    /** {@code yyyy-MM-ddTHH:mm:ss}. */
    private static final int SECONDS_END = 19;
    private static final int MAX_FRACTION_DIGITS = 9;

    /**
     * @return the clock, or null when {@code text} (already stripped) is no date and time
     * @throws java.time.DateTimeException when a field is out of range (February 30th, hour 24, offset +19:00)
     */
    static @Nullable ClockText parse(String text) {
        ClockText fast = parseFirmwareForm(text);
        return fast != null ? fast : parseAnyForm(text);
    }

    /** The firmware's own form, or null for any other text. */
    static @Nullable ClockText parseFirmwareForm(String text) {
        int length = text.length();
        if (length < SECONDS_END || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, SECONDS_END);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = SECONDS_END;
        int nanos = 0;
        if (position < length && text.charAt(position) == '.') {
            int end = position + 1;
            while (end < length && isDigit(text.charAt(end))) {
                end++;
            }
            int count = end - position - 1;
            if (count == 0 || count > MAX_FRACTION_DIGITS) {
                return null;
            }
            nanos = digits(text, position + 1, end);
            for (int i = count; i < MAX_FRACTION_DIGITS; i++) {
                nanos *= 10;
            }
            position = end;
        }
        ZoneOffset offset = null;
        if (position < length && text.charAt(position) == ' ') {
            position++;
        }
        if (position == length - 1 && text.charAt(position) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (position == length - 6 && text.charAt(position + 3) == ':') {
            char sign = text.charAt(position);
            int hours = digits(text, position + 1, position + 3);
            int minutes = digits(text, position + 4, length);
            if ((sign != '+' && sign != '-') || (hours | minutes) < 0) {
                return null;
            }
            offset = sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        } else if (position != length) {
            return null;
        }
        return new ClockText(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
    }

    /** Any form of the general pattern, or null for text that is no date and time. */
    static @Nullable ClockText parseAnyForm(String text) {
        Matcher matcher = CLOCK.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        String day = matcher.group(1);
        LocalDate date = LocalDate.of(Integer.parseInt(day, 0, 4, 10), Integer.parseInt(day, 5, 7, 10),
                Integer.parseInt(day, 8, 10, 10));
        String secondsText = matcher.group(4);
        int seconds = secondsText == null ? 0 : Integer.parseInt(secondsText);
        LocalTime time = LocalTime.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                seconds, nanos(matcher.group(5)));
        String offset = matcher.group(6);
        return new ClockText(LocalDateTime.of(date, time), offset == null ? null : ZoneOffset.of(offset));
    }

    /** {@code .042.171} → 042171000 ns: the digits of all fraction groups, at most nine. */
    private static int nanos(String fractions) {
        int nanos = 0;
        int count = 0;
        for (int i = 0; i < fractions.length() && count < MAX_FRACTION_DIGITS; i++) {
            char c = fractions.charAt(i);
            if (isDigit(c)) {
                nanos = nanos * 10 + (c - '0');
                count++;
            }
        }
        for (; count < MAX_FRACTION_DIGITS; count++) {
            nanos *= 10;
        }
        return nanos;
    }

    /** The number written in ASCII digits from {@code start} to {@code end}; -1 when another character is there. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
