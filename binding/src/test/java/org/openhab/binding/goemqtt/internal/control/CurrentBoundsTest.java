/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.types.StateDescriptionFragment;

import com.google.gson.JsonParser;

/**
 * The charging current bounds from the keys a charger reports.
 */
@NonNullByDefault
class CurrentBoundsTest {

    private final CurrentBounds bounds = new CurrentBounds();

    private boolean report(String key, String json) {
        return bounds.update(key, JsonParser.parseString(json));
    }

    @Test
    void beforeAnyKeyTheBoundsAreSixToThirtyTwoAmperes() {
        assertEquals(6, bounds.min());
        assertEquals(32, bounds.max());
        assertNull(bounds.check(6));
        assertNull(bounds.check(32));
    }

    @Test
    void theKeysOfTheRealElevenKilowattChargerGiveTenToSixteenAmperes() {
        // values of fw055.6-v3-retained-burst.txt
        report("adi", "true");
        report("ama", "16");
        report("cbl", "null");
        report("mca", "10");
        report("var", "11");

        assertEquals(10, bounds.min());
        assertEquals(16, bounds.max());
        assertEquals("20 A is above the maximum of 16 A (11 kW variant)", bounds.check(20));
        assertEquals("8 A is below the minimum charging current of 10 A (mca)", bounds.check(8));
        assertNull(bounds.check(13));
    }

    @Test
    void theSmallestOfVariantSettingCableAndAdapterIsTheMaximum() {
        report("var", "22");
        assertEquals(32, bounds.max());
        report("ama", "25");
        assertEquals("26 A is above the maximum of 25 A (maximum current setting ama)", bounds.check(26));
        report("cbl", "20");
        assertEquals("21 A is above the maximum of 20 A (cable limit)", bounds.check(21));
        report("adi", "1");
        assertEquals("17 A is above the maximum of 16 A (16 A adapter)", bounds.check(17));
        report("adi", "false");
        assertEquals(20, bounds.max());
    }

    @Test
    void updateSaysWhetherABoundMoved() {
        assertTrue(report("ama", "16"));
        assertFalse(report("ama", "16"));
        assertFalse(report("var", "22")); // 32 A variant: ama still decides
        assertTrue(report("mca", "8"));
        assertFalse(report("amp", "10"));
        assertFalse(report("cbl", "0")); // no cable information
    }

    @Test
    void nullOrAnUnreadableValueForgetsTheKey() {
        report("cbl", "13");
        assertEquals(13, bounds.max());
        report("cbl", "null");
        assertEquals(32, bounds.max());
        report("mca", "8");
        report("mca", "\"eight\"");
        assertEquals(6, bounds.min());
    }

    @Test
    void aVariantNobodyDocumentedDoesNotLimit() {
        report("var", "44");

        assertEquals(32, bounds.max());
    }

    @Test
    void aMinimumAboveTheMaximumGivesWayToTheMaximum() {
        report("mca", "20");
        report("adi", "true");

        assertEquals(16, bounds.min());
        assertEquals(16, bounds.max());
    }

    @Test
    void theStateDescriptionFragmentCarriesTheBoundsInWholeAmperes() {
        report("mca", "6");
        report("ama", "16");

        StateDescriptionFragment fragment = bounds.fragment();

        assertEquals(BigDecimal.valueOf(6), fragment.getMinimum());
        assertEquals(BigDecimal.valueOf(16), fragment.getMaximum());
        assertEquals(BigDecimal.ONE, fragment.getStep());
        assertEquals("6..16 A", bounds.toString());
    }
}
