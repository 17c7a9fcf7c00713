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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.types.State;

import com.google.gson.JsonParser;

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
        State first = codec.decode(JsonParser.parseString("32.75"), CONTEXT);
        State again = codec.decode(JsonParser.parseString("32.75"), CONTEXT);
        assertSame(first, again, "reused, not made again");
        QuantityType<?> fresh = new QuantityType<>(new BigDecimal("32.75"), SIUnits.CELSIUS);
        assertEquals(fresh, again);
        assertEquals(fresh.toString(), again.toString());
        assertEquals(fresh.getUnit(), ((QuantityType<?>) again).getUnit());
        assertEquals("32.750 °C", codec.decode(JsonParser.parseString("32.750"), CONTEXT).toString(),
                "the digits as sent, not those of an equal value seen before");
    }

    @Test
    void wholeNumbersAreMadeAnewAsTheyCostTheUnitLibraryNoException() {
        Codec codec = Codecs.quantity(SIUnits.CELSIUS);
        State whole = codec.decode(JsonParser.parseString("32"), CONTEXT);
        assertNotSame(whole, codec.decode(JsonParser.parseString("32"), CONTEXT));
        assertEquals(new QuantityType<>(32, SIUnits.CELSIUS), whole);
    }
}
