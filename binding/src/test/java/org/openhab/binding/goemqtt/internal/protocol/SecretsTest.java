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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

@NonNullByDefault
class SecretsTest {

    @Test
    void urlsLoseTheirUserInfoAndQueryValues() {
        assertEquals("mqtts://***@broker:8883", Secrets.maskUrl("mqtts://user:pw@broker:8883"));
        assertEquals("mqtt://***@broker", Secrets.maskUrl("mqtt://token-as-user@broker"));
        assertEquals("wss://backend/ocpp/cp1?token=***&x=***", Secrets.maskUrl("wss://backend/ocpp/cp1?token=t&x=1"));
        assertEquals("https://data.v3.go-e.io/export?e=***", Secrets.maskUrl("https://data.v3.go-e.io/export?e=abc"));
        assertEquals("mqtt://broker.local:1883", Secrets.maskUrl("mqtt://broker.local:1883"));
        assertEquals("see mqtt://***@h and mail a@b", Secrets.maskUserInfo("see mqtt://u:p@h and mail a@b"));
    }

    @Test
    void knownAndCredentialLikeNamesAreMaskedWholeAtAnyDepth() {
        assertEquals("\"***\"", Secrets.text("mck", json("\"-----BEGIN KEY-----\"")));
        assertEquals("\"***\"", Secrets.text("apiToken", json("{\"a\":1}")));
        assertEquals("{\"wss\":\"home\",\"wke\":\"***\",\"n\":[{\"psk\":\"***\",\"ssid\":\"x\"}],\"mck\":\"***\"}",
                Secrets.text("status", json("{\"wss\":\"home\",\"wke\":\"k\",\"n\":[{\"psk\":\"p\",\"ssid\":\"x\"}],"
                        + "\"mck\":\"m\"}")));
        assertEquals("{\"url\":\"wss://***@h?t=1&access_token=***\"}",
                Secrets.text("x", json("{\"url\":\"wss://a:b@h?t=1&access_token=x\"}")));
        assertEquals("{\"ocppu\":\"wss://***@h\"}", Secrets.text("x", json("{\"ocppu\":\"wss://a:b@h\"}")));
    }

    @Test
    void notSetStaysVisibleAndWhatHoldsNoSecretIsTheSameElement() {
        assertEquals("\"\"", Secrets.text("ocppck", json("\"\"")));
        assertEquals("null", Secrets.text("pco", json("null")));
        JsonElement plain = json("{\"ssid\":\"iot\",\"ip\":\"192.168.1.11\",\"encryptionType\":3}");
        assertSame(plain, Secrets.mask("ccw", plain));
    }

    @Test
    void payloadsThatAreNoJsonAreMaskedAsText() {
        assertEquals("mqtt://***@broker", Secrets.text("mcu", "mqtt://bob:pw@broker"));
        assertEquals("***", Secrets.text("ocppck", "-----BEGIN PRIVATE KEY----- not json"));
        assertEquals("16", Secrets.text("amp", "16"));
        assertEquals("\"garage\"", Secrets.text("fna", "\"garage\""));
        assertEquals("{\"wss\":\"home\",\"wke\":\"***\",\"wak\":\"***\"", Secrets.text("status",
                "{\"wss\":\"home\",\"wke\":\"k\\\"ey\",\"wak\":\"cut sh"), "JSON cut short");
        String deep = "[".repeat(5000) + "{\"key\":\"k\"}" + "]".repeat(5000);
        assertFalse(Secrets.text("x", deep).contains("\"k\""), "nested deeper than the decoder allows");
    }

    @Test
    void anUnparseableSecretShowsNotEvenItsStart() {
        InboundMessage message = new MessageDecoder().decode(ParsedTopic.value("mcu"),
                "mqtt://bob:pw@broker".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertInstanceOf(InboundMessage.Unparseable.class, message);
        assertEquals("mqtt://***@broker", ((InboundMessage.Unparseable) message).preview());
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }
}
