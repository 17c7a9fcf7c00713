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

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * The plain reader against Gson's strict reader: what it reads, it reads as Gson does; what it does not read it
 * leaves to Gson; and it reads what real chargers publish.
 */
@NonNullByDefault
class PlainJsonTest {

    @ParameterizedTest
    @ValueSource(strings = { "0", "-0", "16", "-12", "3.25", "-0.5", "1e5", "1E-3", "2.5e+10",
            "123456789012345678901234", "true", "false", "null", "\"\"", "\"text\"", "\"Grüße\"", "[]", "{}", "[1,2,3]", " [ 1 , 2.0 ] ",
            "{\"a\":1,\"b\":[true,null],\"c\":{\"d\":\"x\"}}", "\t\n7\r\n", "[[[[1]]]]", "[\"a\",{\"b\":[]}]",
            "[1,[2,3],\"a,b,c\",{\"c\":[4,5]},6]", "[[1,2],[3,4,5,6,7,8,9,10,11,12,13]]",
            "[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69]" })
    void plainValuesAreReadAsGsonReadsThem(String text) {
        JsonElement plain = PlainJson.parse(text, MessageDecoder.MAX_NESTING);
        assertNotNull(plain, () -> "not read: " + text);
        assertSameAsGson(text, plain);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "01", "-", "1.", ".5", "1e", "+1", "1x", "True", "nul", "nulls", "truex",
            "NaN", "Infinity", "'a'", "\"a", "\"a\\\"b\"", "\"tab\there\"", "[1,]", "[,1]", "[1 2]", "{\"a\"}",
            "{\"a\":}", "{a:1}", "{\"a\":1,}", "{\"a\":1,\"a\":2}", "1 2", "[1]]", "// comment", "[1] # x" })
    void anythingNotPlainIsLeftToGson(String text) {
        assertNull(PlainJson.parse(text, MessageDecoder.MAX_NESTING), () -> "read: " + text);
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3 })
    void nestingBeyondTheLimitIsLeftToGson(int limit) {
        String within = "[".repeat(limit) + "]".repeat(limit);
        String beyond = "[" + within + "]";
        assertNotNull(PlainJson.parse(within, limit));
        assertNull(PlainJson.parse(beyond, limit));
    }

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void nearlyEveryPayloadOfARealDumpIsPlainAndReadAsGsonReadsIt(String dump) {
        List<CaptureFile.Line> lines = CaptureFile.read(dump);
        int plain = 0;
        for (CaptureFile.Line line : lines) {
            JsonElement read = PlainJson.parse(line.payload(), MessageDecoder.MAX_NESTING);
            if (read != null) {
                plain++;
                assertSameAsGson(line.payload(), read);
            }
        }
        assertTrue(plain >= lines.size() * 9 / 10, "only " + plain + " of " + lines.size() + " payloads are plain");
    }

    @ParameterizedTest
    @ValueSource(strings = { "16", "-3", "2.50", "1e3", "9223372036854775808", "-0.0" })
    void numbersConvertAsGsonsDo(String text) {
        JsonPrimitive plain = (JsonPrimitive) PlainJson.parse(text, 1);
        JsonPrimitive gson = (JsonPrimitive) gson(text);
        assertNotNull(plain);
        assertNotNull(gson);
        assertEquals(gson.getAsString(), plain.getAsString());
        assertEquals(gson.getAsDouble(), plain.getAsDouble());
        assertEquals(gson.getAsLong(), plain.getAsLong());
        assertEquals(gson.getAsInt(), plain.getAsInt());
        assertEquals(gson.getAsFloat(), plain.getAsFloat());
        assertEquals(gson.getAsBigDecimal(), plain.getAsBigDecimal());
        assertEquals(gson.hashCode(), plain.hashCode());
        assertEquals(gson, plain);
        assertEquals(plain, gson);
    }

    @Test
    void smallWholeNumbersAreOneElementEachForEveryMessageAndStillReadAsGsonReadsThem() {
        JsonArray first = (JsonArray) PlainJson.parse("[231,232,0,999,1000,-1,7.0,1e2]", 1);
        JsonArray second = (JsonArray) PlainJson.parse("[ 231 , 0 ,999, 1000,-1, 7.0, 1e2 ]", 1);
        assertNotNull(first);
        assertNotNull(second);
        assertSameAsGson("[231,232,0,999,1000,-1,7.0,1e2]", first);
        assertSameAsGson("[ 231 , 0 ,999, 1000,-1, 7.0, 1e2 ]", second);
        assertSame(first.get(0), second.get(0), "231 read once");
        assertSame(first.get(2), second.get(1), "0 read once");
        assertSame(first.get(3), second.get(2), "999 read once");
        assertSame(PlainJson.parse("{\"a\":231}", 1) instanceof JsonObject object ? object.get("a") : null,
                first.get(0), "the same element inside objects and alone");
        assertSame(first.get(0), PlainJson.parse("231", 1));
        assertNotSame(first.get(1), first.get(0), "another number, another element");
        assertNotSame(first.get(4), second.get(3), "four digits: made per message");
        assertNotSame(first.get(5), second.get(4), "negative: made per message");
        assertNotSame(first.get(6), second.get(5), "fraction: made per message");
        assertEquals("7.0", second.get(5).getAsString(), "a fraction keeps its digits, not those of 7");
        assertEquals("1e2", second.get(6).getAsString());
        assertEquals(231, first.get(0).getAsInt());
        assertEquals("999", first.get(3).getAsString());
    }

    /** Equal as Gson sees it, and with the same text everywhere (numbers keep their digits). */
    private static void assertSameAsGson(String text, JsonElement plain) {
        JsonElement gson = gson(text);
        assertNotNull(gson, () -> "Gson refuses what was read: " + text);
        assertEquals(gson, plain, text);
        assertEquals(gson.toString(), plain.toString(), text);
        assertEquals(gson.getClass(), plain.getClass(), text);
        if (gson instanceof JsonArray array) {
            assertEquals(array.size(), ((JsonArray) plain).size());
        } else if (gson instanceof JsonObject object) {
            assertEquals(object.keySet(), ((JsonObject) plain).keySet());
        }
    }

    /** What the decoder's strict Gson reading gives, or null when Gson refuses {@code text}. */
    private static @Nullable JsonElement gson(String text) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setLenient(false);
            JsonElement value = new Gson().getAdapter(JsonElement.class).read(reader);
            return reader.peek() == JsonToken.END_DOCUMENT ? value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
