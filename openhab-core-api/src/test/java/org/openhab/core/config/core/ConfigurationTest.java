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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class ConfigurationTest {

    /** A configuration class as a binding would write it. */
    public static class Sample {
        public int port = 1883;
        public long timeout;
        public double factor;
        public @Nullable Integer boxed;
        public boolean secure;
        public @Nullable String host;
        public @Nullable BigDecimal raw;
        public List<Integer> numbers = List.of();
        public final String constant = "keep";
        public transient int skipped = 7;
    }

    @Test
    void numbersAreStoredAsBigDecimal() {
        Configuration config = new Configuration();
        config.put("a", 5);
        config.put("b", 2.5);
        config.put("c", 7L);
        assertEquals(new BigDecimal("5"), config.get("a"));
        assertEquals(new BigDecimal("2.5"), config.get("b"));
        assertEquals(new BigDecimal("7"), config.get("c"));
        assertTrue(config.containsKey("a"));
        assertEquals(3, config.keySet().size());
    }

    @Test
    void mapConstructorNormalizesValues() {
        Map<String, @Nullable Object> map = new HashMap<>();
        map.put("port", 1884);
        assertEquals(new BigDecimal(1884), new Configuration(map).getProperties().get("port"));
    }

    @Test
    void asMapsBigDecimalsToFieldTypes() {
        Configuration config = new Configuration();
        config.put("port", new BigDecimal("8883"));
        config.put("timeout", new BigDecimal("30000"));
        config.put("factor", new BigDecimal("0.5"));
        config.put("boxed", new BigDecimal("12"));
        config.put("secure", true);
        config.put("host", "broker.local");
        config.put("raw", new BigDecimal("1.25"));
        config.put("numbers", List.of(1, 2));
        config.put("constant", "changed");
        config.put("skipped", 1);

        Sample s = config.as(Sample.class);

        assertEquals(8883, s.port);
        assertEquals(30000L, s.timeout);
        assertEquals(0.5, s.factor);
        assertEquals(Integer.valueOf(12), s.boxed);
        assertTrue(s.secure);
        assertEquals("broker.local", s.host);
        assertEquals(new BigDecimal("1.25"), s.raw);
        assertEquals(List.of(1, 2), s.numbers);
        assertEquals("keep", s.constant);
        assertEquals(7, s.skipped);
    }

    @Test
    void asConvertsTextToNumbersAndBooleans() {
        Configuration config = new Configuration();
        config.put("port", "1885");
        config.put("secure", "true");
        config.put("factor", "1.5");
        Sample s = config.as(Sample.class);
        assertEquals(1885, s.port);
        assertTrue(s.secure);
        assertEquals(1.5, s.factor);
    }

    @Test
    void missingParametersKeepFieldDefaults() {
        Sample s = new Configuration().as(Sample.class);
        assertEquals(1883, s.port);
        assertNull(s.host);
    }

    @Test
    void copiesAreIndependent() {
        Configuration original = new Configuration();
        original.put("x", "1");
        Configuration copy = new Configuration(original);
        copy.put("x", "2");
        assertEquals("1", original.get("x"));
        assertNotEquals(original, copy);
        copy.put("x", "1");
        assertEquals(original, copy);
    }
}
