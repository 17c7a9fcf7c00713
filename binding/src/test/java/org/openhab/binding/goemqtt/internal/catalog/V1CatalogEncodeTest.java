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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

import com.google.gson.JsonPrimitive;

/**
 * Every writable row of {@link Catalog#v1()}: a command becomes the key and the whole number (or text) in the v1 unit
 * that the v1 command path writes as {@code key=value}, and a value outside the documented range is refused before
 * anything is sent.
 */
@NonNullByDefault
class V1CatalogEncodeTest {

    private static final Catalog CATALOG = Catalog.v1();

    /** channel, key, a command, its JSON value, a command outside the range (null: none). */
    private record Case(String channel, String key, Command command, JsonPrimitive json, @Nullable Command outside) {
    }

    private static final List<Case> CASES = cases();

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>(List.of( //
                new Case("charging#requested-current", "amp", new QuantityType<>("16 A"), number(16),
                        new QuantityType<>("33 A")), //
                new Case("charging#volatile-current", "amx", new DecimalType(10), number(10), new DecimalType(5)), //
                new Case("charging#max-current", "ama", new QuantityType<>("20000 mA"), number(20),
                        new QuantityType<>("40 A")), //
                new Case("status#charging-allowed", "alw", OnOffType.ON, number(1), new DecimalType(1)), //
                new Case("charging#access-control", "ast", new DecimalType(1), number(1), new DecimalType(3)), //
                new Case("charging#automatic-stop", "stp", new DecimalType(2), number(2), new DecimalType(1)), //
                // dwo in 0.1 kWh: 10.5 kWh is 105
                new Case("charging#energy-limit", "dwo", new QuantityType<>("10.5 kWh"), number(105),
                        new QuantityType<>("10.55 kWh")), //
                new Case("charging#cable-unlock-mode", "ust", new DecimalType(2), number(2), new DecimalType(3)), //
                new Case("charging#tariff-min-hours", "aho", new DecimalType(3), number(3), new DecimalType(24)), //
                new Case("charging#tariff-finish-hour", "afi", new DecimalType(7), number(7), new DecimalType(-1)), //
                // tof: hours + 100
                new Case("device#time-zone-offset", "tof", new QuantityType<>("1 h"), number(101),
                        new QuantityType<>("15 h")), //
                new Case("device#daylight-saving-offset", "tds", new QuantityType<>("60 min"), number(1),
                        new QuantityType<>("3 h")), //
                new Case("config#led-brightness", "lbr", new DecimalType(128), number(128), new DecimalType(256)), //
                new Case("config#color-idle", "cid", new StringType("#00FFFF"), number(65535),
                        new StringType("cyan")), //
                new Case("config#color-charging", "cch", new StringType("0000ff"), number(255),
                        new StringType("#1000000")), //
                new Case("config#color-finished", "cfi", new StringType("#00FF00"), number(65280),
                        new StringType("#00FF0")), //
                new Case("config#norway-mode", "nmo", OnOffType.OFF, number(0), new StringType("OFF")), //
                new Case("led#led-energy-saving", "lse", OnOffType.ON, number(1), new DecimalType(0))));
        for (int level = 1; level <= 5; level++) {
            cases.add(new Case("config#current-level-" + level, "al" + level, new QuantityType<>((5 + level) + " A"),
                    number(5 + level), new DecimalType(5)));
        }
        List<String> nameKeys = V1KeyTable.CARD_NAME_KEYS;
        for (int card = 0; card < nameKeys.size(); card++) {
            cases.add(new Case("rfid#card-" + (card + 1) + "-name", nameKeys.get(card), new StringType("Garage"),
                    new JsonPrimitive("Garage"), new StringType("Eleven char")));
        }
        return cases;
    }

    @Test
    void everyWritableRowHasACase() {
        Set<String> writable = CATALOG.rows().stream().filter(r -> r.access().writable()).map(KeyRow::channelUid)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(writable, CASES.stream().map(Case::channel).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void commandsBecomeTheKeyAndItsV1Value() {
        for (Case c : CASES) {
            EncodeResult result = CATALOG.encode(c.channel(), c.command());
            assertEquals(new EncodeResult.Encoded(c.key(), c.json()), result, c.channel());
        }
    }

    @Test
    void valuesOutsideTheDocumentedRangeAreRefused() {
        for (Case c : CASES) {
            Command outside = c.outside();
            if (outside == null) {
                continue;
            }
            EncodeResult result = CATALOG.encode(c.channel(), outside);
            assertInstanceOf(EncodeResult.Refused.class, result, c.channel() + " " + outside);
            assertTrue(((EncodeResult.Refused) result).reason().startsWith(c.channel() + " (" + c.key() + ")"),
                    result.toString());
        }
    }

    @Test
    void theRangesAreThoseOfTheDocuments() {
        assertEncoded("charging#requested-current", new DecimalType(6), 6);
        assertEncoded("charging#requested-current", new DecimalType(32), 32);
        assertRefused("charging#requested-current", new DecimalType(5), "takes 6 to 32");
        assertRefused("charging#requested-current", new QuantityType<>("6.5 A"), "whole");
        // al1..al5: 0 skips the level
        assertEncoded("config#current-level-1", new DecimalType(0), 0);
        assertRefused("config#current-level-1", new DecimalType(33), "0 (level skipped) or 6 to 32");
        assertEncoded("device#time-zone-offset", new DecimalType(-12), 88);
        assertEncoded("device#time-zone-offset", new DecimalType(14), 114);
        assertRefused("device#time-zone-offset", new QuantityType<>("90 min"), "whole hours");
        assertEncoded("charging#energy-limit", new QuantityType<>("0 kWh"), 0);
        assertEncoded("charging#energy-limit", new QuantityType<>("6553.5 kWh"), 65535);
        assertRefused("charging#energy-limit", new QuantityType<>("6553.6 kWh"), "takes 0 to 65535");
        assertRefused("charging#access-control", new DecimalType(3), "takes 0 (Open)");
    }

    @Test
    void readOnlyChannelsAndRefreshSendNothing() {
        for (String channel : List.of("device#wifi-ssid", "network#wifi-enabled", "config#http-api",
                "charging#tariff-remaining-time", "charging#tariff-country", "energy#power", "rfid#card-1-learned")) {
            EncodeResult result = CATALOG.encode(channel, OnOffType.ON);
            assertEquals(new EncodeResult.Refused(channel + " is read only"), result, channel);
        }
        assertInstanceOf(EncodeResult.Refused.class,
                CATALOG.encode("charging#requested-current", RefreshType.REFRESH));
        assertEquals(new EncodeResult.Refused("unknown channel charging#force-state"),
                CATALOG.encode("charging#force-state", new DecimalType(2)));
    }

    private static void assertEncoded(String channel, Command command, long expected) {
        assertEquals(new EncodeResult.Encoded(CATALOG.writerOf(channel).key(), number(expected)),
                CATALOG.encode(channel, command), channel + " " + command);
    }

    private static void assertRefused(String channel, Command command, String reason) {
        EncodeResult result = CATALOG.encode(channel, command);
        assertInstanceOf(EncodeResult.Refused.class, result, channel + " " + command);
        assertTrue(((EncodeResult.Refused) result).reason().contains(reason), result.toString());
    }

    private static JsonPrimitive number(long value) {
        return new JsonPrimitive(value);
    }
}
