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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Decoding JSON values into channel states: units, codes, switches, texts, clocks, timestamps counted from boot,
 * nulls, wrong shapes and keys the catalog does not know.
 */
@NonNullByDefault
class CatalogDecodeTest {

    static final Instant ARRIVAL = Instant.parse("2023-03-01T08:02:22.764Z");
    static final long RBT = 2028716410L;
    static final DecodeContext CONTEXT = new DecodeContext(ARRIVAL, RBT, ZoneOffset.UTC);

    private final Catalog catalog = Catalog.standard();

    @Test
    void nrgFeedsSixteenChannelsWithVoltsAmperesWattsAndPercent() {
        Map<String, State> states = decode("nrg", "[231,232,229,1,10.5,10,9.5,2400,2300,2200,0,6900,99,98,97,0]");
        assertEquals(16, states.size());
        assertEquals(new QuantityType<>(231, Units.VOLT), states.get("phases#voltage-l1"));
        assertEquals(new QuantityType<>(1, Units.VOLT), states.get("phases#voltage-n"));
        assertEquals(new QuantityType<>(new BigDecimal("10.5"), Units.AMPERE), states.get("phases#current-l1"));
        assertEquals(new QuantityType<>(2200, Units.WATT), states.get("phases#power-l3"));
        assertEquals(new QuantityType<>(6900, Units.WATT), states.get("energy#power"));
        assertEquals(new QuantityType<>(97, Units.PERCENT), states.get("phases#power-factor-l3"));
    }

    @Test
    void aRepeatedNrgGivesTheSameChannelStatesAndOnlyAChangedReadingANewOne() {
        String first = "[231,232,229,1,10.5,10,9.5,2400,2300,2200,0,6900,99,98,97,0]";
        String moved = "[231,233,229,1,10.5,10,9.5,2400,2300,2200,0,6900,99,98,97,0]";
        Map<String, ChannelState> before = channelStates(catalog.decode("nrg", JsonParser.parseString(first), CONTEXT));
        Map<String, ChannelState> again = channelStates(catalog.decode("nrg", JsonParser.parseString(first), CONTEXT));
        Map<String, ChannelState> after = channelStates(catalog.decode("nrg", JsonParser.parseString(moved), CONTEXT));
        assertEquals(16, before.size());
        assertEquals(before, again);
        before.forEach((channel, state) -> assertSame(state, again.get(channel), channel));
        assertEquals(new ChannelState("phases#voltage-l2", new QuantityType<>(233, Units.VOLT)),
                after.get("phases#voltage-l2"));
        assertNotSame(before.get("phases#voltage-l2"), after.get("phases#voltage-l2"));
        before.forEach((channel, state) -> {
            if (!"phases#voltage-l2".equals(channel)) {
                assertEquals(state, after.get(channel), channel);
            }
        });
        assertEquals("phases#voltage-l2 = 232 V", String.valueOf(before.get("phases#voltage-l2")),
                "a channel state is never changed later");
    }

    @Test
    void energyCountersAreWattHoursAndTemperaturesDegreesCelsius() {
        assertEquals(new QuantityType<>(123456, Units.WATT_HOUR), decode("eto", "123456").get("energy#total-energy"));
        Map<String, State> temperatures = decode("tma", "[7,11.125]");
        assertEquals(new QuantityType<>(7, SIUnits.CELSIUS), temperatures.get("temperatures#temperature-1"));
        assertEquals(new QuantityType<>(new BigDecimal("11.125"), SIUnits.CELSIUS),
                temperatures.get("temperatures#temperature-2"));
        assertEquals(UnDefType.UNDEF, temperatures.get("temperatures#temperature-3"), "fewer sensors: no value");
    }

    @Test
    void nullBecomesUndefOnEveryChannelOfTheKey() {
        for (String key : List.of("nrg", "tma", "car", "alw", "fwv", "utc", "lccfc", "cdi", "ccw", "cards", "tcl")) {
            Catalog.Decoded decoded = catalog.decode(key, JsonParser.parseString("null"), CONTEXT);
            assertFalse(decoded.states().isEmpty(), key);
            decoded.states().forEach(s -> assertEquals(UnDefType.UNDEF, s.state(), key + " → " + s.channel()));
            assertEquals(List.of(), decoded.problems(), key);
        }
    }

