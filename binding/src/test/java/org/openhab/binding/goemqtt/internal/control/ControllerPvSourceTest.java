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
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/**
 * Which controller categories feed a charger's PV data: by name (ignoring case) or index, the fixed categories
 * before the controller named them, nothing for a category it does not have; what the feed sends from them, and
 * that it stops once the readings stop.
 */
@NonNullByDefault
class ControllerPvSourceTest {

    private static final List<@Nullable String> NAMES = Arrays.asList("Home", "Netz", "Car", "Relais", "PV Dach",
            "Akku", null);

    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink(clock);
    private final PvFeed feed = new PvFeed(sink, clock, PvFeedSettings.of(true, 1, 10), status -> {
    });

    @Test
    void categoriesAreFoundByNameIgnoringCaseOrByIndex() {
        CategoryPowers powers = powers(NAMES, "[850,-1240,0,0,5200,-590,null]");
        assertEquals(1, ControllerPvSource.indexOf("netz", powers));
        assertEquals(4, ControllerPvSource.indexOf(" PV Dach ", powers));
        assertEquals(4, ControllerPvSource.indexOf("4", powers));
        assertEquals(1, ControllerPvSource.indexOf("Grid", powers), "renamed Netz in the app: still the fixed Grid");
        assertEquals(4, ControllerPvSource.indexOf("Solar", powers), "renamed PV Dach: still the fixed Solar");
        assertEquals(-1, ControllerPvSource.indexOf("Heat Pump", powers), "no such category");
        CategoryPowers moved = powers(Arrays.asList("Home", "Grid", "Car", "Relais", null, "Akku", "Solar"), "[]");
        assertEquals(6, ControllerPvSource.indexOf("Solar", moved), "a category by that name wins");
        assertEquals(new BigDecimal("-1240"), powers.power(ControllerPvSource.indexOf("1", powers)));
        assertNull(powers.power(6), "a category without a number has no power");
        assertNull(powers.power(-1));
    }

    @Test
    void beforeTheControllerNamedItsCategoriesTheFixedOnesAreUsed() {
        CategoryPowers unnamed = powers(List.of(), "[850,-1240,0,0,5200,-590]");
        assertEquals(1, ControllerPvSource.indexOf("Grid", unnamed));
        assertEquals(4, ControllerPvSource.indexOf("solar", unnamed));
        assertEquals(-1, ControllerPvSource.indexOf("Heat Pump", unnamed));
    }

    @Test
    void theDefaultsFindTheFixedCategoriesAfterTheOwnerRenamedThem() {
        new ControllerPvSource(null, null, null).feed(powers(NAMES, "[850,-1240,0,0,5200,-590]"), feed);
        feed.tick();
        assertEquals(List.of("{\"pGrid\":-1240,\"pPv\":5200,\"pAkku\":-590}"), sink.payloads(PvFeed.KEY));
    }

    @Test
    void theMappedCategoriesBecomeTheIdsOfTheFeed() {
        ControllerPvSource source = new ControllerPvSource("Netz", "PV Dach", "");
        assertEquals("Akku", source.category(PvInput.BATTERY), "blank takes the default");
        source.feed(powers(NAMES, "[850,-1240.6,0,0,5200,-590]"), feed);
        feed.tick();
        assertEquals(List.of("{\"pGrid\":-1241,\"pPv\":5200,\"pAkku\":-590}"), sink.payloads(PvFeed.KEY));
    }

    @Test
    void aMissingGridCategoryGivesNoGridValueAndSilenceStopsTheFeed() {
        ControllerPvSource source = new ControllerPvSource("Wallbox Netz", null, null);
        source.feed(powers(NAMES, "[850,-1240,0,0,5200,-590]"), feed); // no category of that name
        feed.tick();
        assertEquals(List.of(), sink.payloads(PvFeed.KEY));
        assertEquals(PvFeedStatus.State.WAITING, feed.status().state());

        ControllerPvSource byIndex = new ControllerPvSource("1", "4", "5");
        byIndex.feed(powers(NAMES, "[850,-1240,0,0,5200,-590]"), feed);
        feed.tick();
        assertEquals(1, sink.payloads(PvFeed.KEY).size());
        clock.advanceSeconds(11);
        feed.tick();
        assertEquals(PvFeedStatus.State.STALE, feed.status().state(), "no reading for longer than the max age");
        assertEquals(1, sink.payloads(PvFeed.KEY).size(), "nothing sent once stale");
    }

    @Test
    void powersOfOddShapesAreLeftOutNeverThrown() {
        assertEquals(List.of(), CategoryPowers.watts(JsonParser.parseString("\"850\"")));
        assertEquals(Arrays.asList(null, new BigDecimal("2")),
                CategoryPowers.watts(JsonParser.parseString("[\"x\",2]")));
    }

    private static CategoryPowers powers(List<@Nullable String> names, String ccp) {
        return new CategoryPowers(names, CategoryPowers.watts(JsonParser.parseString(ccp)));
    }
}
