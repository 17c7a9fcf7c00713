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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Giving a raw number the state made before from exactly that number, and never a state of another number.
 */
@NonNullByDefault
class StateCacheTest {

    private static final DecodeContext CONTEXT = new DecodeContext(Instant.EPOCH, null, ZoneOffset.UTC);

    @Test
    void theSameNumberGetsTheStateMadeBefore() {
        StateCache cache = new StateCache();
        State state = new DecimalType(new BigDecimal("23.5"));
        cache.put(new BigDecimal("23.5"), state);
        assertSame(state, cache.get(new BigDecimal("23.5")));
    }

    @Test
    void aNumberWithOtherDigitsIsAnotherNumber() {
        StateCache cache = new StateCache();
        cache.put(new BigDecimal("23.5"), new DecimalType(new BigDecimal("23.5")));
        assertNull(cache.get(new BigDecimal("23.50")), "same value, other text: 23.50 must not show as 23.5");
        assertNull(cache.get(new BigDecimal("23.6")));
    }

    @Test
    void numbersSharingASlotReplaceEachOtherAndNeverMixUp() {
        StateCache cache = new StateCache();
        BigDecimal first = BigDecimal.valueOf(1, 1);
        BigDecimal second = null;
        for (int unscaled = 2; second == null; unscaled++) {
            BigDecimal candidate = BigDecimal.valueOf(unscaled, 1);
            cache.put(first, new DecimalType(first));
            cache.put(candidate, new DecimalType(candidate));
            if (cache.get(first) == null) {
                second = candidate;
            }
        }
        assertEquals(new DecimalType(second), cache.get(second));
        assertNull(cache.get(first));
        cache.put(first, new DecimalType(first));
        assertEquals(new DecimalType(first), cache.get(first));
        assertNull(cache.get(second));
    }

    @Test
    void aRepeatedTemperatureIsTheSameStateAsAFreshlyMadeOne() {
        Codec codec = Codecs.quantity(SIUnits.CELSIUS);
        assertReusedAndAsMadeAnew(codec, "32.75", SIUnits.CELSIUS);
        assertEquals("32.750 °C", codec.decode(JsonParser.parseString("32.750"), CONTEXT).toString(),
                "the digits as sent, not those of an equal value seen before");
    }

    @Test
    void aWholeNumberGetsTheStateMadeBeforeButNeverThatOfItsFraction() {
        StateCache cache = new StateCache();
        State whole = new DecimalType(BigDecimal.valueOf(23));
        State fraction = new DecimalType(new BigDecimal("23.0"));
        cache.put(23L, whole);
        assertSame(whole, cache.get(23L));
        assertNull(cache.get(new BigDecimal("23.0")), "23.0 is another text than 23");
        assertNull(cache.get(BigDecimal.valueOf(23)), "a decimal read from a string is looked up as a decimal");
        assertNull(cache.get(24L));
        assertNull(cache.get(-23L));
        cache.put(new BigDecimal("23.0"), fraction);
        assertSame(fraction, cache.get(new BigDecimal("23.0")));
        State after = cache.get(23L);
        assertTrue(after == null || after == whole, "a slot holds one entry, never the fraction's state for 23");
    }

    @Test
    void wholeNumbersSharingASlotReplaceEachOtherAndNeverMixUp() {
        StateCache cache = new StateCache();
        long first = 230;
        long second = first + StateCache.SLOTS; // the next whole number in the same slot
        cache.put(first, new DecimalType(BigDecimal.valueOf(first)));
        cache.put(second, new DecimalType(BigDecimal.valueOf(second)));
        assertNull(cache.get(first));
        assertEquals(new DecimalType(BigDecimal.valueOf(second)), cache.get(second));
    }

    @Test
    void aRepeatedWholeReadingIsTheSameStateAsAFreshlyMadeOne() {
        Codec codec = Codecs.quantity(Units.VOLT);
        State first = assertReusedAndAsMadeAnew(codec, "231", Units.VOLT);
        assertEquals("231 V", first.toString());
        for (String text : new String[] { "231.0", "231.5", "232", "-5", "0" }) {
            QuantityType<?> made = new QuantityType<>(new BigDecimal(text), Units.VOLT);
            State decoded = codec.decode(JsonParser.parseString(text), CONTEXT);
            assertEquals(made, decoded, text);
            assertEquals(made.toString(), decoded.toString(), text);
        }
        assertNotSame(first, codec.decode(JsonParser.parseString("231.0"), CONTEXT),
                "a fraction is not the whole number seen before");
        assertEquals("231 V", codec.decode(new JsonPrimitive("231"), CONTEXT).toString(), "a numeric string");
    }

    @Test
    void aCodecKeepsItsOwnStates() {
        State volts = Codecs.quantity(Units.VOLT).decode(JsonParser.parseString("7"), CONTEXT);
        State amperes = Codecs.quantity(Units.AMPERE).decode(JsonParser.parseString("7"), CONTEXT);
        assertEquals("7 V", volts.toString());
        assertEquals("7 A", amperes.toString());
    }

    @Test
    void aWholeNumberOutOfRangeIsRefusedEveryTimeAndNeverKept() {
        Codec codec = Codecs.quantity(Units.DECIBEL_MILLIWATTS);
        for (int i = 0; i < 2; i++) {
            assertThrows(ShapeException.class, () -> codec.decode(JsonParser.parseString("5000"), CONTEXT));
        }
    }

    /** Decodes {@code text} twice: the same state both times, equal to a quantity made anew from the text. */
    private static <Q extends Quantity<Q>> State assertReusedAndAsMadeAnew(Codec codec, String text, Unit<Q> unit) {
        State first = codec.decode(JsonParser.parseString(text), CONTEXT);
        State again = codec.decode(JsonParser.parseString(text), CONTEXT);
        assertSame(first, again, "reused, not made again");
        QuantityType<?> fresh = new QuantityType<>(new BigDecimal(text), unit);
        assertEquals(fresh, again);
        assertEquals(fresh.toString(), again.toString());
        assertEquals(fresh.getUnit(), ((QuantityType<?>) again).getUnit());
        return first;
    }
}