    @Test
    void aValueOfTheWrongShapeIsUndefWithOneProblemNeverAnException() {
        Catalog.Decoded nrg = catalog.decode("nrg", JsonParser.parseString("\"230,1,2\""), CONTEXT);
        assertEquals(16, nrg.states().size());
        nrg.states().forEach(s -> assertEquals(UnDefType.UNDEF, s.state()));
        assertEquals(List.of("nrg: expected an array, got string \"230,1,2\""), nrg.problems());

        Catalog.Decoded element = catalog.decode("nrg", JsonParser.parseString("[230,\"x\"]"), CONTEXT);
        assertEquals(List.of("nrg[1]: expected a number, got string \"x\""), element.problems());
        assertEquals(new QuantityType<>(230, Units.VOLT), states(element).get("phases#voltage-l1"));

        Map<String, String> wrong = Map.of("car", "[1]", "amp", "\"ten\"", "alw", "\"maybe\"", "fwv", "{}", "utc",
                "17", "lccfc", "\"soon\"", "cdi", "[1]", "ccw", "\"home\"", "clp", "{\"a\":6}", "tab", "1e30");
        wrong.forEach((key, value) -> {
            Catalog.Decoded odd = catalog.decode(key, JsonParser.parseString(value), CONTEXT);
            odd.states().forEach(s -> assertEquals(UnDefType.UNDEF, s.state(), key));
            assertEquals(1, odd.problems().size(), key + ": " + odd.problems());
        });
        assertEquals(UnDefType.UNDEF, decode("ccw", "{\"other\":1}").get("device#wifi-ssid"),
                "a missing field is drift, not a shape problem");
    }

    @Test
    void anUnknownCodeStillShowsAsItsNumber() {
        assertEquals(new DecimalType(6), decode("car", "6").get("status#car-state"));
        assertEquals(new DecimalType(99), decode("car", "99").get("status#car-state"));
        assertEquals(new DecimalType(77), decode("modelStatus", "77").get("status#charging-reason"));
        assertNull(Codes.CAR.label(99));
    }

    @Test
    void valuesThatChangedShapeBetweenFirmwareVersionsStillDecode() {
        assertEquals(new DecimalType(1), decode("bac", "true").get("config#button-current-lock"));
        assertEquals(new DecimalType(1), decode("bac", "1").get("config#button-current-lock"));
        assertEquals(new StringType("0.0.0.0"), decode("dns", "{\"dns\":\"0.0.0.0\"}").get("device#dns-server"));
        assertEquals(new StringType("192.168.1.254"),
                decode("dns", "{\"dns0\":\"192.168.1.254\",\"dns1\":\"0.0.0.0\"}").get("device#dns-server"));
        assertEquals(OnOffType.ON, decode("alw", "1").get("status#charging-allowed"));
        assertEquals(new StringType("60.5"), decode("fwv", "60.5").get("device#firmware-version"));
    }

    @Test
    void numbersKeepEveryDigitAndUptimeExceeds32Bits() {
        assertEquals(new QuantityType<>(2028716410L, TimeCodecs.MILLISECOND), decode("rbt", "2028716410")
                .get("device#uptime"));
        assertEquals(new QuantityType<>(new BigDecimal("49.9091301"), Units.HERTZ),
                decode("avgfhz", "49.9091301").get("phases#average-frequency"));
        assertEquals(new StringType("055.6"), decode("fwv", "\"055.6\"").get("device#firmware-version"));
    }

    @Test
    void timestampsSinceBootBecomeDateTimesFromRbtAndArrival() {
        // lcs 2028687011 with rbt 2028716410: 29399 ms before arrival
        assertEquals(new DateTimeType(ZonedDateTime.parse("2023-03-01T08:01:53.365Z")),
                decode("lcs", "2028687011").get("device#controller-scan-time"));
        DecodeContext noUptime = new DecodeContext(ARRIVAL, null, ZoneOffset.UTC);
        Catalog.Decoded waiting = catalog.decode("lcctc", JsonParser.parseString("1000"), noUptime);
        assertEquals(UnDefType.UNDEF, waiting.states().get(0).state());
        assertEquals(List.of(), waiting.problems(), "no uptime yet is not a shape problem");
    }

    @Test
    void theChargersClocksAreParsedLeniently() {
        assertEquals(new DateTimeType(ZonedDateTime.parse("2023-03-01T08:02:22.764Z")),
                decode("utc", "\"2023-03-01T08:02:22.764\"").get("device#utc-time"));
        assertEquals(Instant.parse("2022-02-16T19:27:34.042171Z"),
                instant(decode("utc", "\"2022-02-16T19:27:34.042.171\"").get("device#utc-time")));
        State local = decode("loc", "\"2023-03-01T09:02:22.769 +01:00\"").get("device#local-time");
        assertEquals(Instant.parse("2023-03-01T08:02:22.769Z"), instant(local));
        assertEquals(ZoneOffset.ofHours(1), ((DateTimeType) local).getZonedDateTime().getOffset());
        assertEquals(Instant.parse("2023-03-01T09:02:00Z"), instant(decode("loc", "\"2023-03-01 09:02\"")
                .get("device#local-time")), "no seconds, no offset: the context's zone");
        assertEquals(UnDefType.UNDEF, decode("utc", "\"yesterday\"").get("device#utc-time"));
        assertEquals(UnDefType.UNDEF, decode("utc", "\"2023-02-30T10:00:00\"").get("device#utc-time"));
    }

