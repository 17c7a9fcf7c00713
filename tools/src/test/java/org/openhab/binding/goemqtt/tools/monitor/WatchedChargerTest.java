/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.monitor;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.tools.BindingTexts;

/**
 * One watched charger: identity first, then only changed states; results and unreadable payloads are shown.
 */
@NonNullByDefault
class WatchedChargerTest {

    private static final BaseTopic BASE = BaseTopic.of("/go-eCharger/072246/");

    private final List<String> lines = new ArrayList<>();
    private final MessageDecoder decoder = new MessageDecoder();
    private final WatchedCharger charger = new WatchedCharger("072246", BASE, Catalog.standard(), BindingTexts.load(),
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), lines::add);

    @Test
    void statesWaitForTheIdentityAndThenOnlyChangesArePrinted() {
        send("amp", "16");
        assertEquals(List.of(), lines, "nothing before the identity is complete");

        send("fwv", "\"60.5\"");
        send("typ", "\"go-eCharger\"");
        send("var", "11");
        send("mcr", "true");

        assertEquals("charger 072246: base topic /go-eCharger/072246/, firmware 60.5, type go-eCharger, variant 11 kW, "
                + "MQTT writes off (read-only)", lines.get(0));
        assertTrue(lines.contains("[072246] charging#requested-current = 16 A"), lines.toString());
        int shown = lines.size();

        send("amp", "16");
        assertEquals(shown, lines.size(), "an unchanged value is not printed again");

        send("amp", "10");
        send("mcr", "false");
        assertEquals(List.of("[072246] charging#requested-current = 10 A", "[072246] MQTT writes on",
                "[072246] mqtt#mqtt-read-only = OFF"), lines.subList(shown, lines.size()));
    }

    @Test
    void anIncompleteIdentityIsShownWhenTheWaitIsOver() {
        send("car", "2");
        charger.showValues();

        assertEquals(List.of("charger 072246: base topic /go-eCharger/072246/, firmware ?, type ?, variant ?, "
                + "MQTT writes unknown (no mcr)", "[072246] status#car-state = 2 (Charging)"), lines);
    }

    @Test
    void resultsAndUnreadablePayloadsAreShown() {
        charger.showValues();
        lines.clear();

        send("amp/result", "success");
        send("nrg", "[230,");

        assertEquals("[072246] result of amp/set: success", lines.get(0));
        assertTrue(lines.get(1).startsWith("[072246] unreadable nrg: "), lines.toString());
    }

    @Test
    void secretsAreMaskedInStatesResultsAndUnreadablePayloads() {
        charger.showValues();
        lines.clear();

        send("mcu", "\"mqtts://alice:S3cret-a@broker.local\"");
        send("ocppck", "\"-----BEGIN PRIVATE KEY-----S3cret-b\"");
        send("status", "{\"wke\":\"S3cret-c\",\"wss\":\"home\"}");
        send("mcu/result", "cannot reach mqtts://alice:S3cret-d@broker.local");
        send("mcu", "mqtts://alice:S3cret-e@broker.local");

        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.contains("S3cret")), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.contains("mqtts://***@broker.local")), lines.toString());
    }

    private void send(String subtopic, String payload) {
        decoder.decode(BASE, BASE.value() + subtopic, payload.getBytes(StandardCharsets.UTF_8))
                .ifPresent(charger::accept);
    }
}
