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
import java.util.Optional;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reading and comparing JSON values without losing digits.
 */
@NonNullByDefault
class JsonValuesTest {

    @Test
    void integralReadsWholeNumbersIntoALong() {
        assertEquals(OptionalLong.of(10), JsonValues.integral(json("10")));
        assertEquals(OptionalLong.of(10), JsonValues.integral(json("10.0")));
        assertEquals(OptionalLong.of(-300), JsonValues.integral(json("-300")));
        assertEquals(OptionalLong.of(Long.MAX_VALUE), JsonValues.integral(json("9223372036854775807")));
    }

    @Test
    void integralIsEmptyForFractionsOverflowAndNonNumbers() {
        assertEquals(OptionalLong.empty(), JsonValues.integral(json("11.125")));
        assertEquals(OptionalLong.empty(), JsonValues.integral(json("9223372036854775808")));
        assertEquals(OptionalLong.empty(), JsonValues.integral(json("\"10\"")));
        assertEquals(OptionalLong.empty(), JsonValues.integral(json("true")));
        assertEquals(OptionalLong.empty(), JsonValues.integral(json("null")));
        assertEquals(OptionalLong.empty(), JsonValues.integral(json("[1]")));
    }

    @Test
    void decimalKeepsAllDigits() {
        assertEquals(Optional.of(new BigDecimal("8.333000183")), JsonValues.decimal(json("8.333000183")));
        assertEquals(Optional.of(new BigDecimal("0.1")), JsonValues.decimal(new JsonPrimitive(0.1f)));
        assertEquals(Optional.empty(), JsonValues.decimal(json("\"8.3\"")));
    }

    @Test
    void numbersAreTheSameValueRegardlessOfNotation() {
        assertTrue(JsonValues.sameValue(json("10"), json("10.0")));
        assertTrue(JsonValues.sameValue(json("10"), new JsonPrimitive(10L)));
        assertTrue(JsonValues.sameValue(json("1e3"), json("1000")));
        assertFalse(JsonValues.sameValue(json("10"), json("10.5")));
        assertFalse(JsonValues.sameValue(json("9007199254740993"), json("9007199254740992")),
                "no rounding through double");
    }

    @Test
    void aNumberIsNeverTheSameAsAStringOrBoolean() {
        assertFalse(JsonValues.sameValue(json("10"), json("\"10\"")));
        assertFalse(JsonValues.sameValue(json("1"), json("true")));
        assertFalse(JsonValues.sameValue(json("null"), json("0")));
        assertTrue(JsonValues.sameValue(json("null"), json("null")));
        assertTrue(JsonValues.sameValue(json("\"go\""), json("\"go\"")));
        assertFalse(JsonValues.sameValue(json("false"), json("true")));
    }

    @Test
    void objectsCompareMemberByMemberInAnyOrderArraysInOrder() {
        assertTrue(JsonValues.sameValue(json("{\"pGrid\":-1200,\"pPv\":3500}"),
                json("{\"pPv\":3500.0,\"pGrid\":-1200}")));
        assertFalse(JsonValues.sameValue(json("{\"pGrid\":-1200}"), json("{\"pGrid\":-1200,\"pPv\":0}")));
        assertFalse(JsonValues.sameValue(json("{\"a\":1}"), json("{\"b\":1}")));
        assertTrue(JsonValues.sameValue(json("[7,11.125]"), json("[7.0,11.125]")));
        assertFalse(JsonValues.sameValue(json("[7,11]"), json("[11,7]")));
        assertFalse(JsonValues.sameValue(json("[7]"), json("[7,7]")));
        assertFalse(JsonValues.sameValue(json("[7]"), json("{\"0\":7}")));
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }
}
