/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.library.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A point in time with the zone it is shown in.
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    /** Output pattern without zone. */
    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    /** Output pattern with zone name. */
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    /** Output pattern with milliseconds and RFC 822 offset. */
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    /** Output pattern with milliseconds and zone name. */
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    /** Output pattern with milliseconds and ISO offset. */
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    /** Date and time with optional seconds and fraction, then optional offset or zone. */
    private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().optionalEnd() //
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd() //
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd() //
            .optionalStart().appendOffset("+HH", "Z").optionalEnd() //
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd() //
            .optionalStart().appendZoneId().optionalEnd() //
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

    private final Instant instant;
    private final ZoneId zone;

    /** Creates the current moment in the system zone. */
    public DateTimeType() {
        this(Instant.now());
    }

    /**
     * @param instant the moment, shown in the system zone
     */
    public DateTimeType(Instant instant) {
        this(instant, ZoneId.systemDefault());
    }

    /**
     * @param zoned the moment and its zone
     */
    public DateTimeType(ZonedDateTime zoned) {
        this(zoned.toInstant(), zoned.getZone());
    }

    /**
     * Parses ISO-like date-times ({@code 2024-05-01T10:15:30+02:00}, with a space instead of the {@code T}, without
     * seconds, zone or time), times of day and epoch seconds or milliseconds.
     *
     * @param zonedValue the text
     * @throws IllegalArgumentException when the text is not understood
     */
    public DateTimeType(String zonedValue) {
        ZonedDateTime parsed = parse(zonedValue.trim());
        this.instant = parsed.toInstant();
        this.zone = parsed.getZone();
    }

    private DateTimeType(Instant instant, ZoneId zone) {
        this.instant = instant;
        this.zone = zone;
    }

    /**
     * @param value the text
     * @return the parsed date-time
     * @see #DateTimeType(String)
     */
    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    /**
     * @return the moment in this value's zone
     */
    public ZonedDateTime getZonedDateTime() {
        return instant.atZone(zone);
    }

    /**
     * @return the moment
     */
    public Instant getInstant() {
        return instant;
    }

    @Override
    public String format(@Nullable String pattern) {
        if (pattern == null) {
            return DateTimeFormatter.ofPattern(DATE_PATTERN).format(getZonedDateTime());
        }
        return String.format(pattern, getZonedDateTime());
    }

    /**
     * @param locale the locale for names of months and days
     * @param pattern a {@link java.util.Formatter} pattern
     * @return the formatted date-time
     */
    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, getZonedDateTime());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return OUTPUT.format(getZonedDateTime());
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof DateTimeType other && obj.getClass() == getClass() && instant.equals(other.instant);
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.instant);
    }

    private static ZonedDateTime parse(String value) {
        try {
            if (value.matches("[+-]?\\d+(\\.\\d+)?")) {
                long epoch = (long) Double.parseDouble(value);
                // fewer than 12 digits: seconds, otherwise milliseconds
                Instant at = Math.abs(epoch) < 100_000_000_000L ? Instant.ofEpochSecond(epoch)
                        : Instant.ofEpochMilli(epoch);
                return at.atZone(ZoneId.systemDefault());
            }
            String text = value;
            if (text.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*")) {
                text = text.substring(0, 10) + "T" + text.substring(11);
            } else if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault());
            } else if (text.matches("\\d{2}:\\d{2}.*")) {
                text = "1970-01-01T" + text;
            }
            TemporalAccessor parsed = PARSER.parse(text.replace(" ", ""));
            LocalDateTime local = LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed));
            ZoneId zone = parsed.query(java.time.temporal.TemporalQueries.zone());
            return local.atZone(zone != null ? zone : ZoneId.systemDefault());
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(value + " is not in a valid format.", e);
        }
    }
}
