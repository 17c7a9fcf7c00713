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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels.Slot;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonParser;

/**
 * The go-e Controller's catalog: every key of its documented table has a row or a reason to have none; every key of
 * a full status (written from the documents' shapes) decodes without a problem into channels with units; the keys
 * shared with the charger are the charger's own rows; odd shapes are UNDEF with a reason, never an exception.
 */
@NonNullByDefault
class ControllerCatalogTest {

    static final String STATUS = "/controller/controller-status.txt";
    private static final DecodeContext CONTEXT = new DecodeContext(Instant.parse("2026-05-04T10:15:30Z"), 86400000L,
            ZoneOffset.UTC);
    private final Catalog catalog = Catalog.controller();

    @Test
    void everyKeyOfTheControllersTableHasARowOrAReasonToHaveNone() throws IOException {
        Set<String> documented = documentedKeys();
        assertTrue(documented.size() >= 80, "keys in apikeys-en.md: " + documented.size());
        List<String> untyped = documented.stream().filter(key -> catalog.rowsOf(key).isEmpty())
                .filter(key -> !ExcludedKeys.isExcluded(key)).toList();
        assertEquals(List.of(), untyped, "documented controller keys without a row and without a reason");
        long typed = documented.stream().filter(key -> !catalog.rowsOf(key).isEmpty()).count();
        System.out.printf("controller catalog coverage: %d of %d keys typed (%d shared with the charger), %d excluded, "
                + "%d rows%n", typed, documented.size(), ControllerTable.SHARED_KEYS.size(),
                documented.stream().filter(ExcludedKeys::isExcluded).count(), catalog.rows().size());
        assertEquals(Set.of("rst", "delw", "oct"), documented.stream().filter(ExcludedKeys::isExcluded)
                .collect(java.util.stream.Collectors.toSet()), "the controller's reboot, Wi-Fi delete, cloud update");
    }

    @Test
    void everyKeyOfAFullStatusDecodesWithoutProblemIntoTypedChannels() {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (CaptureFile.Line line : CaptureFile.readResource(STATUS)) {
            String key = line.topic().substring(line.topic().lastIndexOf('/') + 1);
            keys.add(key);
            Catalog.Decoded decoded = catalog.decode(key, JsonParser.parseString(line.payload()), CONTEXT);
            if (decoded.raw() || !decoded.problems().isEmpty()) {
                problems.add(key + ": raw " + decoded.raw() + ", problems " + decoded.problems());
            }
            boolean hidden = catalog.rowsOf(key).stream().noneMatch(KeyRow::shown);
            if (!hidden && !"null".equals(line.payload()) && decoded.states().stream()
                    .allMatch(state -> state.state() instanceof UnDefType)) {
                problems.add(key + ": no state from " + line.payload());
            }
        }
        assertEquals(List.of(), problems);
        Set<String> typedButNotInStatus = new TreeSet<>();
        catalog.rows().stream().filter(row -> row.access().readable()).map(KeyRow::key)
                .filter(key -> !keys.contains(key)).forEach(typedButNotInStatus::add);
        assertEquals(Set.of(), typedButNotInStatus, "readable keys the status fixture leaves out");
    }

    @Test
    void categoriesGivePowerEnergyInAndOutAndPhaseCurrentsByIndex() {
        Map<String, State> states = status();
        assertEquals(new QuantityType<>(-1240, Units.WATT), states.get("categories#category-1-power"));
        assertEquals(new QuantityType<>(new BigDecimal("5200.25"), Units.WATT), states.get("categories#category-4-power"));
        assertEquals(new QuantityType<>(880000, Units.WATT_HOUR), states.get("categories#category-1-energy-in"));
        assertEquals(new QuantityType<>(new BigDecimal("2450000.75"), Units.WATT_HOUR),
                states.get("categories#category-1-energy-out"));
        assertEquals(new QuantityType<>(new BigDecimal("7.6"), Units.AMPERE),
                states.get("categories#category-4-current-l3"));
        assertEquals(new QuantityType<>(new BigDecimal("0.2"), Units.AMPERE),
                states.get("categories#category-0-current-n"));
        assertEquals(UnDefType.UNDEF, states.get("categories#category-7-power"), "a category without values");
        assertEquals(UnDefType.UNDEF, states.get("categories#category-7-energy-in"));
    }

    @Test
    void sensorsVoltagesAndBrightnessHaveTheirUnits() {
        Map<String, State> states = status();
        assertEquals(new QuantityType<>(new BigDecimal("7.5"), Units.AMPERE), states.get("sensors#sensor-3-current"));
        assertEquals(new QuantityType<>(new BigDecimal("-590"), Units.WATT), states.get("sensors#sensor-4-power"));
        assertEquals(new QuantityType<>(new BigDecimal("0.99"), Units.ONE), states.get("sensors#sensor-3-power-factor"));
        assertEquals(new QuantityType<>(new BigDecimal("231.2"), Units.VOLT), states.get("meter#voltage-l1"));
        assertEquals(new QuantityType<>(new BigDecimal("0.4"), Units.VOLT), states.get("meter#voltage-n"));
        assertEquals(new DecimalType(312), states.get("meter#brightness"));
        assertEquals(new StringType("Cellar Meter"), states.get("device#friendly-name"));
        assertEquals(OnOffType.ON, states.get("mqtt#mqtt-connected"));
        assertEquals(new QuantityType<>(502, Units.ONE).toBigDecimal(),
                ((DecimalType) states.get("meter-settings#modbus-master-port")).toBigDecimal());
        assertEquals(new StringType("0, 1, 2, 0, 0, 0"), states.get("meter-settings#sensor-phases"));
    }

