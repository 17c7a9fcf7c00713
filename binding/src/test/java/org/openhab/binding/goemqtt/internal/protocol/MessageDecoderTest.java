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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.ResultAnswer;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.SetEcho;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;

/**
 * Decoding of inbound payloads, first of all the real captures.
 */
@NonNullByDefault
class MessageDecoderTest {

    static final List<String> DUMPS = List.of("fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt");

    private final MessageDecoder decoder = new MessageDecoder();

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void everyLineOfARealDumpDecodesToAKeyValue(String dump) {
        List<CaptureFile.Line> lines = CaptureFile.read(dump);
        assertTrue(lines.size() > 100, "a dump holds a full retained burst, found " + lines.size() + " lines");
        for (CaptureFile.Line line : lines) {
            ChargerSerial serial = ChargerSerial.of(line.topic().split("/")[2]);
            BaseTopic base = BaseTopic.forSerial("/go-eCharger/", serial);
            InboundMessage message = decoder.decode(base, line.topic(), line.payloadBytes()).orElseThrow(
                    () -> new AssertionError("line " + line.number() + ": topic not below " + base));
            assertInstanceOf(KeyValue.class, message, () -> "line " + line.number() + ": " + message);
        }
    }

    @Test
    void theDumpsKeepTheirSerialsAsStrings() {
        assertEquals("000001", CaptureFile.read(DUMPS.get(0)).get(0).topic().split("/")[2]);
        assertEquals("072246", CaptureFile.read(DUMPS.get(1)).get(0).topic().split("/")[2]);
    }

    @Test
    void firmwareVersionStaysAString() {
        assertEquals("055.2", firstValue(DUMPS.get(0), "fwv").getAsString());
        assertEquals("055.6", firstValue(DUMPS.get(1), "fwv").getAsString());
        JsonElement newest = firstValue(DUMPS.get(2), "fwv");
        assertTrue(newest.getAsJsonPrimitive().isString());
        assertEquals("60.5", newest.getAsString());
    }

    @Test
    void numbersBeyondThirtyTwoBitsAreReadAsLong() {
        // tab (ms timestamp) of firmware 60.5 is the captured value beyond 2^32; rbt gets there after 50 days
        assertEquals(1_782_115_285_000L, JsonValues.integral(firstValue(DUMPS.get(2), "tab")).orElseThrow());
        assertEquals(2_028_716_410L, JsonValues.integral(firstValue(DUMPS.get(0), "rbt")).orElseThrow());
        KeyValue rbt = (KeyValue) decoder.decode(ParsedTopic.value("rbt"), bytes("5000000123"));
        assertEquals(5_000_000_123L, rbt.value().getAsLong());
    }

    @Test
    void decimalsKeepEveryDigit() {
        assertEquals(new BigDecimal("49.9091301"),
                JsonValues.decimal(firstValue(DUMPS.get(2), "avgfhz")).orElseThrow());
        JsonElement awcp = firstValue(DUMPS.get(2), "awcp");
        assertEquals(new BigDecimal("8.333000183"),
                JsonValues.decimal(awcp.getAsJsonObject().get("marketprice")).orElseThrow());
    }

    @Test
    void jsonNullBecomesTheJsonNullInstance() {
        assertSame(JsonNull.INSTANCE, firstValue(DUMPS.get(1), "tcl"));
    }

    @Test
    void shapesDriftBetweenFirmwaresAndAllDecode() {
        assertEquals(1, firstValue(DUMPS.get(0), "bac").getAsInt());
        assertTrue(firstValue(DUMPS.get(0), "dns").getAsJsonObject().has("dns"));
        assertTrue(firstValue(DUMPS.get(1), "dns").getAsJsonObject().has("dns0"));
        assertEquals(16, firstValue(DUMPS.get(2), "nrg").getAsJsonArray().size());
    }

    @Test
    void setAndResultTrafficOfTheNameKeyDecodesVerbatim() {
        BaseTopic base = BaseTopic.of("/go-eCharger/072246/");
        List<Optional<InboundMessage>> decoded = CaptureFile.read("set-result-fna.txt").stream()
                .map(line -> decoder.decode(base, line.topic(), line.payloadBytes())).toList();
        assertEquals(6, decoded.size());
        assertEquals(Optional.of(new SetEcho("fna", "go")), decoded.get(0));
        assertEquals(Optional.of(new ResultAnswer("fna", "invalid json InvalidInput: go")), decoded.get(1));
        assertEquals(Optional.of(new SetEcho("fna", "\"go\"")), decoded.get(2));
        assertEquals(Optional.of(new ResultAnswer("fna", "String length  2 exceeds range 4 to 64 \"go\"")),
                decoded.get(3));
        assertEquals(Optional.empty(), decoded.get(4), "the fifth line lacks the leading slash: another base");
        assertEquals(Optional.of(new ResultAnswer("fna", "success")), decoded.get(5));
    }

    @Test
    void onlySuccessIsASuccessfulAnswer() {
        assertTrue(new ResultAnswer("fna", "success").isSuccess());
        assertTrue(new ResultAnswer("fna", "success\n").isSuccess());
        assertFalse(new ResultAnswer("fna", "invalid json InvalidInput: go").isSuccess());
        assertFalse(new ResultAnswer("fna", "successful?").isSuccess());
        assertFalse(new ResultAnswer("alw", "...tried to set api key without setter (false)").isSuccess());
    }

