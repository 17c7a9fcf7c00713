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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Every key of the real v1 status document (firmware 041.0, {@code captures/v1-041.0-status.json}, byte for byte)
 * decodes through {@link Catalog#v1()} into the state the v1 documents give it, with its unit and v1 scaling; no key
 * goes raw, the secrets give no state and no state shows a secret or an RFID card id.
 */
@NonNullByDefault
class V1CatalogDecodeTest {

    private static final Catalog CATALOG = Catalog.v1();
    private static final DecodeContext CONTEXT = new DecodeContext(Instant.parse("2022-08-09T09:22:30Z"), 3560814760L,
            ZoneOffset.ofHours(2));
    private static String captureText = "";
    private static JsonObject capture = new JsonObject();
    private static final Map<String, State> states = new LinkedHashMap<>();
    private static final List<String> rawKeys = new ArrayList<>();

    @BeforeAll
    static void decodeTheCapture() throws IOException {
        captureText = Files.readString(SharedReference.resolve("captures/v1-041.0-status.json"),
                StandardCharsets.UTF_8);
        capture = JsonParser.parseString(captureText).getAsJsonObject();
        for (Map.Entry<String, JsonElement> member : capture.entrySet()) {
            Catalog.Decoded decoded = CATALOG.decode(member.getKey(), member.getValue(), CONTEXT);
            assertEquals(List.of(), decoded.problems(), member.getKey());
            if (decoded.raw()) {
                rawKeys.add(member.getKey());
            }
            for (ChannelState state : decoded.states()) {
                assertNull(states.put(state.channel(), state.state()), state.channel() + " fed twice");
            }
        }
    }

    @Test
    void noKeyOfTheCaptureIsRawOrUndefined() {
        assertEquals(95, capture.size(), "keys in the capture");
        assertEquals(List.of(), rawKeys);
        List<String> undefined = states.entrySet().stream().filter(e -> e.getValue() instanceof UnDefType)
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), undefined);
    }

    @Test
    void everyChannelButThoseOfKeysTheCaptureLacksGetsAState() {
        Set<String> expected = new TreeSet<>(CATALOG.channels());
        // amx (firmware 033 and later; this one publishes none), tma[1] (later naming), upd (cloud only)
        expected.removeAll(Set.of("charging#volatile-current", "temperatures#temperature-2", "device#update-available"));
        assertEquals(expected, new TreeSet<>(states.keySet()));
    }

    @Test
    void statusAndCharging() {
        assertNumber("status#car-state", 1);
        assertNumber("status#error", 0);
        assertEquals(OnOffType.OFF, states.get("status#charging-allowed"));
        assertEquals(OnOffType.OFF, states.get("status#adapter-in-use"));
        assertQuantity("status#cable-current-limit", "32 A");
        assertQuantity("charging#requested-current", "16 A");
        assertQuantity("charging#max-current", "16 A");
        assertNumber("charging#access-control", 2);
        assertNumber("charging#automatic-stop", 0);
        assertQuantity("charging#energy-limit", "0 kWh");
        assertNumber("charging#cable-unlock-mode", 2);
        assertQuantity("charging#load-balancing-current", "0 A");
        assertNumber("charging#tariff-country", 1);
        assertNumber("charging#tariff-min-hours", 3);
        assertNumber("charging#tariff-finish-hour", 17);
        assertQuantity("charging#tariff-remaining-time", "1318.705 s");
    }

    @Test
    void energyAndPhasesWithTheV1Scaling() {
        // eto 73980 in 0.1 kWh, dws 223 deca-watt-seconds (2230 Ws)
        assertQuantity("energy#total-energy", "7398 kWh");
        // dws 223: 2230 J, shown in Wh (as on v2) to 0.1 mWh
        assertQuantity("energy#session-energy", "0.6194 Wh");
        assertQuantity("energy#power", "0 W");
        assertQuantity("phases#voltage-l1", "224 V");
        assertQuantity("phases#voltage-l2", "224 V");
        assertQuantity("phases#voltage-l3", "224 V");
        assertQuantity("phases#voltage-n", "1 V");
        for (String phase : List.of("l1", "l2", "l3")) {
            assertQuantity("phases#current-" + phase, "0 A");
            assertQuantity("phases#power-" + phase, "0 W");
            assertQuantity("phases#power-factor-" + phase, "0 %");
            // pha 56 = 0b111000: all three phases before the contactor, none after it (not charging)
            assertEquals(OnOffType.ON, states.get("phases#supply-" + phase), phase);
            assertEquals(OnOffType.OFF, states.get("phases#output-" + phase), phase);
        }
        assertQuantity("phases#power-n", "0 W");
        assertQuantity("phases#power-factor-n", "0 %");
        assertQuantity("temperatures#temperature-1", "27 °C");
    }

    @Test
    void scalingOfNonZeroMeasurements() {
        JsonElement nrg = JsonParser.parseString("[230,231,229,0,160,161,159,37,37,36,0,1104,99,98,97,0]");
        Map<String, State> decoded = new LinkedHashMap<>();
        CATALOG.decode("nrg", nrg, CONTEXT).states().forEach(s -> decoded.put(s.channel(), s.state()));
        assertEquals(16, decoded.size());
        assertQuantityState(decoded.get("phases#current-l1"), "16 A", "16 A");
        assertQuantityState(decoded.get("phases#current-l3"), "15.9 A", "15.9 A");
        assertQuantityState(decoded.get("phases#power-l1"), "3700 W", "3700 W");
        assertQuantityState(decoded.get("energy#power"), "11040 W", "11040 W");
        assertQuantityState(decoded.get("phases#power-factor-l1"), "99 %", "99 %");
        assertQuantityState(CATALOG.decode("dws", new JsonPrimitive("360"), CONTEXT).states().get(0).state(), "1 Wh", "1 Wh");
        assertQuantityState(CATALOG.decode("dwo", new JsonPrimitive("105"), CONTEXT).states().get(0).state(), "10.5 kWh", "10.5 kWh");
    }

    @Test
    void device() {
        assertEquals(new StringType("B"), states.get("device#status-format"));
        assertEquals(new StringType("041.0"), states.get("device#firmware-version"));
        assertEquals(new StringType("123345"), states.get("device#serial-number"));
        assertEquals(new StringType("My WiFi"), states.get("device#wifi-ssid"));
        assertEquals(new StringType("0"), states.get("device#transmit-interface"));
        assertNumber("device#wifi-status", 3);
        assertNumber("device#reboot-count", 67);
        assertQuantity("device#uptime", "3560814760 ms");
        // tme 0908221122: 09.08.2022 11:22 on the charger's clock
        DateTimeType time = (DateTimeType) states.get("device#local-time");
        assertEquals(ZonedDateTime.of(2022, 8, 9, 11, 22, 0, 0, ZoneOffset.ofHours(2)).toInstant(),
                time.getInstant());
        // tof 101: UTC+1; tds 1: one hour in summer
        assertQuantity("device#time-zone-offset", "1 h");
        assertQuantity("device#daylight-saving-offset", "1 h");
        assertEquals(List.of(new ChannelState("device#update-available", OnOffType.ON)),
                CATALOG.decode("upd", new JsonPrimitive("1"), CONTEXT).states());
    }

    @Test
    void configLedNetworkScheduler() {
        assertNumber("config#led-brightness", 255);
        assertEquals(new StringType("#0000FF"), states.get("config#color-idle"));
        assertEquals(new StringType("#FFFF00"), states.get("config#color-charging"));
        assertEquals(new StringType("#00FF00"), states.get("config#color-finished"));
        assertEquals(OnOffType.OFF, states.get("config#norway-mode"));
        // r1x 2: HTTP API off, end-to-end encryption on
        assertEquals(OnOffType.OFF, states.get("config#http-api"));
        assertEquals(OnOffType.ON, states.get("config#end-to-end-encryption"));
        int[] levels = { 6, 10, 12, 14, 16 };
        for (int i = 0; i < levels.length; i++) {
            assertQuantity("config#current-level-" + (i + 1), levels[i] + " A");
        }
        assertEquals(OnOffType.ON, states.get("led#led-energy-saving"));
        assertEquals(OnOffType.ON, states.get("network#wifi-enabled"));
        assertEquals(OnOffType.OFF, states.get("network#cloud-disabled"));
        assertEquals(new StringType("AAAAAAAAAAAAAAAA"), states.get("scheduler#schedule-settings"));
        assertEquals(OnOffType.OFF, states.get("scheduler#double-press-override"));
    }

    @Test
    void rfidCardsShowEnergyNameAndWhetherLearnedButNoId() {
        assertQuantity("rfid#card-1-energy", "10 kWh");
        assertQuantity("rfid#card-2-energy", "1325 kWh");
        assertQuantity("rfid#card-3-energy", "622 kWh");
        assertQuantity("rfid#card-10-energy", "0 kWh");
        assertEquals(OnOffType.ON, states.get("rfid#card-1-learned"));
        assertEquals(OnOffType.ON, states.get("rfid#card-3-learned"));
        assertEquals(OnOffType.OFF, states.get("rfid#card-4-learned"));
        assertEquals(new StringType(""), states.get("rfid#card-1-name"));
        assertEquals(new StringType("Passat GTE"), states.get("rfid#card-2-name"));
        assertEquals(new StringType("e-up!"), states.get("rfid#card-3-name"));
        assertNumber("rfid#unlocked-by-card", 0);
    }

    @Test
    void loadManagementAndMqtt() {
        assertEquals(OnOffType.OFF, states.get("load-management#load-balancing-enabled"));
        assertQuantity("load-management#group-total-current", "0 A");
        assertQuantity("load-management#group-min-current", "0 A");
        assertQuantity("load-management#fallback-current", "0 A");
        assertNumber("load-management#priority", 0);
        assertNumber("load-management#expected-chargers", 0);
        assertEquals(new StringType("ABCDEFG"), states.get("load-management#group-id"));
        assertQuantity("load-management#time-since-current", "156791 s");
        assertEquals(OnOffType.ON, states.get("mqtt#mqtt-enabled"));
        assertEquals(OnOffType.ON, states.get("mqtt#mqtt-connected"));
        assertEquals(new StringType("192.168.1.123"), states.get("mqtt#broker-host"));
        assertNumber("mqtt#broker-port", 1883);
        assertEquals(new StringType("not set"), states.get("mqtt#broker-user"));
    }

    @Test
    void secretsAndCardIdsNeverReachAState() {
        for (String secret : List.of("wke", "wak", "mck")) {
            Catalog.Decoded decoded = CATALOG.decode(secret, new JsonPrimitive("hunter2-secret"), CONTEXT);
            assertEquals(List.of(), decoded.states(), secret);
            assertFalse(decoded.raw(), secret);
        }
        List<String> shown = states.values().stream().map(State::toFullString).toList();
        for (String secret : List.of(capture.get("wak").getAsString(), capture.get("rca").getAsString(),
                capture.get("rcr").getAsString(), capture.get("rcd").getAsString())) {
            assertTrue(shown.stream().noneMatch(s -> s.contains(secret)), secret);
        }
        // a wrongly shaped card id names no part of it
        Catalog.Decoded odd = CATALOG.decode("rca", JsonParser.parseString("{\"id\":\"06142ABC\"}"), CONTEXT);
        assertTrue(odd.problems().stream().noneMatch(p -> p.contains("06142ABC")), odd.problems().toString());
    }

    @Test
    void valuesOfTheWrongShapeAreUndefWithAProblem() {
        Catalog.Decoded decoded = CATALOG.decode("amp", new JsonPrimitive("sixteen"), CONTEXT);
        assertEquals(UnDefType.UNDEF, decoded.states().get(0).state());
        assertEquals(1, decoded.problems().size());
        assertEquals(UnDefType.UNDEF,
                CATALOG.decode("tme", new JsonPrimitive("3113221199"), CONTEXT).states().get(0).state());
        assertEquals(UnDefType.UNDEF,
                CATALOG.decode("cid", new JsonPrimitive("16777216"), CONTEXT).states().get(0).state());
    }

    private static void assertNumber(String channel, long expected) {
        State state = states.get(channel);
        assertInstanceOf(DecimalType.class, state, channel);
        assertEquals(expected, ((DecimalType) state).longValue(), channel);
    }

    @Test
    void everyQuantityIsShownInTheUnitOfTheV2ChannelOfTheSameIdOrInAnUnprefixedUnit() {
        Catalog v2 = Catalog.standard();
        Set<String> allowedPrefixed = Set.of("ms"); // uptime and countdowns are in ms on v2 as well
        int compared = 0;
        for (Map.Entry<String, State> entry : states.entrySet()) {
            if (!(entry.getValue() instanceof QuantityType<?> quantity)) {
                continue;
            }
            String unit = quantity.getUnit().toString();
            List<KeyRow> v2Rows = v2.rowsFor(entry.getKey());
            if (!v2Rows.isEmpty() && v2Rows.get(0).unit() != null) {
                assertEquals(String.valueOf(v2Rows.get(0).unit()), unit, entry.getKey() + ": " + quantity);
                compared++;
            } else {
                assertTrue(allowedPrefixed.contains(unit) || Set.of("A", "V", "W", "Wh", "%", "°C", "s", "h")
                        .contains(unit), entry.getKey() + " shown in " + unit);
            }
        }
        assertTrue(compared >= 20, "channels shared with v2: " + compared);
    }

    private static void assertQuantity(String channel, String expected) {
        assertQuantityState(states.get(channel), expected, channel);
    }

    private static void assertQuantityState(@Nullable State state, String expected, String channel) {
        QuantityType<?> wanted = new QuantityType<>(expected);
        assertInstanceOf(QuantityType.class, state, channel + ": " + state);
        QuantityType<?> converted = ((QuantityType<?>) state).toUnit(wanted.getUnit());
        assertNotNull(converted, channel + ": " + state + " in " + wanted.getUnit());
        assertEquals(0, wanted.toBigDecimal().compareTo(converted.toBigDecimal()),
                channel + ": " + state + ", expected " + expected);
    }
}
