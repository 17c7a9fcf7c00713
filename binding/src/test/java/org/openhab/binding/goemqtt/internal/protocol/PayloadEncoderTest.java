/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;

import com.google.gson.JsonPrimitive;

/**
 * Values → the JSON text a charger accepts on {@code /set}.
 */
@NonNullByDefault
class PayloadEncoderTest {

    @Test
    void theDocumentedExamplesEncodeAsTheDocumentationWritesThem() {
        // mqtt-de.md: frc 0/1/2, fna "mein charger"; the documented refusals came from unquoted text
        assertEquals("1", encode(1));
        assertEquals("2", encode(2L));
        assertEquals("0", encode(0));
        assertEquals("\"mein charger\"", encode("mein charger"));
        assertEquals("\"new_name\"", encode("new_name"));
        assertEquals("\"0\"", encode("0"));
    }

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("10", encode(10.0));
        assertEquals("10", encode(10.0f));
        assertEquals("10", encode(new BigDecimal("10.000")));
        assertEquals("1000", encode(new BigDecimal("1E+3")));
        assertEquals("0", encode(-0.0));
        assertEquals("-1200", encode(-1200));
        assertEquals("5000000123", encode(5_000_000_123L));
        assertEquals("123456789012345678901234567890", encode(new BigInteger("123456789012345678901234567890")));
    }

    @Test
    void otherNumbersAreWrittenPlainWithoutTrailingZeros() {
        assertEquals("0.1", encode(0.1f));
        assertEquals("0.1", encode(0.1));
        assertEquals("1.5", encode(new BigDecimal("1.50")));
        assertEquals("0.0000001", encode(new BigDecimal("1E-7")));
        assertEquals("49.9091301", encode(new BigDecimal("49.9091301")));
    }

    @Test
    void hugeExponentsStayInExponentNotationInsteadOfBeingSpelledOut() {
        assertEquals("1E+400", encode(new BigDecimal("1e400")));
        assertEquals("1E-400", encode(new BigDecimal("1e-400")));
    }

    @Test
    void numbersThatJsonCannotHoldAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonValues.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> PayloadEncoder.encode(new JsonPrimitive(Double.NaN)));
    }

    @Test
    void stringsAreQuotedAndEscapedButNotHtmlEscaped() {
        assertEquals("\"say \\\"hi\\\"\"", encode("say \"hi\""));
        assertEquals("\"a\\\\b\"", encode("a\\b"));
        assertEquals("\"line\\nbreak\\ttab\"", encode("line\nbreak\ttab"));
        assertEquals("\"https://data.v3.go-e.io/export?e=1&x=<2>\"",
                encode("https://data.v3.go-e.io/export?e=1&x=<2>"));
        assertEquals("\"n/a\"", encode("n/a"));
        assertEquals("\"Ladestation Grüße ⚡\"", encode("Ladestation Grüße ⚡"));
        assertEquals("\"\\u0001\"", encode("\u0001"));
    }

    @Test
    void booleansAndNullAreJsonLiterals() {
        assertEquals("true", encode(true));
        assertEquals("false", encode(false));
        assertEquals("null", encode(null));
    }

    @Test
    void theIdsObjectIsCompactAndKeepsItsOrder() {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("pGrid", -1200);
        ids.put("pPv", 3500.0);
        ids.put("pAkku", 0);
        assertEquals("{\"pGrid\":-1200,\"pPv\":3500,\"pAkku\":0}", encode(ids));
    }

    @Test
    void arraysAndNullMembersAreKept() {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        object.put("a", null);
        object.put("b", List.of(1, 2.5, "x", false));
        assertEquals("{\"a\":null,\"b\":[1,2.5,\"x\",false]}", encode(object));
        assertEquals("[]", encode(List.of()));
        assertEquals("{}", encode(Map.of()));
    }

    @Test
    void valuesWithoutAJsonFormAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JsonValues.of(new Object()));
        assertThrows(IllegalArgumentException.class, () -> JsonValues.of(Map.of(1, "one")));
    }

    @Test
    void bytesAreUtf8() {
        assertArrayEquals("\"ä\"".getBytes(StandardCharsets.UTF_8), PayloadEncoder.encodeBytes(JsonValues.of("ä")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void everyCapturedValueEncodesBackToItsOwnBytes(String dump) {
        MessageDecoder decoder = new MessageDecoder();
        for (CaptureFile.Line line : CaptureFile.read(dump)) {
            String key = line.topic().substring(line.topic().lastIndexOf('/') + 1);
            KeyValue value = (KeyValue) decoder.decode(ParsedTopic.value(key), line.payloadBytes());
            assertEquals(line.payload(), PayloadEncoder.encode(value.value()), () -> "line " + line.number());
            assertTrue(Arrays.equals(line.payloadBytes(), PayloadEncoder.encodeBytes(value.value())));
        }
    }

    private static String encode(@Nullable Object value) {
        return PayloadEncoder.encode(JsonValues.of(value));
    }
}
