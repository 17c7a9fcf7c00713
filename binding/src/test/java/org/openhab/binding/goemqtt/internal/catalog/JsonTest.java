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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reading JSON numbers: whole numbers read directly and every other number through the decimal parser give the
 * number exactly as written, digits and scale.
 */
@NonNullByDefault
class JsonTest {

    @ParameterizedTest
    @ValueSource(strings = { "0", "-0", "7", "-7", "231", "2028716410", "999999999999999999", "-999999999999999999",
            "1000000000000000000", "-9223372036854775808", "9223372036854775807", "123456789012345678901234567890",
            "11.125", "-0.5", "23.50", "1e3", "1E-2", "-1.5e+2", "0.0" })
    void aNumberIsReadWithTheDigitsAndScaleItWasWrittenWith(String text) {
        BigDecimal read = Json.number(JsonParser.parseString(text));
        BigDecimal expected = new BigDecimal(text);
        assertEquals(expected, read, "value and scale");
        assertEquals(expected.toPlainString(), read.toPlainString());
    }

    @Test
    void numbersBuiltInCodeAndNumericStringsAreReadToo() {
        assertEquals(BigDecimal.valueOf(5), Json.number(new JsonPrimitive(5)));
        assertEquals(new BigDecimal("2.5"), Json.number(new JsonPrimitive(2.5)));
        assertEquals(new BigDecimal("100"), Json.number(new JsonPrimitive(new BigDecimal("100"))));
        assertEquals(new BigDecimal("42"), Json.number(new JsonPrimitive(" 42 ")));
    }

    @Test
    void textThatIsNoNumberIsAShapeProblem() {
        assertThrows(ShapeException.class, () -> Json.number(new JsonPrimitive("-")));
        assertThrows(ShapeException.class, () -> Json.number(new JsonPrimitive("")));
        assertThrows(ShapeException.class, () -> Json.number(JsonParser.parseString("true")));
        assertThrows(ShapeException.class, () -> Json.number(JsonParser.parseString("[1]")));
    }
}
