/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration.thingsFile;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The helper converts as openHAB's normalizers do (TextNormalizer, IntNormalizer, BooleanNormalizer, ListNormalizer,
 * DecimalNormalizer through the stand-in) and reads {@code .things} values as the thing DSL's value converter does.
 */
@NonNullByDefault
class OpenhabConfigurationTest {

    private static final OpenhabConfiguration BROKER = OpenhabConfiguration.broker();

    @Test
    void textParametersTakeTheToStringOfAnyValue() {
        Map<String, @Nullable Object> normalized = BROKER
                .normalize(Map.of("host", new BigDecimal("10"), "username", true, "password", "007"));
        assertEquals("10", normalized.get("host"));
        assertEquals("true", normalized.get("username"));
        assertEquals("007", normalized.get("password"));
        assertEquals("1E+3", BROKER.normalize(Map.of("clientId", new BigDecimal("1E+3"))).get("clientId"));
    }

    @Test
    void integerParametersTakeWholeNumbersFromNumbersAndText() {
        for (Object value : List.<Object> of(1883, 1883L, 1883.0, 1883.0f, "1883", new BigDecimal("1883.00"))) {
            assertEquals(new BigDecimal(1883), BROKER.normalize(Map.of("port", value)).get("port"), value.toString());
        }
        for (Object value : List.<Object> of("1883.5", " 1883", "abc", new BigDecimal("1883.5"), true)) {
            assertEquals(value, BROKER.normalize(Map.of("port", value)).get("port"), "kept: " + value);
        }
        assertEquals((short) 1, BROKER.normalize(Map.of("port", (short) 1)).get("port"), "a Short is not converted");
    }

    @Test
    void booleanParametersTakeWordsAndZeroOrOne() {
        for (Object value : List.<Object> of(true, "true", "YES", "on", "1", 1, 1L, new BigDecimal(1))) {
            assertEquals(Boolean.TRUE, BROKER.normalize(Map.of("tls", value)).get("tls"), value.toString());
        }
        for (Object value : List.<Object> of(false, "False", "no", "OFF", "0", 0)) {
            assertEquals(Boolean.FALSE, BROKER.normalize(Map.of("tls", value)).get("tls"), value.toString());
        }
        assertEquals(2L, BROKER.normalize(Map.of("tls", 2)).get("tls"), "another number stays, as a Long");
        assertEquals("maybe", BROKER.normalize(Map.of("tls", "maybe")).get("tls"));
    }

    @Test
    void multipleParametersBecomeListsWithoutSplittingText() {
        assertEquals(List.of("a/"), BROKER.normalize(Map.of("discoveryBaseTopics", "a/")).get("discoveryBaseTopics"));
        assertEquals(List.of("a/,b/"),
                BROKER.normalize(Map.of("discoveryBaseTopics", "a/,b/")).get("discoveryBaseTopics"));
        assertEquals(List.of("a/", "7"), BROKER.normalize(Map.of("discoveryBaseTopics",
                new String[] { "a/", "7" })).get("discoveryBaseTopics"));
        assertEquals(List.of("7"),
                BROKER.normalize(Map.of("discoveryBaseTopics", List.of(new BigDecimal(7)))).get("discoveryBaseTopics"));
    }

    @Test
    void emptyTextStaysEmptyTextAndUnknownParametersAndOsgiKeysAreHandledAsOpenhabDoes() {
        Map<String, Object> raw = new HashMap<>(Map.of("port", "", "discoveryBaseTopics", "", "custom", 5,
                "component.name", "x"));
        Map<String, @Nullable Object> normalized = BROKER.normalize(raw);
        assertEquals("", normalized.get("port"));
        assertEquals("", normalized.get("discoveryBaseTopics"), "not even a list");
        assertEquals(5, normalized.get("custom"), "unknown to the XML: as stored");
        assertFalse(normalized.containsKey("component.name"));
    }

    @Test
    void theThingsFileGivesTextNumbersBooleansAndLists() {
        Map<String, Object> values = thingsFile(
                " host = \"broker.local\" , port=1883, tls=false, keepAlive=1.5,password=\"a\\\"b\\u00e9\","
                        + " discoveryBaseTopics=\"a/\", \"b/\" , clientId=-7");
        assertEquals("broker.local", values.get("host"));
        assertEquals(new BigDecimal(1883), values.get("port"));
        assertEquals(Boolean.FALSE, values.get("tls"));
        assertEquals(new BigDecimal("1.5"), values.get("keepAlive"));
        assertEquals("a\"bé", values.get("password"));
        assertEquals(List.of("a/", "b/"), values.get("discoveryBaseTopics"));
        assertEquals(new BigDecimal(-7), values.get("clientId"));
        assertEquals(Map.of(), thingsFile(" "));
        assertThrows(IllegalArgumentException.class, () -> thingsFile("host='broker'"));
        assertThrows(IllegalArgumentException.class, () -> thingsFile("host=\"broker"));
    }
}
