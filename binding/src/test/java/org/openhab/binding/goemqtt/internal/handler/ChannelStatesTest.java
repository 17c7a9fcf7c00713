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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;

/**
 * The last state per channel: a repeated value is no change, and the state kept is the one the charger sent last,
 * written as it was sent.
 */
@NonNullByDefault
class ChannelStatesTest {

    private static final String POWER = "energy#power";

    private final ChannelStates states = new ChannelStates();

    @Test
    void aFirstValueAndAnyOtherValueAreChangesButTheSameValueAgainIsNot() {
        assertTrue(states.changed(POWER, watts("1200")));
        assertFalse(states.changed(POWER, watts("1200")));
        assertTrue(states.changed(POWER, watts("1201")));
        assertEquals(watts("1201"), states.last(POWER));
    }

    @Test
    void theSameNumberWrittenWithMoreDigitsIsNoChangeYetIsWhatRefreshAnswers() {
        assertTrue(states.changed("status#level", new DecimalType(new BigDecimal("3"))));
        assertFalse(states.changed("status#level", new DecimalType(new BigDecimal("3.00"))));
        assertEquals("3.00", String.valueOf(states.last("status#level")));
    }

    @Test
    void theSameAmountInAnotherUnitIsNoChangeYetIsWhatRefreshAnswers() {
        states.changed(POWER, watts("1200"));

        assertFalse(states.changed(POWER, new QuantityType<>(new BigDecimal("1.2"), MetricPrefix.KILO(Units.WATT))));
        assertEquals("1.2 kW", String.valueOf(states.last(POWER)));
    }

    @Test
    void statesOfOtherTypesCompareByEquality() {
        assertTrue(states.changed("device#name", new StringType("garage")));
        assertFalse(states.changed("device#name", new StringType("garage")));
        assertTrue(states.changed("device#name", new StringType("carport")));
        assertFalse(ChannelStates.interchangeable(new PercentType(50), new DecimalType(50)),
                "a percentage does not stand for a plain number");
    }

    private static QuantityType<?> watts(String value) {
        return new QuantityType<>(new BigDecimal(value), Units.WATT);
    }
}
