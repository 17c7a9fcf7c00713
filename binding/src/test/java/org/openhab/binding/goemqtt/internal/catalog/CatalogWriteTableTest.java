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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

/**
 * One command per writable channel and the {@code /set} payload it becomes; a writable channel without a line here
 * fails {@link #everyWritableChannelHasALineInTheTable()}. Then the documented limits: refused before sending.
 */
@NonNullByDefault
class CatalogWriteTableTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final Command ONE_AND_A_HALF_KW = new QuantityType<>(new BigDecimal("1.5"),
            MetricPrefix.KILO(Units.WATT));
    private static final Command FREQUENCY = new QuantityType<>(new BigDecimal("49.8"), Units.HERTZ);

    static Stream<Arguments> table() {
        return Stream.of( //
                Arguments.of("charging#force-state", new DecimalType(2), "frc", "2"), //
                Arguments.of("charging#requested-current", new QuantityType<>(16, Units.AMPERE), "amp", "16"), //
                Arguments.of("charging#temporary-current", new QuantityType<>(16, Units.AMPERE), "tcl", "16"), //
                Arguments.of("charging#max-current", new QuantityType<>(16, Units.AMPERE), "ama", "16"), //
                Arguments.of("charging#min-current", new QuantityType<>(16, Units.AMPERE), "mca", "16"), //
                Arguments.of("charging#phase-mode", new DecimalType(2), "psm", "2"), //
                Arguments.of("charging#logic-mode", new DecimalType(5), "lmo", "5"), //
                Arguments.of("charging#energy-limit", new QuantityType<>(2, Units.KILOWATT_HOUR), "dwo", "2000"), //
                Arguments.of("charging#access-control", new DecimalType(2), "acs", "2"), //
                Arguments.of("charging#transaction", new DecimalType(10), "trx", "10"), //
                Arguments.of("charging#cable-unlock-mode", new DecimalType(2), "ust", "2"), //
                Arguments.of("charging#current-presets", new StringType("6, 10, 16"), "clp", "[6,10,16]"), //
                Arguments.of("charging#flexible-tariff", OnOffType.ON, "awe", "true"), //
                Arguments.of("charging#max-price", new DecimalType(3), "awp", "3"), //
                Arguments.of("charging#tariff-country", new DecimalType(1), "awc", "1"), //
                Arguments.of("charging#next-trip-energy", new QuantityType<>(2, Units.KILOWATT_HOUR), "ate", "2000"), //
                Arguments.of("charging#next-trip-time", new QuantityType<>(2, Units.MINUTE), "att", "120"), //
                Arguments.of("charging#remain-in-tariff", OnOffType.ON, "ara", "true"), //
                Arguments.of("charging#car-consumption", new DecimalType(3), "cco", "3"), //
                Arguments.of("charging#car-type", new StringType("go-e 1"), "ct", "\"go-e 1\""), //
                Arguments.of("charging#energy-in-kwh", OnOffType.ON, "esk", "true"), //
                Arguments.of("charging#unlock-on-power-outage", OnOffType.ON, "upo", "true"), //
                Arguments.of("charging#iso15118-mode", new DecimalType(2), "iso2en", "2"), //
                Arguments.of("charging#transaction-timeout", new DecimalType(3), "txt", "3"), //
                Arguments.of("charging#energy-mix-afterglow", new QuantityType<>(5, Units.SECOND), "emx", "5000"), //
                Arguments.of("charging#simulate-short-unplug", OnOffType.ON, "su", "true"), //
                Arguments.of("charging#simulate-unplug-always", OnOffType.ON, "sua", "true"), //
                Arguments.of("charging#tariff-price-list",
                        new StringType("{\"start\": 1700000000, \"prices\": [12.5]}"), "awpl",
                        "{\"start\":1700000000,\"prices\":[12.5]}"), //
                Arguments.of("pv#use-pv-surplus", OnOffType.ON, "fup", "true"), //
                Arguments.of("pv#starting-power", ONE_AND_A_HALF_KW, "fst", "1500"), //
                Arguments.of("pv#grid-target", ONE_AND_A_HALF_KW, "pgt", "1500"), //
                Arguments.of("pv#three-phase-level", ONE_AND_A_HALF_KW, "spl3", "1500"), //
                Arguments.of("pv#phase-switch-hysteresis", ONE_AND_A_HALF_KW, "psh", "1500"), //
                Arguments.of("pv#stop-hysteresis", ONE_AND_A_HALF_KW, "sh", "1500"), //
                Arguments.of("pv#priority-offset", ONE_AND_A_HALF_KW, "po", "1500"), //
                Arguments.of("pv#zero-feed-in-offset", ONE_AND_A_HALF_KW, "zfo", "1500"), //
                Arguments.of("pv#zero-feed-in", OnOffType.ON, "fzf", "true"), //
                Arguments.of("pv#allow-charge-pause", OnOffType.ON, "acp", "true"), //
                Arguments.of("pv#clear-surplus-data", OnOffType.ON, "csd", "true"), //
                Arguments.of("pv#min-charge-time", new QuantityType<>(5, Units.SECOND), "fmt", "5000"), //
                Arguments.of("pv#single-phase-duration", new QuantityType<>(5, Units.SECOND), "psmd", "5000"), //
                Arguments.of("pv#unplug-duration", new QuantityType<>(5, Units.SECOND), "sumd", "5000"), //
                Arguments.of("pv#phase-wish-time", new QuantityType<>(5, Units.SECOND), "mpwst", "5000"), //
                Arguments.of("pv#phase-toggle-wait", new QuantityType<>(5, Units.SECOND), "mptwt", "5000"), //
                Arguments.of("pv#rounding-mode", new DecimalType(2), "frm", "2"), //
                Arguments.of("pv#min-charging-interval", new QuantityType<>(5, Units.SECOND), "mci", "5000"), //
                Arguments.of("pv#min-charge-pause", new QuantityType<>(5, Units.SECOND), "mcpd", "5000"), //
                Arguments.of("device#friendly-name", new StringType("Garage"), "fna", "\"Garage\""), //
                Arguments.of("device#tamper-protection", OnOffType.ON, "ten", "true"), //
                Arguments.of("device#time-server", OnOffType.ON, "tse", "true"), //
                Arguments.of("device#time-zone-offset", new QuantityType<>(1, Units.HOUR), "tof", "60"), //
                Arguments.of("device#daylight-saving", new DecimalType(3), "tds", "3"), //
                Arguments.of("device#time-zone-type", new StringType("go-e 1"), "tzt", "\"go-e 1\""), //
                Arguments.of("mqtt#auto-discovery", OnOffType.ON, "mhe", "true"), //
                Arguments.of("mqtt#auto-discovery-prefix", new StringType("go-e 1"), "mht", "\"go-e 1\""), //
                Arguments.of("config#led-brightness", new DecimalType(3), "lbr", "3"), //
                Arguments.of("config#color-idle", new StringType("go-e 1"), "cid", "\"go-e 1\""), //
                Arguments.of("config#color-waiting", new StringType("go-e 1"), "cwc", "\"go-e 1\""), //
                Arguments.of("config#color-charging", new StringType("go-e 1"), "cch", "\"go-e 1\""), //
                Arguments.of("config#color-finished", new StringType("go-e 1"), "cfi", "\"go-e 1\""), //
                Arguments.of("config#button-current-lock", new DecimalType(3), "bac", "3"), //
                Arguments.of("config#norway-mode", OnOffType.ON, "nmo", "true"), //
                Arguments.of("config#http-api", OnOffType.ON, "hai", "true"), //
                Arguments.of("config#http-legacy-api", OnOffType.ON, "hla", "true"), //
                Arguments.of("config#modbus-enabled", OnOffType.ON, "men", "true"), //
                Arguments.of("config#modbus-port", new DecimalType(3), "msp", "3"), //
                Arguments.of("config#modbus-swap-bytes", OnOffType.ON, "msb", "true"), //
                Arguments.of("config#modbus-swap-registers", OnOffType.ON, "msr", "true"), //
                Arguments.of("config#underfrequency-control", OnOffType.ON, "ufe", "true"), //
                Arguments.of("config#underfrequency-start", FREQUENCY, "ufa", "49.8"), //
                Arguments.of("config#underfrequency-stop", FREQUENCY, "ufs", "49.8"), //
                Arguments.of("config#underfrequency-mode", new DecimalType(1), "ufm", "1"), //
                Arguments.of("config#undervoltage-control", OnOffType.ON, "uve", "true"), //
                Arguments.of("config#undervoltage-threshold", new QuantityType<>(253, Units.VOLT), "uvt", "253"), //
                Arguments.of("config#undervoltage-time", new QuantityType<>(5, Units.SECOND), "uvs", "5000"), //
                Arguments.of("config#digital-input-enabled", OnOffType.ON, "die", "true"), //
                Arguments.of("config#digital-input-inverted", OnOffType.ON, "dii", "true"), //
                Arguments.of("config#digital-input-one-phase", OnOffType.ON, "di1", "true"), //
                Arguments.of("config#protect-digital-input", OnOffType.ON, "pdi", "true"), //
                Arguments.of("config#protect-grid-settings", OnOffType.ON, "pgr", "true"), //
                Arguments.of("config#adapter-limit-one-phase", new QuantityType<>(16, Units.AMPERE), "la1", "16"), //
                Arguments.of("config#adapter-limit-three-phase", new QuantityType<>(16, Units.AMPERE), "la3", "16"), //
                Arguments.of("config#button-wifi-reset-lock", new DecimalType(3), "bar", "3"), //
                Arguments.of("config#button-force-lock", new DecimalType(3), "sdp", "3"), //
                Arguments.of("rfid#card-1-name", new StringType("go-e 1"), "c0n", "\"go-e 1\""), //
                Arguments.of("rfid#card-2-name", new StringType("go-e 1"), "c1n", "\"go-e 1\""), //
                Arguments.of("rfid#card-3-name", new StringType("go-e 1"), "c2n", "\"go-e 1\""), //
                Arguments.of("rfid#card-4-name", new StringType("go-e 1"), "c3n", "\"go-e 1\""), //
                Arguments.of("rfid#card-5-name", new StringType("go-e 1"), "c4n", "\"go-e 1\""), //
                Arguments.of("rfid#card-6-name", new StringType("go-e 1"), "c5n", "\"go-e 1\""), //
                Arguments.of("rfid#card-7-name", new StringType("go-e 1"), "c6n", "\"go-e 1\""), //
                Arguments.of("rfid#card-8-name", new StringType("go-e 1"), "c7n", "\"go-e 1\""), //
                Arguments.of("rfid#card-9-name", new StringType("go-e 1"), "c8n", "\"go-e 1\""), //
                Arguments.of("rfid#card-10-name", new StringType("go-e 1"), "c9n", "\"go-e 1\""), //
                Arguments.of("rfid#send-card-id", OnOffType.ON, "rde", "true"), //
                Arguments.of("ocpp#ocpp-enabled", OnOffType.ON, "ocppe", "true"), //
                Arguments.of("ocpp#transaction-id", new DecimalType(3), "ocppti", "3"), //
                Arguments.of("ocpp#heartbeat-interval", new QuantityType<>(2, Units.MINUTE), "ocpph", "120"), //
                Arguments.of("ocpp#meter-sample-interval", new QuantityType<>(2, Units.MINUTE), "ocppi", "120"), //
                Arguments.of("ocpp#clock-aligned-interval", new QuantityType<>(2, Units.MINUTE), "ocppai", "120"), //
                Arguments.of("ocpp#factory-aligned-interval", new QuantityType<>(2, Units.MINUTE), "ocppfai", "120"), //
                Arguments.of("ocpp#meter-value-condition", new DecimalType(1), "ocppcm", "1"), //
                Arguments.of("credentials#ocpp-dummy-card", new StringType("go-e 1"), "ocppd", "\"go-e 1\""), //
                Arguments.of("credentials#ocpp-backend-url", new StringType("wss://backend.example/ocpp"), "ocppu",
                        "\"wss://backend.example/ocpp\""), //
                Arguments.of("credentials#ocpp-client-certificate", new StringType("-----BEGIN CERTIFICATE-----"),
                        "ocppcc", "\"-----BEGIN CERTIFICATE-----\""), //
                Arguments.of("credentials#ocpp-client-key", new StringType("-----BEGIN KEY-----"), "ocppck",
                        "\"-----BEGIN KEY-----\""), //
                Arguments.of("credentials#ocpp-server-certificate", new StringType("-----BEGIN CERTIFICATE-----"),
                        "ocppsc", "\"-----BEGIN CERTIFICATE-----\""), //
                Arguments.of("ocpp#ocpp-fallback-current", new QuantityType<>(16, Units.AMPERE), "ocppf", "16"), //
                Arguments.of("ocpp#ocpp-global-ca", OnOffType.ON, "ocppg", "true"), //
                Arguments.of("ocpp#ocpp-skip-cn-check", OnOffType.ON, "ocppcn", "true"), //
                Arguments.of("ocpp#ocpp-skip-verification", OnOffType.ON, "ocppss", "true"), //
                Arguments.of("ocpp#rotate-phases", OnOffType.ON, "ocppr", "true"), //
                Arguments.of("ocpp#ocpp-remote-logging", OnOffType.ON, "ocpprl", "true"), //
                Arguments.of("ocpp#offline-unknown-cards", OnOffType.ON, "ocppao", "true"), //
                Arguments.of("ocpp#local-auth-list", OnOffType.ON, "ocppla", "true"), //
                Arguments.of("ocpp#authorize-offline", OnOffType.ON, "ocpplo", "true"), //
                Arguments.of("ocpp#tariff-text", new StringType("go-e 1"), "ocpptt", "\"go-e 1\""), //
                Arguments.of("ocpp#same-card-to-stop", OnOffType.ON, "orsch", "true"), //
                Arguments.of("ocpp#stop-on-reboot", OnOffType.ON, "osr", "true"), //
                Arguments.of("load-management#load-balancing-enabled", OnOffType.ON, "loe", "true"), //
                Arguments.of("load-management#group-id", new StringType("go-e 1"), "log", "\"go-e 1\""), //
                Arguments.of("load-management#group-total-current",
                        new QuantityType<>(16, Units.AMPERE), "lot", "16"), //
                Arguments.of("load-management#fallback-current", new QuantityType<>(16, Units.AMPERE), "lof", "16"), //
                Arguments.of("load-management#priority", new DecimalType(3), "lop", "3"), //
                Arguments.of("load-management#load-balancing-type", new DecimalType(1), "loty", "1"), //
                Arguments.of("load-management#load-balancing-protected", OnOffType.ON, "lopr", "true"), //
                Arguments.of("load-management#phase-mapping", new StringType("6, 10, 16"), "map", "[6,10,16]"), //
                Arguments.of("scheduler#weekday-schedule",
                        new StringType("{\"control\": 1}"), "sch_week", "{\"control\":1}"), //
                Arguments.of("scheduler#saturday-schedule",
                        new StringType("{\"control\": 1}"), "sch_satur", "{\"control\":1}"), //
                Arguments.of("scheduler#sunday-schedule",
                        new StringType("{\"control\": 1}"), "sch_sund", "{\"control\":1}"), //
                Arguments.of("scheduler#schedule-start-delay", new QuantityType<>(2, Units.MINUTE), "rdbs", "120"), //
                Arguments.of("scheduler#schedule-stop-delay", new QuantityType<>(2, Units.MINUTE), "rdes", "120"), //
                Arguments.of("scheduler#tariff-start-delay", new QuantityType<>(2, Units.MINUTE), "rdbf", "120"), //
                Arguments.of("scheduler#tariff-stop-delay", new QuantityType<>(2, Units.MINUTE), "rdef", "120"), //
                Arguments.of("scheduler#plug-in-delay", new QuantityType<>(2, Units.MINUTE), "rdpl", "120"), //
                Arguments.of("scheduler#reconnection-delay", new QuantityType<>(2, Units.MINUTE), "rdre", "120"), //
                Arguments.of("network#cloud-websocket", OnOffType.ON, "cwe", "true"), //
                Arguments.of("network#hotspot-off-with-cloud", OnOffType.ON, "wda", "true"), //
                Arguments.of("network#http-authentication", OnOffType.ON, "hsa", "true"), //
                Arguments.of("led#led-energy-saving", OnOffType.ON, "lse", "true"), //
                Arguments.of("led#led-timing-t0h", new DecimalType(3), "t0h", "3"), //
                Arguments.of("led#led-timing-t0l", new DecimalType(3), "t0l", "3"), //
                Arguments.of("led#led-timing-t1h", new DecimalType(3), "t1h", "3"), //
                Arguments.of("led#led-timing-t1l", new DecimalType(3), "t1l", "3"), //
                Arguments.of("grid-protection#reconnect-time", new QuantityType<>(2, Units.MINUTE), "gmtr", "120"), //
                Arguments.of("grid-protection#reconnect-max-frequency", FREQUENCY, "rmaf", "49.8"), //
                Arguments.of("grid-protection#reconnect-min-frequency", FREQUENCY, "rmif", "49.8"), //
                Arguments.of("grid-protection#reconnect-max-voltage",
                        new QuantityType<>(253, Units.VOLT), "rmav", "253"), //
                Arguments.of("grid-protection#reconnect-min-voltage",
                        new QuantityType<>(253, Units.VOLT), "rmiv", "253"), //
                Arguments.of("grid-protection#ramp-up-enabled", OnOffType.ON, "rsre", "true"), //
                Arguments.of("grid-protection#ramp-up-rate", new DecimalType(3), "rsrr", "3")
        );
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
    @MethodSource("table")
    void aCommandBecomesTheSetPayloadOfItsKey(String channel, Command command, String key, String payload) {
        EncodeResult result = CATALOG.encode(channel, command);
        EncodeResult.Encoded encoded = assertInstanceOf(EncodeResult.Encoded.class, result, channel + ": " + result);
        assertEquals(key, encoded.key());
        assertEquals(payload, PayloadEncoder.encode(encoded.value()));
    }

    @Test
    void everyWritableChannelHasALineInTheTable() {
        Set<String> writable = new TreeSet<>();
        for (String channel : CATALOG.channels()) {
            if (CATALOG.writerOf(channel) != null) {
                writable.add(channel);
            }
        }
        Set<String> tabled = table().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(writable, tabled);
    }

    @Test
    void numbersOutsideTheDocumentedRangeAreRefused() {
        assertRefused("ocpp#heartbeat-interval", new QuantityType<>(-5, Units.SECOND), "takes 0 to 2147483647 s");
        assertRefused("load-management#fallback-current", new QuantityType<>(256, Units.AMPERE), "takes 0 to 255 A");
        assertRefused("load-management#priority", new DecimalType(65536), "takes 0 to 65535");
        assertRefused("pv#min-charge-pause", new QuantityType<>(new BigDecimal("0.0005"), Units.SECOND),
                "whole numbers");
    }

    @Test
    void aTextLongerThanDocumentedIsRefused() {
        assertRefused("charging#car-type", new StringType("x".repeat(65)), "0 to 64 characters, not 65");
        assertEquals("\"" + "x".repeat(64) + "\"", payload("charging#car-type", new StringType("x".repeat(64))));
    }

    /**
     * {@code fna}: the key table states no limit; the charger answers a name of 2 characters with
     * {@code String length  2 exceeds range 4 to 64} (set-result capture), so 4 to 64 characters go out.
     */
    @Test
    void aFriendlyNameOfFewerThanFourOrMoreThan64CharactersIsRefusedBeforeSending() {
        assertRefused("device#friendly-name", new StringType("go"), "4 to 64 characters, not 2");
        assertRefused("device#friendly-name", new StringType("x".repeat(65)), "4 to 64 characters, not 65");
        assertEquals("\"gogo\"", payload("device#friendly-name", new StringType("gogo")));
        assertEquals("\"" + "x".repeat(64) + "\"", payload("device#friendly-name", new StringType("x".repeat(64))));
    }

    /**
     * The charger's own MQTT connection settings are read only: a wrong value cuts the charger off the broker, and
     * the binding with it, with no way back over MQTT. The client key and certificates have no channel at all.
     */
    @Test
    void theChargersOwnMqttConnectionSettingsAreReadOnly() {
        assertRefused("mqtt#mqtt-enabled", OnOffType.OFF, "read only");
        assertRefused("mqtt#broker-url", new StringType("mqtt://other:1883"), "read only");
        assertRefused("mqtt#mqtt-read-only", OnOffType.ON, "read only");
        assertRefused("mqtt#topic-prefix", new StringType("elsewhere"), "read only");
        for (String channel : List.of("mqtt#use-global-ca", "mqtt#skip-cn-check", "mqtt#skip-server-verification")) {
            assertRefused(channel, OnOffType.ON, "read only");
        }
        for (String key : List.of("mck", "mqcc", "msc")) {
            assertTrue(CATALOG.knows(key), key);
            assertTrue(CATALOG.rowsOf(key).stream().noneMatch(row -> row.shown()), key + " has no channel");
        }
        assertEquals("true", payload("mqtt#auto-discovery", OnOffType.ON), "discovery settings stay writable");
    }

    @Test
    void structuredSettingsTakeJsonOfTheirShapeOnly() {
        assertRefused("scheduler#weekday-schedule", new StringType("[1, 2]"), "expects a JSON object");
        assertRefused("scheduler#weekday-schedule", new StringType("{\"control\": "), "not JSON");
        assertRefused("scheduler#weekday-schedule", OnOffType.ON, "expects a JSON object as text");
        assertRefused("scheduler#weekday-mode", new DecimalType(1), "read only");
        assertRefused("led#led-animation", new StringType("{}"), "read only");
    }

    private static String payload(String channel, Command command) {
        EncodeResult result = CATALOG.encode(channel, command);
        return PayloadEncoder.encode(assertInstanceOf(EncodeResult.Encoded.class, result).value());
    }

    private static void assertRefused(String channel, Command command, String reasonPart) {
        EncodeResult result = CATALOG.encode(channel, command);
        EncodeResult.Refused refused = assertInstanceOf(EncodeResult.Refused.class, result, channel + ": " + result);
        assertTrue(refused.reason().contains(reasonPart), channel + ": '" + refused.reason() + "' lacks '"
                + reasonPart + "'");
    }
}
