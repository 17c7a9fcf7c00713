/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * API v1 topics, the status object (the real capture {@code captures/v1-041.0-status.json} of the shared folder,
 * byte for byte) and the {@code key=value} commands.
 */
@NonNullByDefault
class V1ProtocolTest {

    static byte[] capture() throws IOException {
        return Files.readAllBytes(SharedReference.resolve("captures/v1-041.0-status.json"));
    }

    @Test
    void topicsAreStatusAndCmdReqBelowTheBaseWithOrWithoutLeadingSlash() {
        for (String base : new String[] { "/go-eCharger/123345/", "go-eCharger/123345/" }) {
            V1Topics topics = new V1Topics(BaseTopic.of(base));
            assertEquals(base + "status", topics.statusTopic());
            assertEquals(base + "cmd/req", topics.commandTopic());
            assertEquals(V1Topics.Kind.STATUS, topics.parse(base + "status"));
            assertEquals(V1Topics.Kind.COMMAND, topics.parse(base + "cmd/req"));
            assertNull(topics.parse(base + "status/x"));
            assertNull(topics.parse(base + "cmd"));
            assertNull(topics.parse(base + "amp"));
            assertNull(topics.parse("other/123345/status"));
        }
    }

    @Test
    void theCapturedStatusIsReadWithEveryMember() throws IOException {
        V1StatusDecoder.Result result = new V1StatusDecoder().decode(capture());
        V1Status status = assertInstanceOf(V1StatusDecoder.Read.class, result).status();
        assertEquals(JsonParser.parseString(new String(capture(), java.nio.charset.StandardCharsets.UTF_8))
                .getAsJsonObject().size(), status.values().size());
        assertEquals(java.util.List.of(), status.dropped());
        assertEquals("B", status.text("version"));
        assertEquals("123345", status.text("sse"));
        assertEquals("041.0", status.text("fwv"));
        assertEquals("73980", status.text("eto"));
        assertEquals("16", status.text("amp"));
        assertEquals("1883", status.text("mcp"), "a number member reads as its text too");
        assertEquals(16, status.get("nrg").getAsJsonArray().size());
        assertFalse(status.has("amx"), "firmware 041.0 of the capture publishes no amx");
    }

    @Test
    void whatIsNoStatusObjectIsUnreadableAndNeverThrows() {
        V1StatusDecoder decoder = new V1StatusDecoder();
        assertInstanceOf(V1StatusDecoder.Unreadable.class, decoder.decode("[1,2]"));
        assertInstanceOf(V1StatusDecoder.Unreadable.class, decoder.decode("\"B\""));
        assertInstanceOf(V1StatusDecoder.Unreadable.class, decoder.decode("{\"car\":\"1\""));
        assertInstanceOf(V1StatusDecoder.Unreadable.class, decoder.decode("{car:1}"), "strict JSON");
        assertInstanceOf(V1StatusDecoder.Unreadable.class, decoder.decode(""));
        assertInstanceOf(V1StatusDecoder.Unreadable.class,
                decoder.decode(new byte[V1StatusDecoder.MAX_PAYLOAD_BYTES + 1]));
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= V1StatusDecoder.MAX_MEMBERS; i++) {
            many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"1\"");
        }
        V1StatusDecoder.Unreadable tooMany = assertInstanceOf(V1StatusDecoder.Unreadable.class,
                decoder.decode(many.append('}').toString()));
        assertTrue(tooMany.reason().contains("members"), tooMany.reason());
    }

    @Test
    void membersThatCannotBeKeysOrAreNestedAreLeftOutWithTheirReason() {
        JsonObject object = new JsonObject();
        object.addProperty("car", "2");
        object.addProperty("a/b", "1");
        object.add("obj", new JsonObject());
        JsonArray nested = new JsonArray();
        nested.add(new JsonArray());
        object.add("tma", nested);
        V1Status status = assertInstanceOf(V1StatusDecoder.Read.class,
                new V1StatusDecoder().decode(new KeyValue("status", object))).status();
        assertEquals(java.util.Set.of("car"), status.values().keySet());
        assertEquals(3, status.dropped().size(), status.dropped().toString());
    }

    @Test
    void commandsAreKeyEqualsValueWithBooleansAsOneAndZero() {
        assertEquals("amx=10", V1Commands.payload("amx", new JsonPrimitive(10)));
        assertEquals("amx=10", V1Commands.payload("amx", new JsonPrimitive(10.0)));
        assertEquals("amx=10", V1Commands.payload("amx", new JsonPrimitive(new java.math.BigDecimal("1E+1"))));
        assertEquals("alw=1", V1Commands.payload("alw", new JsonPrimitive(true)));
        assertEquals("alw=0", V1Commands.payload("alw", new JsonPrimitive(false)));
        assertEquals("wss=my home network", V1Commands.payload("wss", new JsonPrimitive("my home network")));
        assertEquals("tof=100.5", V1Commands.payload("tof", new JsonPrimitive(100.50)));
    }

    @Test
    void commandsV1CannotSayAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> V1Commands.payload("amx", JsonNull.INSTANCE));
        assertThrows(IllegalArgumentException.class, () -> V1Commands.payload("amx", new JsonArray()));
        assertThrows(IllegalArgumentException.class, () -> V1Commands.payload("rna", new JsonPrimitive("a\nb")));
        assertThrows(IllegalArgumentException.class, () -> V1Commands.payload("a=b", new JsonPrimitive(1)));
        assertThrows(IllegalArgumentException.class, () -> V1Commands.payload("a/b", new JsonPrimitive(1)));
    }

    @Test
    void aStatusShowsACommandByTextOrByNumber() {
        assertTrue(V1Commands.shows(new JsonPrimitive("1"), "1"));
        assertTrue(V1Commands.shows(new JsonPrimitive("16"), "16"));
        assertTrue(V1Commands.shows(new JsonPrimitive(16), "16"));
        assertTrue(V1Commands.shows(new JsonPrimitive("16.0"), "16"));
        assertFalse(V1Commands.shows(new JsonPrimitive("0"), "1"));
        assertFalse(V1Commands.shows(new JsonArray(), "1"));
        assertEquals("***", V1Commands.shownValue("wke", "secret"), "the Wi-Fi key never shows");
        assertEquals("10", V1Commands.shownValue("amx", "10"));
    }
}