    @Test
    void credentialsInTheBrokerAndMeterUrlsAndTheWifiKeysNeverShow() {
        Map<String, State> states = status();
        List<String> leaked = new ArrayList<>();
        states.forEach((channel, state) -> {
            for (String secret : List.of("s3cret", "meckey900100", "hunter22", "exporttoken900100", "grafana")) {
                if (state.toFullString().contains(secret)) {
                    leaked.add(channel + " shows " + secret);
                }
            }
        });
        assertEquals(List.of(), leaked);
        assertTrue(states.get("mqtt#broker-url").toFullString().contains("192.168.1.10:1883"));
        assertTrue(states.get("meter-settings#mecmeter-url").toFullString().startsWith("https://mec.example/api?"));
    }

    @Test
    void sharedKeysAreTheChargersRowsAndMmpIsTheControllersOwn() {
        for (String key : ControllerTable.SHARED_KEYS) {
            assertEquals(Catalog.standard().rowsOf(key), catalog.rowsOf(key), key);
            assertFalse(catalog.rowsOf(key).isEmpty(), key);
        }
        assertEquals(List.of("meter-settings#modbus-master-port"),
                catalog.rowsOf("mmp").stream().map(KeyRow::channelUid).toList());
        assertEquals(List.of("pv#max-measured-power"),
                Catalog.standard().rowsOf("mmp").stream().map(KeyRow::channelUid).toList());
    }

    @Test
    void slotChannelsAreTheRowsOfTheirSlotWithTheSameItemTypes() {
        for (Slot slot : Slot.values()) {
            for (int i = 0; i < slot.count(); i++) {
                for (ControllerChannels.SlotChannel channel : ControllerChannels.channels(slot, i)) {
                    List<KeyRow> rows = catalog.rowsFor(channel.channel());
                    assertEquals(1, rows.size(), channel.channel());
                    assertEquals(channel.itemType(), rows.get(0).itemType(), channel.channel());
                }
            }
        }
        assertEquals(20 * 7 + 6 * 3, catalog.rows().stream()
                .filter(row -> row.group() == ChannelGroup.CATEGORIES || row.group() == ChannelGroup.SENSORS).count());
    }

    @Test
    void oddShapesAreUndefWithAReasonAndNeverThrow() {
        Catalog.Decoded text = decode("ccp", "\"850\"");
        assertTrue(text.states().stream().allMatch(s -> s.state() == UnDefType.UNDEF));
        assertEquals(1, text.problems().size());
        assertTrue(text.problems().get(0).startsWith("ccp: expected an array, got string"), text.problems().get(0));

        Catalog.Decoded flat = decode("cec", "[1520000,880000]");
        assertEquals(UnDefType.UNDEF, state(flat, "categories#category-0-energy-in"));
        assertTrue(flat.problems().get(0).contains("expected an array at [0], got"), flat.problems().toString());

        Catalog.Decoded shorter = decode("cpc", "[[1.2,1.5]]");
        assertEquals(new QuantityType<>(new BigDecimal("1.5"), Units.AMPERE),
                state(shorter, "categories#category-0-current-l2"));
        assertEquals(UnDefType.UNDEF, state(shorter, "categories#category-0-current-l3"));
        assertEquals(List.of(), shorter.problems(), "missing elements are no problem");

        Catalog.Decoded arrays = decode("isv", "[[1.8,-414.5,0.97]]");
        assertEquals(UnDefType.UNDEF, state(arrays, "sensors#sensor-0-current"));
        assertFalse(arrays.problems().isEmpty());

        assertEquals(List.of(), decode("usv", "null").problems());
        assertEquals(UnDefType.UNDEF, state(decode("usv", "[]"), "meter#voltage-l1"));
    }

