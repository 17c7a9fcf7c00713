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

import static org.openhab.binding.goemqtt.internal.catalog.Access.R;
import static org.openhab.binding.goemqtt.internal.catalog.Access.RW;
import static org.openhab.binding.goemqtt.internal.catalog.ChannelGroup.*;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.code;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.number;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.presence;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.quantity;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.ranged;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.text;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.wholeNumber;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.wholeQuantity;
import static org.openhab.binding.goemqtt.internal.catalog.Selector.WHOLE;
import static org.openhab.binding.goemqtt.internal.catalog.Selector.index;
import static org.openhab.core.library.unit.SIUnits.CELSIUS;
import static org.openhab.core.library.unit.Units.*;

import java.util.ArrayList;
import java.util.List;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The rows of the API v1 status keys (hardware V2 chargers: one JSON status object, every value a JSON string but
 * {@code nrg}), one or more per key of section 2 of the v1 documents (and {@code tma}, {@code txi} of the German
 * edition). Where a key means what a v2 key means, it feeds the same channel id with the same item type, so items,
 * panels and rules work for both kinds of charger; the source units carry the v1 scaling (0.1 A, 0.1 kW, 0.01 kW,
 * 0.1 kWh, deca-watt-seconds). Writable rows are the settable keys of section 3 with their documented ranges, but
 * none that can cut the charger off its network ({@code wss}, {@code wke}, {@code wen}, {@code wak}, {@code r1x}).
 * docs/catalog.md, "API v1 chargers", lists the decisions.
 */
@NonNullByDefault
final class V1KeyTable {

    private static final Unit<Time> MILLISECOND = MetricPrefix.MILLI(SECOND);
    /** 0.1 kWh: {@code eto}, {@code dwo}, {@code eca}..{@code ec1}. */
    private static final Unit<Energy> TENTH_KWH = MetricPrefix.HECTO(WATT_HOUR);
    private static final boolean BASIC = false;
    private static final boolean ADVANCED = true;

    private static final String DATE_TIME = "DateTime";
    private static final String NUMBER = "Number";
    private static final String NUMBER_DIMENSIONLESS = "Number:Dimensionless";
    private static final String NUMBER_ELECTRIC_CURRENT = "Number:ElectricCurrent";
    private static final String NUMBER_ELECTRIC_POTENTIAL = "Number:ElectricPotential";
    private static final String NUMBER_ENERGY = "Number:Energy";
    private static final String NUMBER_POWER = "Number:Power";
    private static final String NUMBER_TEMPERATURE = "Number:Temperature";
    private static final String NUMBER_TIME = "Number:Time";
    private static final String STRING = "String";
    private static final String SWITCH = "Switch";

    /** The RFID card keys of cards 1 to 10: energy, id, name. */
    static final List<String> CARD_ENERGY_KEYS = List.of("eca", "ecr", "ecd", "ec4", "ec5", "ec6", "ec7", "ec8", "ec9",
            "ec1");
    static final List<String> CARD_ID_KEYS = List.of("rca", "rcr", "rcd", "rc4", "rc5", "rc6", "rc7", "rc8", "rc9",
            "rc1");
    static final List<String> CARD_NAME_KEYS = List.of("rna", "rnm", "rne", "rn4", "rn5", "rn6", "rn7", "rn8", "rn9",
            "rn1");
    /** {@code rn*}: at most 10 characters. */
    private static final int CARD_NAME_LENGTH = 10;

    private V1KeyTable() {
    }