    @ParameterizedTest
    @ValueSource(strings = { "go", "10 11", "NaN", "'go'", "{\"a\":1,}", "[1,2", "010", "// c\n1", "tru" })
    void aValueThatIsNotStrictJsonIsUnparseable(String payload) {
        Unparseable result = assertInstanceOf(Unparseable.class,
                decoder.decode(ParsedTopic.value("fna"), bytes(payload)));
        assertEquals("fna", result.key());
        assertEquals(TopicKind.VALUE, result.kind());
        assertTrue(result.reason().startsWith("not valid JSON"), result.reason());
        assertFalse(result.reason().contains("setLenient"), "no library advice in the reason: " + result.reason());
    }

    @Test
    void anEmptyValueIsUnparseableAsAClearedRetainedMessage() {
        Unparseable result = assertInstanceOf(Unparseable.class,
                decoder.decode(ParsedTopic.value("amp"), new byte[0]));
        assertTrue(result.reason().contains("empty payload"));
    }

    @Test
    void aPayloadOverTheLimitIsUnparseableWithTheSizesInTheReason() {
        MessageDecoder small = new MessageDecoder(9);
        assertInstanceOf(KeyValue.class, small.decode(ParsedTopic.value("nrg"), bytes("[1,2,3,4]")));
        Unparseable result = assertInstanceOf(Unparseable.class,
                small.decode(ParsedTopic.value("nrg"), bytes("[1,2,3,45]")));
        assertEquals("payload of 10 bytes exceeds the limit of 9 bytes", result.reason());
        assertInstanceOf(Unparseable.class, small.decode(ParsedTopic.result("nrg"), bytes("too long text")));
    }

    @Test
    void theDefaultLimitIsAGenerous256KiB() {
        assertEquals(256 * 1024, new MessageDecoder().maxPayloadBytes());
        byte[] big = bytes("\"" + "x".repeat(256 * 1024 - 2) + "\"");
        assertInstanceOf(KeyValue.class, decoder.decode(ParsedTopic.value("x"), big));
        byte[] bigger = bytes("\"" + "x".repeat(256 * 1024 - 1) + "\"");
        assertInstanceOf(Unparseable.class, decoder.decode(ParsedTopic.value("x"), bigger));
    }

    @Test
    void invalidUtf8IsUnparseableOnEveryKindOfTopic() {
        byte[] broken = { '"', (byte) 0xC3, (byte) 0x28, '"' };
        for (TopicKind kind : TopicKind.values()) {
            Unparseable result = assertInstanceOf(Unparseable.class,
                    decoder.decode(new ParsedTopic("fna", kind), broken));
            assertEquals("payload is not valid UTF-8", result.reason());
            assertEquals(kind, result.kind());
        }
    }

    @Test
    void nestingDeeperThanTheLimitIsUnparseableButBracketsInStringsDoNotCount() {
        String deep = "[".repeat(MessageDecoder.MAX_NESTING + 1) + "]".repeat(MessageDecoder.MAX_NESTING + 1);
        Unparseable result = assertInstanceOf(Unparseable.class,
                decoder.decode(ParsedTopic.value("x"), bytes(deep)));
        assertTrue(result.reason().contains("nested deeper"));
        String limit = "[".repeat(MessageDecoder.MAX_NESTING) + "]".repeat(MessageDecoder.MAX_NESTING);
        assertInstanceOf(KeyValue.class, decoder.decode(ParsedTopic.value("x"), bytes(limit)));
        String text = "\"" + "[".repeat(200) + "\\\"{\"";
        assertInstanceOf(KeyValue.class, decoder.decode(ParsedTopic.value("x"), bytes(text)));
    }

    @Test
    void thePreviewShowsTheStartOfThePayloadPrintably() {
        Unparseable result = assertInstanceOf(Unparseable.class,
                decoder.decode(ParsedTopic.value("x"), bytes("bad\u0001" + "y".repeat(100))));
        assertTrue(result.preview().startsWith("bad\\u0001yyy"), result.preview());
        assertTrue(result.preview().endsWith("…"));
        assertTrue(result.preview().length() < 80);
    }

    @Test
    void decodingBelowABaseIsEmptyForForeignTopics() {
        BaseTopic base = BaseTopic.of("/go-eCharger/072246/");
        assertEquals(Optional.empty(), decoder.decode(base, "/go-eCharger/000001/amp", bytes("6")));
        assertEquals(Optional.empty(), decoder.decode(base, "/go-eCharger/072246/a/b/c", bytes("6")));
    }

    @Test
    void aRefusedLimitIsAClearError() {
        assertThrows(IllegalArgumentException.class, () -> new MessageDecoder(0));
    }

    /** The value of the first line for {@code key} in a dump. */
    static JsonElement firstValue(String dump, String key) {
        Map<String, JsonElement> values = CaptureFile.read(dump).stream()
                .filter(line -> line.topic().endsWith("/" + key))
                .collect(Collectors.toMap(line -> key, line -> ((KeyValue) new MessageDecoder()
                        .decode(ParsedTopic.value(key), line.payloadBytes())).value(), (first, later) -> first));
        JsonElement value = values.get(key);
        if (value == null) {
            throw new AssertionError(dump + " has no " + key);
        }
        return value;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
