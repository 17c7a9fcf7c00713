/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How {@link Configuration} stores values, as openHAB's constructor and {@code put} do through
 * {@code ConfigUtil.normalizeType(value, null)} (4.3.x and 5.x alike). The mapping onto fields is pinned in
 * {@link ConfigurationAsTest}.
 */
@NonNullByDefault
class ConfigurationTest {

    @Test
    void wholeNumbersOfEveryJavaTypeAreStoredAsBigDecimalsWithoutDecimalPlaces() {
        Configuration config = new Configuration();
        config.put("int", 5);
        config.put("long", 7L);
        config.put("short", (short) 3);
        config.put("byte", (byte) 2);
        for (String key : List.of("int", "long", "short", "byte")) {
            assertEquals(BigDecimal.class, value(config, key).getClass(), key);
            assertEquals(0, ((BigDecimal) value(config, key)).scale(), key);
        }
        assertEquals(new BigDecimal("5"), config.get("int"));
        assertEquals(4, config.keySet().size());
    }

    @Test
    void fractionsKeepOneDecimalPlaceAtLeastAndLoseFurtherTrailingZeros() {
        Configuration config = new Configuration();
        config.put("double", 2.5);
        config.put("float", 2.5f);
        config.put("doubleWhole", 30.0);
        config.put("twoPlaces", new BigDecimal("1.50"));
        config.put("zeros", new BigDecimal("2.00"));
        config.put("onePlace", new BigDecimal("2.0"));
        config.put("whole", new BigDecimal("100"));
        assertEquals(new BigDecimal("2.5"), config.get("double"));
        assertEquals(new BigDecimal("2.5"), config.get("float"));
        assertEquals(new BigDecimal("30.0"), config.get("doubleWhole"));
        assertEquals(new BigDecimal("1.5"), config.get("twoPlaces"));
        assertEquals(new BigDecimal("2.0"), config.get("zeros"));
        assertEquals(new BigDecimal("2.0"), config.get("onePlace"));
        assertEquals(new BigDecimal("100"), config.get("whole"));
    }

    @Test
    void numbersOfOtherClassesAreKeptAsTheyAre() {
        Configuration config = new Configuration();
        config.put("big", BigInteger.TEN);
        config.put("atomic", new AtomicLong(4));
        config.put("nan", Double.NaN);
        assertEquals(BigInteger.TEN, config.get("big"));
        assertEquals(AtomicLong.class, value(config, "atomic").getClass());
        assertEquals(Double.NaN, config.get("nan"));
    }

    @Test
    void textAndBooleansStayAsTheyAreLeadingZerosAndBlanksIncluded() {
        Configuration config = new Configuration(new HashMap<>(Map.of("serial", "072246", "blank", " 30 ",
                "empty", "", "tls", true)));
        assertEquals("072246", config.get("serial"));
        assertEquals(" 30 ", config.get("blank"));
        assertEquals("", config.get("empty"));
        assertEquals(Boolean.TRUE, config.get("tls"));
    }

    @Test
    void collectionsBecomeListsOfNormalizedElements() {
        Configuration config = new Configuration();
        config.put("numbers", new LinkedHashSet<>(List.of(1, 2)));
        config.put("texts", Arrays.asList("/go-eCharger/", "go-eCharger/"));
        config.put("none", new ArrayList<>());
        assertEquals(List.of(new BigDecimal(1), new BigDecimal(2)), config.get("numbers"));
        assertEquals(List.of("/go-eCharger/", "go-eCharger/"), config.get("texts"));
        assertEquals(List.of(), config.get("none"));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) value(config, "none")).clear(),
                "an empty collection becomes an immutable empty list");
    }

    @Test
    void aCollectionMixingKindsOrHoldingNullIsRefused() {
        Configuration config = new Configuration();
        assertThrows(IllegalArgumentException.class, () -> config.put("mixed", List.of(1, "a")));
        assertThrows(NullPointerException.class, () -> config.put("hole", Arrays.asList("a", null)));
        config.put("numbers", List.of(1, 2.5, 3L));
        assertEquals(List.of(new BigDecimal(1), new BigDecimal("2.5"), new BigDecimal(3)), config.get("numbers"));
    }

    @Test
    void otherObjectsAreRefused() {
        Configuration config = new Configuration();
        assertThrows(IllegalArgumentException.class, () -> config.put("day", DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> config.put("map", Map.of("a", 1)));
        assertThrows(IllegalArgumentException.class, () -> config.put("array", new String[] { "a" }));
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("day", DayOfWeek.MONDAY);
        assertThrows(IllegalArgumentException.class, () -> new Configuration(map));
    }

    @Test
    void nullIsStoredAsAKeyWithoutValue() {
        Configuration config = new Configuration();
        config.put("host", null);
        assertTrue(config.containsKey("host"));
        assertNull(config.get("host"));
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("port", null);
        assertTrue(new Configuration(map).containsKey("port"));
    }

    @Test
    void theMapConstructorLeavesOutTheKeysOsgiAddsButPutKeepsThem() {
        Map<String, @Nullable Object> map = new HashMap<>(
                Map.of("objectClass", "x", "component.name", "y", "component.id", 1, "host", "broker.local"));
        Configuration config = new Configuration(map);
        assertEquals(Set.of("host"), config.keySet());
        config.put("component.name", "y");
        assertEquals("y", config.get("component.name"));
    }

    @Test
    void setPropertiesReplacesAndNormalizes() {
        Configuration config = new Configuration();
        config.put("old", "x");
        config.setProperties(new HashMap<>(Map.of("port", 1883)));
        assertEquals(Map.of("port", new BigDecimal(1883)), config.getProperties());
    }

    @Test
    void copiesAreIndependentAndEqualByValues() {
        Configuration original = new Configuration();
        original.put("x", "1");
        Configuration copy = new Configuration(original);
        copy.put("x", "2");
        assertEquals("1", original.get("x"));
        assertNotEquals(original, copy);
        copy.put("x", "1");
        assertEquals(original, copy);
        assertEquals(original.hashCode(), copy.hashCode());
        Configuration numbers = new Configuration();
        numbers.put("port", 1883);
        Configuration decimals = new Configuration();
        decimals.put("port", new BigDecimal(1883));
        assertEquals(numbers, decimals, "both hold the BigDecimal 1883");
    }

    @Test
    void snapshotsCannotChangeTheConfiguration() {
        Configuration config = new Configuration();
        config.put("a", "1");
        assertThrows(UnsupportedOperationException.class, () -> config.getProperties().put("b", "2"));
        assertThrows(UnsupportedOperationException.class, () -> config.keySet().add("b"));
        assertThrows(UnsupportedOperationException.class, () -> config.values().add("b"));
    }

    private static Object value(Configuration config, String key) {
        Object value = config.get(key);
        assertNotNull(value, key);
        return value;
    }
}
