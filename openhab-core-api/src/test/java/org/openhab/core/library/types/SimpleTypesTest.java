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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

@NonNullByDefault
class SimpleTypesTest {

    @Test
    void decimalTypeKeepsBigDecimalValueAndComparesByValue() {
        DecimalType d = new DecimalType(new BigDecimal("1.50"));
        assertEquals(new DecimalType("1.5"), d);
        assertEquals("1.50", d.toFullString());
        assertEquals(1, d.intValue());
        assertEquals("2", new DecimalType(2).format("%d"));
        assertEquals("1.5", d.format("%.1f"));
        assertEquals(OnOffType.ON, d.as(OnOffType.class));
    }

    @Test
    void percentTypeRejectsOutOfRangeValues() {
        assertThrows(IllegalArgumentException.class, () -> new PercentType(101));
        assertThrows(IllegalArgumentException.class, () -> new PercentType(-1));
        assertEquals(PercentType.HUNDRED, new PercentType("100"));
        assertEquals(OnOffType.OFF, PercentType.ZERO.as(OnOffType.class));
    }

    @Test
    void onOffTypeMapsBooleans() {
        assertEquals(OnOffType.ON, OnOffType.from(true));
        assertEquals(OnOffType.OFF, OnOffType.from(false));
        assertEquals("ON", OnOffType.ON.toFullString());
        assertEquals(new DecimalType(1), OnOffType.ON.as(DecimalType.class));
    }

    @Test
    void stringTypeTreatsNullAsEmptyAndEqualsPlainText() {
        assertEquals(StringType.EMPTY, new StringType(null));
        assertEquals(new StringType("x"), StringType.valueOf("x"));
        assertTrue(new StringType("x").equals("x"));
        assertEquals("[x]", new StringType("x").format("[%s]"));
    }

    @Test
    void undefinedAndRefreshValuesPrintTheirNames() {
        assertEquals("UNDEF", UnDefType.UNDEF.toString());
        assertEquals("NULL", UnDefType.NULL.toFullString());
        assertEquals("REFRESH", RefreshType.REFRESH.toString());
        State undef = UnDefType.UNDEF;
        assertSame(UnDefType.UNDEF, undef.as(UnDefType.class));
        assertNull(undef.as(DecimalType.class));
    }

    @Test
    void dateTimeTypeKeepsTheInstantOfAZonedDateTime() {
        ZonedDateTime zoned = ZonedDateTime.of(2024, 5, 1, 10, 15, 30, 0, ZoneId.of("Europe/Vienna"));
        DateTimeType dt = new DateTimeType(zoned);
        assertEquals(zoned.toInstant(), dt.getInstant());
        assertEquals(zoned.toInstant(), dt.getZonedDateTime().toInstant());
        assertEquals(dt, new DateTimeType(zoned.toInstant()));
    }

    @Test
    void dateTimeTypeParsesCommonForms() {
        Instant expected = Instant.parse("2024-05-01T08:15:30Z");
        assertEquals(expected, new DateTimeType("2024-05-01T10:15:30+02:00").getInstant());
        assertEquals(expected, new DateTimeType("2024-05-01T10:15:30.000+0200").getInstant());
        assertEquals(expected, new DateTimeType("2024-05-01T08:15:30Z").getInstant());
        assertEquals(expected, DateTimeType.valueOf("1714551330").getInstant());
        assertEquals(expected, DateTimeType.valueOf("1714551330000").getInstant());
        assertEquals(expected, new DateTimeType(new DateTimeType(expected).toFullString()).getInstant());
        assertThrows(IllegalArgumentException.class, () -> new DateTimeType("not a date"));
    }
}