    @Test
    void elementsPastTheSlotsGoWholeToTheRawChannelWithAProblem() {
        // 20 categories have channels (as many category blocks as the Modbus register map has room for)
        Catalog.Decoded twenty = decode("ccp", "[1,2,3,4,5,6,null,null,null,null,7,null,null,null,null,null,null,"
                + "null,null,2000]");
        assertEquals(new QuantityType<>(new BigDecimal("2000"), Units.WATT),
                state(twenty, "categories#category-19-power"));
        assertEquals(List.of(), twenty.problems());
        assertFalse(twenty.states().stream().anyMatch(s -> Catalog.isRawChannel(s.channel())));

        // a 22nd category: its power is not lost, the whole array is on raw#ccp, and the problem says why
        String wider = "[1,2,3,4,5,6,null,null,null,null,7,null,null,null,null,null,null,null,null,2000,null,55]";
        Catalog.Decoded past = decode("ccp", wider);
        assertEquals(new StringType(wider), state(past, "raw#ccp"));
        assertEquals(new QuantityType<>(new BigDecimal("2000"), Units.WATT),
                state(past, "categories#category-19-power"));
        assertEquals(List.of("ccp: elements [21] are past the 20 this binding has channels for; the whole value is on "
                + "raw#ccp"), past.problems());
        assertFalse(past.raw(), "the key is known: its typed channels stay");

        // null elements past the slots hold nothing
        assertEquals(List.of(), decode("cec", "[" + "null,".repeat(24) + "null]").problems());

        // a second voltage sensor and a seventh current sensor
        Catalog.Decoded voltages = decode("usv", "[{\"u1\":231.2,\"u2\":229.8,\"u3\":230.6,\"uN\":0.4},"
                + "{\"u1\":1,\"u2\":2,\"u3\":3,\"uN\":4}]");
        assertEquals(new QuantityType<>(new BigDecimal("231.2"), Units.VOLT), state(voltages, "meter#voltage-l1"));
        assertTrue(state(voltages, "raw#usv").toString().contains("\"u1\":1"));
        Catalog.Decoded sensors = decode("isv", "[" + "{\"i\":1,\"p\":2,\"f\":1},".repeat(6)
                + "{\"i\":3,\"p\":4,\"f\":0.5}]");
        assertEquals(List.of("isv: elements [6] are past the 6 this binding has channels for; the whole value is on "
                + "raw#isv"), sensors.problems());
    }

    @Test
    void jsonChannelsMaskCredentialNamedFields() {
        // mecd is "Mecmeter current data", a JSON whose fields the documents do not list
        assertEquals(new StringType("{\"apikey\":\"***\",\"p\":5,\"url\":\"https://***@mec.example/\"}"),
                state(decode("mecd", "{\"apikey\":\"abc\",\"p\":5,\"url\":\"https://u:pw@mec.example/\"}"),
                        "meter#mecmeter-data"));
        assertEquals(new StringType("[\"Mains\"]"), state(decode("usn", "[\"Mains\"]"),
                "meter-settings#voltage-sensor-names"));
    }

    @Test
    void writableSettingsEncodeAsTheControllerReadsThem() {
        assertEquals(new EncodeResult.Encoded("ccn", JsonParser.parseString("[\"Home\",\"Netz\",null]")),
                catalog.encode("meter-settings#category-names", new StringType("[\"Home\",\"Netz\",null]")));
        assertEquals(new EncodeResult.Encoded("ips", JsonParser.parseString("[0,1,2,3]")),
                catalog.encode("meter-settings#sensor-phases", new StringType("0, 1, 2, 3")));
        assertEquals(new EncodeResult.Encoded("iim", JsonParser.parseString("[true,false]")),
                catalog.encode("meter-settings#sensor-inversion", new StringType("[true,false]")));
        assertInstanceOf(EncodeResult.Refused.class,
                catalog.encode("categories#category-1-power", new DecimalType(5)));
    }

    @Test
    void controllerNamesOfSlotsAreReadTolerantly() {
        assertEquals(java.util.Arrays.asList("Home", null, "Heat Pump", null),
                ControllerChannels.names(JsonParser.parseString("[\"Home\",null,\" Heat Pump \",\"  \"]")));
        assertEquals(List.of(), ControllerChannels.names(JsonParser.parseString("{\"0\":\"Home\"}")));
        assertEquals(java.util.Arrays.asList((String) null), ControllerChannels.names(JsonParser.parseString("[5]")));
    }

    private Catalog.Decoded decode(String key, String json) {
        return catalog.decode(key, JsonParser.parseString(json), CONTEXT);
    }

    private static State state(Catalog.Decoded decoded, String channel) {
        return decoded.states().stream().filter(s -> s.channel().equals(channel)).findFirst().orElseThrow().state();
    }

    private Map<String, State> status() {
        Map<String, State> states = new LinkedHashMap<>();
        for (CaptureFile.Line line : CaptureFile.readResource(STATUS)) {
            String key = line.topic().substring(line.topic().lastIndexOf('/') + 1);
            catalog.decode(key, JsonParser.parseString(line.payload()), CONTEXT).states()
                    .forEach(s -> states.put(s.channel(), s.state()));
        }
        return states;
    }

    /** The keys of the controller's table in the shared reference (skipped, or failed in CI, without it). */
    static Set<String> documentedKeys() throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : Files.readAllLines(SharedReference.resolve("reference/go-eController-API/apikeys-en.md"),
                StandardCharsets.UTF_8)) {
            String[] cells = line.split("\\|");
            String key = cells.length >= 4 ? cells[0].strip() : "";
            if (key.matches("[a-z][A-Za-z0-9_]*") && !"Key".equals(key)) {
                keys.add(key);
            }
        }
        return keys;
    }
}