    @Test
    void bootTimeAndPriceWindowsAreEpochValues() {
        assertEquals(Instant.parse("2026-06-22T08:01:25Z"),
                instant(decode("tab", "1782115285000").get("device#boot-time")));
        assertEquals(new DecimalType(new BigDecimal("8.333000183")),
                decode("awcp", "{\"start\":1782115200,\"end\":1782118800,\"marketprice\":8.333000183}")
                        .get("charging#current-price"));
    }

    @Test
    void theChargingDurationIsADurationOrCountsUpFromItsStart() {
        assertEquals(new QuantityType<>(90000, TimeCodecs.MILLISECOND),
                decode("cdi", "{\"type\":1,\"value\":90000}").get("status#charging-duration"));
        assertEquals(new QuantityType<>(16410, TimeCodecs.MILLISECOND),
                decode("cdi", "{\"type\":0,\"value\":2028700000}").get("status#charging-duration"));
    }

    @Test
    void listsAndUrlsAreShownAsTextWithoutTheirCredentials() {
        assertEquals(new StringType("6, 10, 12, 14, 16"), decode("clp", "[6,10,12,14,16]")
                .get("charging#current-presets"));
        assertEquals(new StringType("055.5, 055.6 BETA"), decode("ocu", "[\"055.5\",\"055.6 BETA\"]")
                .get("device#available-firmware"));
        assertEquals(new StringType("mqtts://***@broker.local:8883"),
                decode("mcu", "\"mqtts://user:s3cr:et@broker.local:8883\"").get("mqtt#broker-url"));
        assertEquals(new StringType("mqtt://broker.local"), decode("mcu", "\"mqtt://broker.local\"")
                .get("mqtt#broker-url"));
    }

    @Test
    void secretsAndWriteOnlyKeysAreKnownButNeverShown() {
        for (String key : List.of("mck", "mqcc", "msc", "ids", "pco", "data", "wak", "facwak")) {
            Catalog.Decoded decoded = catalog.decode(key, JsonParser.parseString("\"-----BEGIN KEY-----\""), CONTEXT);
            assertTrue(catalog.knows(key), key);
            assertEquals(List.of(), decoded.states(), key);
            assertFalse(decoded.raw(), key);
        }
    }

    @Test
    void rfidCardsFeedTheSameChannelsFromTheArrayAndTheSingleKeys() {
        Map<String, State> fromArray = decode("cards",
                "[{\"name\":\"Anna\",\"energy\":1500,\"cardId\":true},"
                        + "{\"name\":\"n/a\",\"energy\":0,\"cardId\":false}]");
        assertEquals(new StringType("Anna"), fromArray.get("rfid#card-1-name"));
        assertEquals(new QuantityType<>(1500, Units.WATT_HOUR), fromArray.get("rfid#card-1-energy"));
        assertEquals(OnOffType.ON, fromArray.get("rfid#card-1-learned"));
        assertEquals(UnDefType.UNDEF, fromArray.get("rfid#card-3-name"));
        assertEquals(new StringType("Anna"), decode("c0n", "\"Anna\"").get("rfid#card-1-name"));
    }

    @Test
    void anUnknownKeyBecomesItsRawChannelHoldingTheJsonText() {
        Catalog.Decoded decoded = catalog.decode("ctrlz", JsonParser.parseString("[{\"id\": 1, \"ok\":true}]"),
                CONTEXT);
        assertTrue(decoded.raw());
        assertEquals(List.of(new ChannelState("raw#ctrlz", new StringType("[{\"id\":1,\"ok\":true}]"))),
                decoded.states());
        assertEquals(UnDefType.UNDEF, decode("futureKey", "null").get("raw#futureKey"));
        assertEquals("raw#odd_key", Catalog.rawChannel("odd.key"));
    }

    private Map<String, State> decode(String key, String json) {
        return states(catalog.decode(key, JsonParser.parseString(json), CONTEXT));
    }

    private static Map<String, ChannelState> channelStates(Catalog.Decoded decoded) {
        return decoded.states().stream().collect(Collectors.toMap(ChannelState::channel, state -> state));
    }

    private static Map<String, State> states(Catalog.Decoded decoded) {
        return decoded.states().stream().collect(Collectors.toMap(ChannelState::channel, ChannelState::state));
    }

    private static Instant instant(State state) {
        return ((DateTimeType) state).getInstant();
    }

    static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    static ZoneId utc() {
        return ZoneOffset.UTC;
    }
}