    static List<KeyRow> rows() {
        List<KeyRow> rows = new ArrayList<>(List.of( //
                // status
                row("car", STATUS, "car-state", NUMBER, R, BASIC, code(Codes.CAR)), //
                row("err", STATUS, "error", NUMBER, R, BASIC, code(V1Codes.ERROR)), //
                // alw: start/stop on v1 (v2 starts and stops with frc)
                row("alw", STATUS, "charging-allowed", SWITCH, RW, BASIC, V1Codecs.onOff()), //
                row("adi", STATUS, "adapter-in-use", SWITCH, R, BASIC, V1Codecs.onOff()), //
                row("cbl", STATUS, "cable-current-limit", NUMBER_ELECTRIC_CURRENT, R, BASIC, quantity(AMPERE)), //
                // charging
                row("amp", CHARGING, "requested-current", NUMBER_ELECTRIC_CURRENT, RW, BASIC, V1Codecs.current()), //
                // amx: like amp, but not written to flash (firmware 033 and later)
                row("amx", CHARGING, "volatile-current", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, V1Codecs.current()), //
                row("ama", CHARGING, "max-current", NUMBER_ELECTRIC_CURRENT, RW, BASIC, V1Codecs.current()), //
                row("ast", CHARGING, "access-control", NUMBER, RW, BASIC, code(V1Codes.ACCESS_STATE)), //
                row("stp", CHARGING, "automatic-stop", NUMBER, RW, BASIC, code(V1Codes.STOP_STATE)), //
                // dwo: 0.1 kWh, uint16
                row("dwo", CHARGING, "energy-limit", NUMBER_ENERGY, RW, BASIC, //
                        ranged(tenthKilowattHour(wholeQuantity(TENTH_KWH)), 0, 65535)), //
                row("ust", CHARGING, "cable-unlock-mode", NUMBER, RW, BASIC, code(Codes.UNLOCK_MODE)), //
                row("loa", CHARGING, "load-balancing-current", NUMBER_ELECTRIC_CURRENT, R, ADVANCED, //
                        quantity(AMPERE)), //
                row("azo", CHARGING, "tariff-country", NUMBER, R, ADVANCED, code(Codes.TARIFF_COUNTRY)), //
                // aho: hours of charging the flexible tariff must give; afi: the hour of day they must be done by
                row("aho", CHARGING, "tariff-min-hours", NUMBER, RW, ADVANCED, ranged(wholeNumber(), 0, 23)), //
                row("afi", CHARGING, "tariff-finish-hour", NUMBER, RW, ADVANCED, ranged(wholeNumber(), 0, 23)), //
                // dto: settable in the docs; the charger's own countdown, read only here
                row("dto", CHARGING, "tariff-remaining-time", NUMBER_TIME, R, ADVANCED, quantity(MILLISECOND)), //
                // energy
                // nrg[11]: total power in 0.01 kW
                row("nrg", index(11), ENERGY, "power", NUMBER_POWER, R, BASIC, hundredthKilowatt()), //
                // eto: 0.1 kWh
                row("eto", ENERGY, "total-energy", NUMBER_ENERGY, R, BASIC, tenthKilowattHour(quantity(TENTH_KWH))), //
                // dws: deca-watt-seconds (10 J) of this charge
                row("dws", ENERGY, "session-energy", NUMBER_ENERGY, R, BASIC, decaJoule()), //
                // phases: nrg 0-3 V, 4-6 0.1 A, 7-10 0.1 kW, 12-15 %
                row("nrg", index(0), PHASES, "voltage-l1", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(1), PHASES, "voltage-l2", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(2), PHASES, "voltage-l3", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(3), PHASES, "voltage-n", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(4), PHASES, "current-l1", NUMBER_ELECTRIC_CURRENT, R, BASIC, deciAmpere()), //
                row("nrg", index(5), PHASES, "current-l2", NUMBER_ELECTRIC_CURRENT, R, BASIC, deciAmpere()), //
                row("nrg", index(6), PHASES, "current-l3", NUMBER_ELECTRIC_CURRENT, R, BASIC, deciAmpere()), //
                row("nrg", index(7), PHASES, "power-l1", NUMBER_POWER, R, BASIC, tenthKilowatt()), //
                row("nrg", index(8), PHASES, "power-l2", NUMBER_POWER, R, BASIC, tenthKilowatt()), //
                row("nrg", index(9), PHASES, "power-l3", NUMBER_POWER, R, BASIC, tenthKilowatt()), //
                row("nrg", index(10), PHASES, "power-n", NUMBER_POWER, R, BASIC, tenthKilowatt()), //
                row("nrg", index(12), PHASES, "power-factor-l1", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("nrg", index(13), PHASES, "power-factor-l2", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("nrg", index(14), PHASES, "power-factor-l3", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("nrg", index(15), PHASES, "power-factor-n", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                // pha: bits 0-2 phases 1-3 after the contactor, bits 3-5 the same before it (the v2 layout)
                row("pha", PHASES, "supply-l1", SWITCH, R, BASIC, V1Codecs.bit(3)), //
                row("pha", PHASES, "supply-l2", SWITCH, R, BASIC, V1Codecs.bit(4)), //
                row("pha", PHASES, "supply-l3", SWITCH, R, BASIC, V1Codecs.bit(5)), //
                row("pha", PHASES, "output-l1", SWITCH, R, BASIC, V1Codecs.bit(0)), //
                row("pha", PHASES, "output-l2", SWITCH, R, BASIC, V1Codecs.bit(1)), //
                row("pha", PHASES, "output-l3", SWITCH, R, BASIC, V1Codecs.bit(2)), //
                // temperatures: tmp until hardware V3 replaced it by tma (German edition); both feed temperature-1
                row("tmp", TEMPERATURES, "temperature-1", NUMBER_TEMPERATURE, R, BASIC, quantity(CELSIUS)), //
                row("tma", index(0), TEMPERATURES, "temperature-1", NUMBER_TEMPERATURE, R, BASIC, quantity(CELSIUS)), //
                row("tma", index(1), TEMPERATURES, "temperature-2", NUMBER_TEMPERATURE, R, BASIC, quantity(CELSIUS)), //
                // device
                row("fwv", DEVICE, "firmware-version", STRING, R, BASIC, text()), //
                row("rbt", DEVICE, "uptime", NUMBER_TIME, R, BASIC, quantity(MILLISECOND)), //
                row("rbc", DEVICE, "reboot-count", NUMBER, R, ADVANCED, number()), //
                row("tme", DEVICE, "local-time", DATE_TIME, R, ADVANCED, V1Codecs.clock()), //
                // wss: settable in the docs; read only here (a wrong SSID cuts the charger off its network)
                row("wss", DEVICE, "wifi-ssid", STRING, R, BASIC, text()), //
                row("wst", DEVICE, "wifi-status", NUMBER, R, ADVANCED, code(V1Codes.WIFI_STATUS)), //
                row("sse", DEVICE, "serial-number", STRING, R, ADVANCED, text()), //
                // version: "B" plain, "C" with end-to-end encryption
                row("version", DEVICE, "status-format", STRING, R, ADVANCED, text()), //
                row("txi", DEVICE, "transmit-interface", STRING, R, ADVANCED, text()), //
                row("upd", DEVICE, "update-available", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                row("tof", DEVICE, "time-zone-offset", NUMBER_TIME, RW, ADVANCED, V1Codecs.timeZoneOffset()), //
                // tds: daylight saving offset in hours (v2's tds is a rule code: a channel of its own)
                row("tds", DEVICE, "daylight-saving-offset", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(HOUR), 0, 2)), //
                // mqtt: mcs, mcp, mcu are server, port and user on v1 (v2 reuses mcs, mcu for other things)
                row("mce", MQTT, "mqtt-enabled", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                row("mcs", MQTT, "broker-host", STRING, R, ADVANCED, text()), //
                row("mcp", MQTT, "broker-port", NUMBER, R, ADVANCED, number()), //
                // mcu: the user name shows only as set / not set, as v2 masks the user in its broker URL
                row("mcu", MQTT, "broker-user", STRING, R, ADVANCED, presence()), //
                row("mcc", MQTT, "mqtt-connected", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                // config
                row("lbr", CONFIG, "led-brightness", NUMBER, RW, BASIC, ranged(wholeNumber(), 0, 255)), //
                row("cid", CONFIG, "color-idle", STRING, RW, ADVANCED, V1Codecs.colour()), //
                row("cch", CONFIG, "color-charging", STRING, RW, ADVANCED, V1Codecs.colour()), //
                row("cfi", CONFIG, "color-finished", STRING, RW, ADVANCED, V1Codecs.colour()), //
                row("nmo", CONFIG, "norway-mode", SWITCH, RW, ADVANCED, V1Codecs.onOff()), //
                // r1x: settable as a whole in the docs; its bits are read only here (writing one needs the other)
                row("r1x", CONFIG, "http-api", SWITCH, R, ADVANCED, V1Codecs.bit(0)), //
                row("r1x", CONFIG, "end-to-end-encryption", SWITCH, R, ADVANCED, V1Codecs.bit(1)), //
                row("al1", CONFIG, "current-level-1", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, V1Codecs.currentLevel()), //
                row("al2", CONFIG, "current-level-2", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, V1Codecs.currentLevel()), //
                row("al3", CONFIG, "current-level-3", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, V1Codecs.currentLevel()), //
                row("al4", CONFIG, "current-level-4", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, V1Codecs.currentLevel()), //
                row("al5", CONFIG, "current-level-5", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, V1Codecs.currentLevel()), //
                // led
                row("lse", LED, "led-energy-saving", SWITCH, RW, ADVANCED, V1Codecs.onOff()), //
                // network: wen is settable in the docs; read only here (off cuts the charger off its network)
                row("wen", NETWORK, "wifi-enabled", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                // cdi: cloud disabled on v1 (v2's cdi is the charging duration)
                row("cdi", NETWORK, "cloud-disabled", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                // scheduler: sch is base64 and cannot be set directly (the docs)
                row("sch", SCHEDULER, "schedule-settings", STRING, R, ADVANCED, text()), //
                // sdp: the scheduler's double press on v1 (v2's sdp is a button lock)
                row("sdp", SCHEDULER, "double-press-override", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                // rfid
                row("uby", RFID, "unlocked-by-card", NUMBER, R, ADVANCED, number()), //
                // load-management: read only on v1 (the cloud sets them)
                row("loe", LOAD_MANAGEMENT, "load-balancing-enabled", SWITCH, R, ADVANCED, V1Codecs.onOff()), //
                row("lot", LOAD_MANAGEMENT, "group-total-current", NUMBER_ELECTRIC_CURRENT, R, ADVANCED, //
                        quantity(AMPERE)), //
                row("lom", LOAD_MANAGEMENT, "group-min-current", NUMBER_ELECTRIC_CURRENT, R, ADVANCED, //
                        quantity(AMPERE)), //
                row("lop", LOAD_MANAGEMENT, "priority", NUMBER, R, ADVANCED, number()), //
                row("log", LOAD_MANAGEMENT, "group-id", STRING, R, ADVANCED, text()), //
                row("lon", LOAD_MANAGEMENT, "expected-chargers", NUMBER, R, ADVANCED, number()), //
                row("lof", LOAD_MANAGEMENT, "fallback-current", NUMBER_ELECTRIC_CURRENT, R, ADVANCED, //
                        quantity(AMPERE)), //
                row("lch", LOAD_MANAGEMENT, "time-since-current", NUMBER_TIME, R, ADVANCED, quantity(SECOND)), //
                // secrets: Wi-Fi key, hotspot key, MQTT password (docs/catalog.md, "API v1 chargers")
                KeyRow.hidden("wke"), //
                KeyRow.hidden("wak"), //
                KeyRow.hidden("mck")));
        // rfid: per card its energy (0.1 kWh), whether a card is learned (the id itself is never shown) and its name
        for (int card = 0; card < CARD_ENERGY_KEYS.size(); card++) {
            String prefix = "card-" + (card + 1) + "-";
            rows.add(row(CARD_ENERGY_KEYS.get(card), RFID, prefix + "energy", NUMBER_ENERGY, R, ADVANCED,
                    tenthKilowattHour(quantity(TENTH_KWH))));
            rows.add(row(CARD_ID_KEYS.get(card), RFID, prefix + "learned", SWITCH, R, ADVANCED,
                    V1Codecs.idPresence()));
            rows.add(row(CARD_NAME_KEYS.get(card), RFID, prefix + "name", STRING, RW, ADVANCED,
                    text(0, CARD_NAME_LENGTH)));
        }
        return List.copyOf(rows);
    }

    // v1's scaled units are shown in the units of the v2 channels of the same ids: A, W, Wh

    private static Codec deciAmpere() {
        return V1Codecs.shownIn(quantity(MetricPrefix.DECI(AMPERE)), AMPERE, 1, 10, 1);
    }

    private static Codec tenthKilowatt() {
        return V1Codecs.shownIn(quantity(MetricPrefix.HECTO(WATT)), WATT, 100, 1, 0);
    }

    private static Codec hundredthKilowatt() {
        return V1Codecs.shownIn(quantity(MetricPrefix.DECA(WATT)), WATT, 10, 1, 0);
    }

    private static Codec tenthKilowattHour(Codec source) {
        return V1Codecs.shownIn(source, WATT_HOUR, 100, 1, 0);
    }

    /** 10 J is 1/360 Wh (2.8 mWh): shown to 0.1 mWh. */
    private static Codec decaJoule() {
        return V1Codecs.shownIn(quantity(MetricPrefix.DECA(JOULE)), WATT_HOUR, 1, 360, 4);
    }

    private static KeyRow row(String key, ChannelGroup group, String channel, String itemType, Access access,
            boolean advanced, Codec codec) {
        return new KeyRow(key, WHOLE, group, channel, itemType, access, advanced, codec);
    }

    private static KeyRow row(String key, Selector selector, ChannelGroup group, String channel, String itemType,
            Access access, boolean advanced, Codec codec) {
        return new KeyRow(key, selector, group, channel, itemType, access, advanced, codec);
    }
}
