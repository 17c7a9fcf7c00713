/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.types;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.types.TimeSeries.Entry;
import org.openhab.core.types.TimeSeries.Policy;

@NonNullByDefault
class TimeSeriesTest {

    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = T1.plusSeconds(60);

    @Test
    void entriesComeInTheOrderOfTheirInstantsAndAnInstantCountsOnce() {
        TimeSeries series = new TimeSeries(Policy.REPLACE);
        series.add(T2, new DecimalType(2));
        series.add(T1, new DecimalType(1));
        series.add(T2, new DecimalType(3));

        assertEquals(Policy.REPLACE, series.getPolicy());
        assertEquals(2, series.size());
        assertEquals(T1, series.getBegin());
        assertEquals(T2, series.getEnd());
        assertEquals(List.of(new Entry(T1, new DecimalType(1)), new Entry(T2, new DecimalType(2))),
                series.getStates().toList());
    }

    @Test
    void anEmptySeriesSpansNothingAndSeriesCompareByPolicyAndEntries() {
        TimeSeries empty = new TimeSeries(Policy.ADD);
        assertEquals(Instant.MAX, empty.getBegin());
        assertEquals(Instant.MIN, empty.getEnd());
        assertEquals(0, empty.getStates().count());

        TimeSeries one = new TimeSeries(Policy.ADD);
        one.add(T1, new DecimalType(1));
        TimeSeries same = new TimeSeries(Policy.ADD);
        same.add(T1, new DecimalType(1));
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(empty, one);
        assertNotEquals(new TimeSeries(Policy.REPLACE), empty);
    }
}
