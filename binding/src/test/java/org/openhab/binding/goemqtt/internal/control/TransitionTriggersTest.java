/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;

import com.google.gson.JsonParser;

/**
 * Transition events from real and scripted charger traffic.
 */
@NonNullByDefault
class TransitionTriggersTest {

    private static final BaseTopic BASE = BaseTopic.of("/go-eCharger/072246/");

    private final TransitionTriggers triggers = new TransitionTriggers();
    private final MessageDecoder decoder = new MessageDecoder();
    private final Set<String> keysSeen = new HashSet<>();

    /** Feeds {@code mosquitto_sub -v} lines; returns "line => event" for every event fired. */
    private List<String> replay(List<String> lines) {
        List<String> fired = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (line.isBlank() || line.startsWith("#") || line.startsWith("$") || space < 0) {
                continue;
            }
            byte[] payload = line.substring(space + 1).getBytes(StandardCharsets.UTF_8);
            InboundMessage message = decoder.decode(BASE, line.substring(0, space), payload).orElse(null);
            if (message instanceof KeyValue value) {
                if (TransitionTriggers.KEYS.contains(value.key())) {
                    keysSeen.add(value.key());
                }
                triggers.accept(value.key(), value.value()).forEach(event -> fired.add(line + " => " + event));
            }
        }
        return fired;
    }

    private List<String> capture() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                getClass().getResourceAsStream("/captures/fw055.6-v3-retained-burst.txt"), "capture missing")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private List<String> events(String key, String... values) {
        List<String> fired = new ArrayList<>();
        for (String value : values) {
            fired.addAll(triggers.accept(key, JsonParser.parseString(value)));
        }
        return fired;
    }

    @Test
    void theRetainedBurstOfARealChargerFiresNothing() throws IOException {
        List<String> fired = replay(capture());

        assertEquals(List.of(), fired);
        assertEquals(TransitionTriggers.KEYS, keysSeen, "the dump carries every key the triggers watch");
    }

    @Test
    void aChargingSessionAfterTheRealBurstFiresEachTransitionOnce() throws IOException {
        replay(capture());
        String car = "/go-eCharger/072246/car ";
        String pha = "/go-eCharger/072246/pha ";
        String err = "/go-eCharger/072246/err ";
        List<String> session = List.of(car + "3", car + "3", pha + "[true,true,true,true,true,true]", car + "2",
                "/go-eCharger/072246/psm 0", pha + "[true,false,false,true,true,true]",
                pha + "[true,false,false,true,true,true]", pha + "[false,false,false,true,true,true]", err + "5",
                car + "5", err + "null", err + "0", car + "0", car + "4", car + "1", car + "1");

        List<String> fired = replay(session);

        assertEquals(List.of( //
                car + "3 => CAR_CONNECTED", //
                car + "2 => CHARGING_STARTED", //
                "/go-eCharger/072246/psm 0 => PHASE_MODE_CHANGED:AUTO", //
                pha + "[true,false,false,true,true,true] => PHASES_SWITCHED:1", //
                err + "5 => ERROR_RAISED:5", //
                car + "5 => CHARGING_STOPPED", //
                err + "0 => ERROR_CLEARED", //
                car + "1 => CAR_DISCONNECTED"), fired);
    }

    @Test
    void theFirstValueOnlySetsTheBaseline() {
        assertEquals(List.of(), events("car", "2"));
        assertEquals(List.of(), events("err", "7"));
        assertEquals(List.of(), events("pha", "[true,true,true,true,true,true]"));
        assertEquals(List.of(), events("psm", "1"));
    }

    @Test
    void unpluggingWhileChargingStopsChargingBeforeTheCarLeaves() {
        events("car", "2");

        assertEquals(List.of("CHARGING_STOPPED", "CAR_DISCONNECTED"), events("car", "1"));
    }

    @Test
    void pluggingInStraightIntoChargingConnectsBeforeCharging() {
        events("car", "1");

        assertEquals(List.of("CAR_CONNECTED", "CHARGING_STARTED"), events("car", "2"));
    }

    @Test
    void anUnknownCarStateBetweenTwoEqualStatesFiresNothing() {
        events("car", "3");

        assertEquals(List.of(), events("car", "0", "6", "null", "99", "3"));
        assertEquals(List.of("CAR_DISCONNECTED"), events("car", "null", "1"));
    }

    @Test
    void oneErrorReplacedByAnotherFiresTheNewCodeOnly() {
        events("err", "0");

        assertEquals(List.of("ERROR_RAISED:1", "ERROR_RAISED:3", "ERROR_CLEARED"), events("err", "1", "3", "3", "0"));
    }

    @Test
    void theOlderNumberFormOfPhaIsReadFromItsLowBits() {
        events("pha", "63"); // 0b111111: three phases before and after the contactor

        assertEquals(List.of("PHASES_SWITCHED:1"), events("pha", "57")); // 0b111001
        assertEquals(List.of(), events("pha", "56")); // contactor open
        assertEquals(List.of("PHASES_SWITCHED:3"), events("pha", "63"));
    }

    @Test
    void phaseModeChangesNameTheMode() {
        events("psm", "0");

        assertEquals(List.of("PHASE_MODE_CHANGED:1", "PHASE_MODE_CHANGED:3", "PHASE_MODE_CHANGED:AUTO"),
                events("psm", "1", "2", "7", "0"));
    }

    @Test
    void unreadableValuesAndOtherKeysFireNothing() {
        events("pha", "[true,true,true,true,true,true]");

        assertEquals(List.of(), events("pha", "[true]", "\"three\"", "{\"a\":1}", "null"));
        assertEquals(List.of(), events("amp", "10", "16"));
        assertEquals(List.of("PHASES_SWITCHED:2"), events("pha", "[1,1,0,1,1,1]"));
    }
}
