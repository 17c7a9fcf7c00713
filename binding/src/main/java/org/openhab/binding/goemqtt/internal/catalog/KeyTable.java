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

import static org.openhab.binding.goemqtt.internal.catalog.Access.*;
import static org.openhab.binding.goemqtt.internal.catalog.ChannelGroup.*;
import static org.openhab.binding.goemqtt.internal.catalog.Codecs.*;
import static org.openhab.binding.goemqtt.internal.catalog.Selector.*;
import static org.openhab.core.library.unit.SIUnits.CELSIUS;
import static org.openhab.core.library.unit.Units.*;

import java.util.List;

import javax.measure.Unit;
import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.unit.MetricPrefix;

/**
 * The key table: one row per API key or array element / object field, with its channel, item type, access and
 * codec (which holds the source unit or code list). Units are those go-e documents (apikeys.json {@code unit}); where
 * the documents are silent the comment on the row gives the reason for the unit chosen. Access is what this binding
 * offers; where it is narrower or wider than the documents, the row says why.
 */
@NonNullByDefault
final class KeyTable {

    private static final Unit<Time> MILLISECOND = MetricPrefix.MILLI(SECOND);
    private static final boolean BASIC = false;
    private static final boolean ADVANCED = true;

    private static final String DATE_TIME = "DateTime";
    private static final String NUMBER = "Number";
    private static final String NUMBER_DIMENSIONLESS = "Number:Dimensionless";
    private static final String NUMBER_ELECTRIC_CURRENT = "Number:ElectricCurrent";
    private static final String NUMBER_ELECTRIC_POTENTIAL = "Number:ElectricPotential";
    private static final String NUMBER_ENERGY = "Number:Energy";
    private static final String NUMBER_FREQUENCY = "Number:Frequency";
    private static final String NUMBER_POWER = "Number:Power";
    private static final String NUMBER_TEMPERATURE = "Number:Temperature";
    private static final String NUMBER_TIME = "Number:Time";
    private static final String STRING = "String";
    private static final String SWITCH = "Switch";

    private KeyTable() {
    }

    static List<KeyRow> rows() {
        return List.of( //
                // status
                row("car", STATUS, "car-state", NUMBER, R, BASIC, code(Codes.CAR)), //
                row("err", STATUS, "error", NUMBER, R, BASIC, code(Codes.ERROR)), //
                row("modelStatus", STATUS, "charging-reason", NUMBER, R, BASIC, code(Codes.MODEL_STATUS)), //
                row("alw", STATUS, "charging-allowed", SWITCH, R, BASIC, onOff()), //
                row("acu", STATUS, "allowed-current", NUMBER_ELECTRIC_CURRENT, R, BASIC, quantity(AMPERE)), //
                row("cdi", STATUS, "charging-duration", NUMBER_TIME, R, BASIC, chargingDuration()), //
                row("lccfi", STATUS, "car-connected-time", DATE_TIME, R, BASIC, sinceBoot()), //
                row("lcctc", STATUS, "charging-start-time", DATE_TIME, R, BASIC, sinceBoot()), //
                row("lccfc", STATUS, "charging-stop-time", DATE_TIME, R, BASIC, sinceBoot()), //
                row("lmsc", STATUS, "reason-change-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("alwt", STATUS, "allowed-change-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("cus", STATUS, "cable-lock-state", NUMBER, R, BASIC, code(Codes.CABLE_LOCK)), //
                row("ffb", STATUS, "lock-feedback", NUMBER, R, ADVANCED, code(Codes.LOCK_FEEDBACK)), //
                row("lck", STATUS, "effective-lock-mode", NUMBER, R, ADVANCED, code(Codes.LOCK_MODE)), //
                row("adi", STATUS, "adapter-in-use", SWITCH, R, BASIC, onOff()), //
                row("cbl", STATUS, "cable-current-limit", NUMBER_ELECTRIC_CURRENT, R, BASIC, quantity(AMPERE)), //
                // charging
                row("frc", CHARGING, "force-state", NUMBER, RW, BASIC, code(Codes.FORCE_STATE)), //
                row("amp", CHARGING, "requested-current", NUMBER_ELECTRIC_CURRENT, RW, BASIC, wholeQuantity(AMPERE)), //
                row("tcl", CHARGING, "temporary-current", NUMBER_ELECTRIC_CURRENT, RW, BASIC, wholeQuantity(AMPERE)), //
                row("ama", CHARGING, "max-current", NUMBER_ELECTRIC_CURRENT, RW, BASIC, wholeQuantity(AMPERE)), //
                row("mca", CHARGING, "min-current", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, wholeQuantity(AMPERE)), //
                row("psm", CHARGING, "phase-mode", NUMBER, RW, BASIC, code(Codes.PHASE_MODE)), //
                row("lmo", CHARGING, "logic-mode", NUMBER, RW, BASIC, code(Codes.LOGIC_MODE)), //
                row("dwo", CHARGING, "energy-limit", NUMBER_ENERGY, RW, BASIC, quantity(WATT_HOUR)), //
                row("acs", CHARGING, "access-control", NUMBER, RW, BASIC, code(Codes.ACCESS_CONTROL)), //
                row("trx", CHARGING, "transaction", NUMBER, RW, BASIC, code(Codes.TRANSACTION)), //
                row("ust", CHARGING, "cable-unlock-mode", NUMBER, RW, BASIC, code(Codes.UNLOCK_MODE)), //
                row("clp", CHARGING, "current-presets", STRING, RW, ADVANCED, numberList()), //
                row("loa", CHARGING, "load-balancing-current", NUMBER_ELECTRIC_CURRENT, R, ADVANCED, //
                        quantity(AMPERE)), //
                row("cll", field("currentLimitMax"), CHARGING, "effective-current-limit", NUMBER_ELECTRIC_CURRENT, R, //
                        ADVANCED, quantity(AMPERE)), //
                row("awe", CHARGING, "flexible-tariff", SWITCH, RW, BASIC, onOff()), //
                // awp is in ct/kWh: no unit of openHAB's Units (prices need a configured currency),
                // so a plain Number.
                row("awp", CHARGING, "max-price", NUMBER, RW, BASIC, number()), //
                row("awcp", field("marketprice"), CHARGING, "current-price", NUMBER, R, BASIC, number()), //
                row("awc", CHARGING, "tariff-country", NUMBER, RW, ADVANCED, code(Codes.TARIFF_COUNTRY)), //
                row("ate", CHARGING, "next-trip-energy", NUMBER_ENERGY, RW, BASIC, quantity(WATT_HOUR)), //
                // att: seconds since the start of the day; a time of day, kept as the duration
                // since midnight (Number:Time).
                row("att", CHARGING, "next-trip-time", NUMBER_TIME, RW, BASIC, quantity(SECOND)), //
                row("ara", CHARGING, "remain-in-tariff", SWITCH, RW, ADVANCED, onOff()), //
                // cco: no unit documented (stored for the app only), so a plain Number.
                row("cco", CHARGING, "car-consumption", NUMBER, RW, ADVANCED, number()), //
                row("ct", CHARGING, "car-type", STRING, RW, ADVANCED, text(0, 64)), //
                row("esk", CHARGING, "energy-in-kwh", SWITCH, RW, ADVANCED, onOff()), //
                row("upo", CHARGING, "unlock-on-power-outage", SWITCH, RW, ADVANCED, onOff()), //
                row("iso2en", CHARGING, "iso15118-mode", NUMBER, RW, ADVANCED, code(Codes.ISO15118)), //
                // txt: int32 without documented unit, so a plain whole Number.
                row("txt", CHARGING, "transaction-timeout", NUMBER, RW, ADVANCED, //
                        ranged(wholeNumber(), 0, 2147483647)), //
                row("emx", CHARGING, "energy-mix-afterglow", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(MILLISECOND), 0, 2147483647)), //
                row("su", CHARGING, "simulate-short-unplug", SWITCH, RW, ADVANCED, onOff()), //
                row("sua", CHARGING, "simulate-unplug-always", SWITCH, RW, ADVANCED, onOff()), //
                // tls: apikeys-en says bool, firmware export 60.4 optional<int64_t>: any non-zero number reads as ON.
                row("tls", CHARGING, "test-charge-started", SWITCH, R, ADVANCED, onOff()), //
                row("tlf", CHARGING, "test-charge-finished", SWITCH, R, ADVANCED, onOff()), //
                row("atp", CHARGING, "next-trip-plan", STRING, R, ADVANCED, json()), //
                // awpl: documented as W; the charger reads a JSON object.
                row("awpl", CHARGING, "tariff-price-list", STRING, W, ADVANCED, writableJsonObject()), //
                // energy
                row("nrg", index(11), ENERGY, "power", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("eto", ENERGY, "total-energy", NUMBER_ENERGY, R, BASIC, quantity(WATT_HOUR)), //
                row("wh", ENERGY, "session-energy", NUMBER_ENERGY, R, BASIC, quantity(WATT_HOUR)), //
                row("tpa", ENERGY, "average-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("ws", ENERGY, "power-solar", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("wg", ENERGY, "power-grid", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("wb", ENERGY, "power-battery", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("wo", ENERGY, "power-other", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("whs", ENERGY, "session-energy-solar", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("whg", ENERGY, "session-energy-grid", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("whb", ENERGY, "session-energy-battery", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("who", ENERGY, "session-energy-other", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("eto_mid", ENERGY, "mid-total-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("wh_mid", ENERGY, "mid-session-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                // phases
                row("nrg", index(0), PHASES, "voltage-l1", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(1), PHASES, "voltage-l2", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(2), PHASES, "voltage-l3", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(3), PHASES, "voltage-n", NUMBER_ELECTRIC_POTENTIAL, R, BASIC, quantity(VOLT)), //
                row("nrg", index(4), PHASES, "current-l1", NUMBER_ELECTRIC_CURRENT, R, BASIC, quantity(AMPERE)), //
                row("nrg", index(5), PHASES, "current-l2", NUMBER_ELECTRIC_CURRENT, R, BASIC, quantity(AMPERE)), //
                row("nrg", index(6), PHASES, "current-l3", NUMBER_ELECTRIC_CURRENT, R, BASIC, quantity(AMPERE)), //
                row("nrg", index(7), PHASES, "power-l1", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("nrg", index(8), PHASES, "power-l2", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("nrg", index(9), PHASES, "power-l3", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("nrg", index(10), PHASES, "power-n", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("nrg", index(12), PHASES, "power-factor-l1", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("nrg", index(13), PHASES, "power-factor-l2", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("nrg", index(14), PHASES, "power-factor-l3", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("nrg", index(15), PHASES, "power-factor-n", NUMBER_DIMENSIONLESS, R, BASIC, quantity(PERCENT)), //
                row("fhz", PHASES, "frequency", NUMBER_FREQUENCY, R, BASIC, quantity(HERTZ)), //
                row("avgfhz", PHASES, "average-frequency", NUMBER_FREQUENCY, R, ADVANCED, quantity(HERTZ)), //
                // pha: six booleans; API v1 documents the same layout as bits: 0-2 are phases 1-3
                // after the contactor, 3-5 the same phases before it.
                row("pha", index(3), PHASES, "supply-l1", SWITCH, R, BASIC, onOff()), //
                row("pha", index(4), PHASES, "supply-l2", SWITCH, R, BASIC, onOff()), //
                row("pha", index(5), PHASES, "supply-l3", SWITCH, R, BASIC, onOff()), //
                row("pha", index(0), PHASES, "output-l1", SWITCH, R, BASIC, onOff()), //
                row("pha", index(1), PHASES, "output-l2", SWITCH, R, BASIC, onOff()), //
                row("pha", index(2), PHASES, "output-l3", SWITCH, R, BASIC, onOff()), //
                // pv
                row("fup", PV, "use-pv-surplus", SWITCH, RW, BASIC, onOff()), //
                row("pgrid", PV, "grid-power", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("ppv", PV, "pv-power", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("pakku", PV, "battery-power", NUMBER_POWER, R, BASIC, quantity(WATT)), //
                row("fst", PV, "starting-power", NUMBER_POWER, RW, BASIC, quantity(WATT)), //
                row("pgt", PV, "grid-target", NUMBER_POWER, RW, BASIC, quantity(WATT)), //
                // spl3: undocumented unit; a power threshold for switching to three phases
                // (W, like the other PV thresholds).
                row("spl3", PV, "three-phase-level", NUMBER_POWER, RW, BASIC, quantity(WATT)), //
                row("psh", PV, "phase-switch-hysteresis", NUMBER_POWER, RW, ADVANCED, quantity(WATT)), //
                row("sh", PV, "stop-hysteresis", NUMBER_POWER, RW, ADVANCED, quantity(WATT)), //
                row("po", PV, "priority-offset", NUMBER_POWER, RW, ADVANCED, quantity(WATT)), //
                row("zfo", PV, "zero-feed-in-offset", NUMBER_POWER, RW, ADVANCED, quantity(WATT)), //
                row("fzf", PV, "zero-feed-in", SWITCH, RW, ADVANCED, onOff()), //
                row("acp", PV, "allow-charge-pause", SWITCH, RW, ADVANCED, onOff()), //
                row("csd", PV, "clear-surplus-data", SWITCH, RW, ADVANCED, onOff()), //
                row("fmt", PV, "min-charge-time", NUMBER_TIME, RW, ADVANCED, quantity(MILLISECOND)), //
                row("psmd", PV, "single-phase-duration", NUMBER_TIME, RW, ADVANCED, quantity(MILLISECOND)), //
                row("sumd", PV, "unplug-duration", NUMBER_TIME, RW, ADVANCED, quantity(MILLISECOND)), //
                row("mpwst", PV, "phase-wish-time", NUMBER_TIME, RW, ADVANCED, quantity(MILLISECOND)), //
                row("mptwt", PV, "phase-toggle-wait", NUMBER_TIME, RW, ADVANCED, quantity(MILLISECOND)), //
                // frm: apikeys-en says R, firmware export 60.4 (newer, generated from the firmware) says R/W.
                row("frm", PV, "rounding-mode", NUMBER, RW, ADVANCED, code(Codes.ROUNDING_MODE)), //
                row("fsp", PV, "single-phase-forced", SWITCH, R, ADVANCED, onOff()), //
                // deltap: undocumented unit; the PV logic's power difference, W like pgrid/ppv/pakku.
                row("deltap", PV, "delta-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("inva", PV, "inverter-data-age", NUMBER_TIME, R, ADVANCED, quantity(MILLISECOND)), //
                row("dsrc", PV, "inverter-source", STRING, R, ADVANCED, text()), //
                // pvopt_average*: firmware before 2024-05 spells them pvopt_avergage*; both feed one channel.
                row("pvopt_averagePGrid", PV, "average-grid-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("pvopt_avergagePGrid", PV, "average-grid-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("pvopt_averagePPv", PV, "average-pv-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("pvopt_avergagePPV", PV, "average-pv-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("pvopt_averagePAkku", PV, "average-battery-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("pvopt_avergagePAkku", PV, "average-battery-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("ferm", PV, "effective-rounding-mode", NUMBER, R, ADVANCED, code(Codes.ROUNDING_MODE)), //
                row("pwm", PV, "phase-wish", NUMBER, R, ADVANCED, code(Codes.PHASE_WISH)), //
                row("pnp", PV, "phase-count", NUMBER, R, ADVANCED, number()), //
                row("fsptws", PV, "phase-toggle-wish-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("lfspt", PV, "phase-toggle-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("lpsc", PV, "surplus-calculation-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("lpc", PV, "pv-calculation-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                // deltaa: no unit documented, so a plain Number.
                row("deltaa", PV, "delta-current", NUMBER, R, ADVANCED, number()), //
                row("mmp", PV, "max-measured-power", NUMBER_POWER, R, ADVANCED, quantity(WATT)), //
                row("ido", PV, "inverter-override", STRING, R, ADVANCED, json()), //
                // smd: R in apikeys-en, R/W in firmware export 60.4; read only here (the meter writes it).
                row("smd", PV, "smart-meter-data", STRING, R, ADVANCED, json()), //
                row("mci", PV, "min-charging-interval", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(MILLISECOND), 0, 2147483647)), //
                row("mcpd", PV, "min-charge-pause", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(MILLISECOND), 0, 2147483647)), //
                // mcpea: R/W in the docs (null aborts the pause); aborting is left to the app, read only here.
                row("mcpea", PV, "charge-pause-end-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                // temperatures
                row("tma", index(0), TEMPERATURES, "temperature-1", NUMBER_TEMPERATURE, R, BASIC, quantity(CELSIUS)), //
                row("tma", index(1), TEMPERATURES, "temperature-2", NUMBER_TEMPERATURE, R, BASIC, quantity(CELSIUS)), //
                row("tma", index(2), TEMPERATURES, "temperature-3", NUMBER_TEMPERATURE, R, ADVANCED, //
                        quantity(CELSIUS)), //
                row("tma", index(3), TEMPERATURES, "temperature-4", NUMBER_TEMPERATURE, R, ADVANCED, //
                        quantity(CELSIUS)), //
                row("tma", index(4), TEMPERATURES, "temperature-5", NUMBER_TEMPERATURE, R, ADVANCED, //
                        quantity(CELSIUS)), //
                row("tma", index(5), TEMPERATURES, "temperature-6", NUMBER_TEMPERATURE, R, ADVANCED, //
                        quantity(CELSIUS)), //
                row("amt", TEMPERATURES, "thermal-current-limit", NUMBER_ELECTRIC_CURRENT, R, BASIC, //
                        quantity(AMPERE)), //
                // device
                row("fwv", DEVICE, "firmware-version", STRING, R, BASIC, text()), //
                row("ocu", DEVICE, "available-firmware", STRING, R, ADVANCED, textList()), //
                row("var", DEVICE, "variant", NUMBER, R, BASIC, code(Codes.VARIANT)), //
                row("typ", DEVICE, "device-type", STRING, R, ADVANCED, text()), //
                row("dfam", DEVICE, "device-family", STRING, R, ADVANCED, text()), //
                row("oem", DEVICE, "manufacturer", STRING, R, ADVANCED, text()), //
                row("rev", DEVICE, "hardware-revision", STRING, R, ADVANCED, text()), //
                row("fna", DEVICE, "friendly-name", STRING, RW, ADVANCED, text(4, 64)), //
                row("rbt", DEVICE, "uptime", NUMBER_TIME, R, BASIC, quantity(MILLISECOND)), //
                row("tab", DEVICE, "boot-time", DATE_TIME, R, ADVANCED, epochMillis()), //
                row("rbc", DEVICE, "reboot-count", NUMBER, R, ADVANCED, number()), //
                // utc is R/W in the docs; setting the charger's clock is left to its own time server
                // (tse), so read only here.
                row("utc", DEVICE, "utc-time", DATE_TIME, R, ADVANCED, utcClock()), //
                row("loc", DEVICE, "local-time", DATE_TIME, R, ADVANCED, localClock()), //
                row("lto", DEVICE, "local-time-offset", NUMBER_TIME, R, ADVANCED, quantity(MILLISECOND)), //
                row("rssi", DEVICE, "wifi-signal", NUMBER_POWER, R, BASIC, quantity(DECIBEL_MILLIWATTS)), //
                row("ccw", field("ssid"), DEVICE, "wifi-ssid", STRING, R, BASIC, text()), //
                row("ccw", field("ip"), DEVICE, "ip-address", STRING, R, ADVANCED, text()), //
                // dns: firmware 055.2 sends {"dns":..}, 055.6 and later {"dns0":..,"dns1":..}:
                // the first one found.
                row("dns", field("dns0", "dns"), DEVICE, "dns-server", STRING, R, ADVANCED, text()), //
                row("wst", DEVICE, "wifi-status", NUMBER, R, ADVANCED, code(Codes.WIFI_STATUS)), //
                row("lwf", DEVICE, "wifi-failed-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("lbp", DEVICE, "button-press-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("csa", DEVICE, "controller-scan", SWITCH, R, ADVANCED, onOff()), //
                row("lcs", DEVICE, "controller-scan-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("dll", DEVICE, "export-link", STRING, R, ADVANCED, maskedUrl()), //
                row("sse", DEVICE, "serial-number", STRING, R, ADVANCED, text()), //
                row("styp", DEVICE, "device-subtype", STRING, R, ADVANCED, text()), //
                row("fwc", DEVICE, "controller-firmware", STRING, R, ADVANCED, text()), //
                row("ccrv", DEVICE, "recommended-controller", STRING, R, ADVANCED, text()), //
                row("ccu", DEVICE, "controller-update", STRING, R, ADVANCED, json()), //
                row("cert", DEVICE, "certification", NUMBER, R, ADVANCED, code(Codes.CERTIFICATION)), //
                row("aus", DEVICE, "australian-model", SWITCH, R, ADVANCED, onOff()), //
                row("isgo", DEVICE, "go-model", SWITCH, R, ADVANCED, onOff()), //
                row("simo", DEVICE, "simplified-mode", SWITCH, R, ADVANCED, onOff()), //
                row("shut", DEVICE, "has-shutter", SWITCH, R, ADVANCED, onOff()), //
                row("sock", DEVICE, "has-socket", SWITCH, R, ADVANCED, onOff()), //
                row("ten", DEVICE, "tamper-protection", SWITCH, RW, ADVANCED, onOff()), //
                row("rfb", DEVICE, "relay-feedback", NUMBER, R, ADVANCED, number()), //
                // lbl: no type documented; read like lbp (milliseconds since boot).
                row("lbl", DEVICE, "long-press-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("tse", DEVICE, "time-server", SWITCH, RW, ADVANCED, onOff()), //
                row("tsss", DEVICE, "time-sync-status", NUMBER, R, ADVANCED, code(Codes.TIME_SYNC_STATUS)), //
                row("tof", DEVICE, "time-zone-offset", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(MINUTE), -2147483648, 2147483647)), //
                row("tds", DEVICE, "daylight-saving", NUMBER, RW, ADVANCED, code(Codes.DAYLIGHT_SAVING)), //
                row("tzt", DEVICE, "time-zone-type", STRING, RW, ADVANCED, text()), //
                // mqtt
                row("mce", MQTT, "mqtt-enabled", SWITCH, R, ADVANCED, onOff()), //
                row("mcu", MQTT, "broker-url", STRING, R, ADVANCED, maskedUrl()), //
                row("mcr", MQTT, "mqtt-read-only", SWITCH, R, ADVANCED, onOff()), //
                row("mtp", MQTT, "topic-prefix", STRING, R, ADVANCED, textOrDefault()), //
                row("mqg", MQTT, "use-global-ca", SWITCH, R, ADVANCED, onOff()), //
                row("mqcn", MQTT, "skip-cn-check", SWITCH, R, ADVANCED, onOff()), //
                row("mqss", MQTT, "skip-server-verification", SWITCH, R, ADVANCED, onOff()), //
                row("mhe", MQTT, "auto-discovery", SWITCH, RW, ADVANCED, onOff()), //
                row("mht", MQTT, "auto-discovery-prefix", STRING, RW, ADVANCED, textOrDefault()), //
                row("mcs", MQTT, "mqtt-started", SWITCH, R, ADVANCED, onOff()), //
                row("mcc", MQTT, "mqtt-connected", SWITCH, R, ADVANCED, onOff()), //
                row("mcca", MQTT, "mqtt-connected-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("mlr", MQTT, "mqtt-last-error", STRING, R, ADVANCED, text()), //
                row("mlra", MQTT, "mqtt-error-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                KeyRow.hidden("mck"), //
                KeyRow.hidden("mqcc"), //
                KeyRow.hidden("msc"), //
                // config
                row("lbr", CONFIG, "led-brightness", NUMBER, RW, BASIC, wholeNumber()), //
                row("cid", CONFIG, "color-idle", STRING, RW, ADVANCED, text()), //
                row("cwc", CONFIG, "color-waiting", STRING, RW, ADVANCED, text()), //
                row("cch", CONFIG, "color-charging", STRING, RW, ADVANCED, text()), //
                row("cfi", CONFIG, "color-finished", STRING, RW, ADVANCED, text()), //
                row("bac", CONFIG, "button-current-lock", NUMBER, RW, ADVANCED, code(Codes.BUTTON_LOCK)), //
                row("nmo", CONFIG, "norway-mode", SWITCH, RW, ADVANCED, onOff()), //
                row("hai", CONFIG, "http-api", SWITCH, RW, ADVANCED, onOff()), //
                row("hla", CONFIG, "http-legacy-api", SWITCH, RW, ADVANCED, onOff()), //
                row("men", CONFIG, "modbus-enabled", SWITCH, RW, ADVANCED, onOff()), //
                row("msp", CONFIG, "modbus-port", NUMBER, RW, ADVANCED, wholeNumber()), //
                row("msb", CONFIG, "modbus-swap-bytes", SWITCH, RW, ADVANCED, onOff()), //
                row("msr", CONFIG, "modbus-swap-registers", SWITCH, RW, ADVANCED, onOff()), //
                row("mstr", CONFIG, "modbus-read-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("mstw", CONFIG, "modbus-write-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("ufe", CONFIG, "underfrequency-control", SWITCH, RW, ADVANCED, onOff()), //
                row("ufa", CONFIG, "underfrequency-start", NUMBER_FREQUENCY, RW, ADVANCED, quantity(HERTZ)), //
                row("ufs", CONFIG, "underfrequency-stop", NUMBER_FREQUENCY, RW, ADVANCED, quantity(HERTZ)), //
                row("ufm", CONFIG, "underfrequency-mode", NUMBER, RW, ADVANCED, code(Codes.UNDERFREQUENCY_MODE)), //
                row("uve", CONFIG, "undervoltage-control", SWITCH, RW, ADVANCED, onOff()), //
                row("uvt", CONFIG, "undervoltage-threshold", NUMBER_ELECTRIC_POTENTIAL, RW, ADVANCED, //
                        quantity(VOLT)), //
                row("uvs", CONFIG, "undervoltage-time", NUMBER_TIME, RW, ADVANCED, quantity(MILLISECOND)), //
                row("die", CONFIG, "digital-input-enabled", SWITCH, RW, ADVANCED, onOff()), //
                row("dii", CONFIG, "digital-input-inverted", SWITCH, RW, ADVANCED, onOff()), //
                row("di1", CONFIG, "digital-input-one-phase", SWITCH, RW, ADVANCED, onOff()), //
                row("pdi", CONFIG, "protect-digital-input", SWITCH, RW, ADVANCED, onOff()), //
                row("pgr", CONFIG, "protect-grid-settings", SWITCH, RW, ADVANCED, onOff()), //
                row("din", CONFIG, "digital-inputs", NUMBER, R, ADVANCED, number()), //
                row("la1", CONFIG, "adapter-limit-one-phase", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, //
                        wholeQuantity(AMPERE)), //
                row("la3", CONFIG, "adapter-limit-three-phase", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, //
                        wholeQuantity(AMPERE)), //
                row("facacs", CONFIG, "factory-access-control", NUMBER, R, ADVANCED, code(Codes.ACCESS_CONTROL)), //
                row("bar", CONFIG, "button-wifi-reset-lock", NUMBER, RW, ADVANCED, code(Codes.BUTTON_LOCK)), //
                row("sdp", CONFIG, "button-force-lock", NUMBER, RW, ADVANCED, code(Codes.BUTTON_LOCK)), //
                // rfid
                // Firmware 60.x publishes cN{n,e,i}; older firmware only the cards array (removed
                // in 60.0): both feed one channel. cNe and cNi are R/W in the docs; this binding only
                // reads them (resetting counters or card ids belongs in the app).
                row("c0n", RFID, "card-1-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(0, "name"), RFID, "card-1-name", STRING, R, ADVANCED, text()), //
                row("c0e", RFID, "card-1-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(0, "energy"), RFID, "card-1-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c0i", RFID, "card-1-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(0, "cardId"), RFID, "card-1-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c1n", RFID, "card-2-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(1, "name"), RFID, "card-2-name", STRING, R, ADVANCED, text()), //
                row("c1e", RFID, "card-2-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(1, "energy"), RFID, "card-2-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c1i", RFID, "card-2-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(1, "cardId"), RFID, "card-2-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c2n", RFID, "card-3-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(2, "name"), RFID, "card-3-name", STRING, R, ADVANCED, text()), //
                row("c2e", RFID, "card-3-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(2, "energy"), RFID, "card-3-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c2i", RFID, "card-3-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(2, "cardId"), RFID, "card-3-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c3n", RFID, "card-4-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(3, "name"), RFID, "card-4-name", STRING, R, ADVANCED, text()), //
                row("c3e", RFID, "card-4-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(3, "energy"), RFID, "card-4-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c3i", RFID, "card-4-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(3, "cardId"), RFID, "card-4-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c4n", RFID, "card-5-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(4, "name"), RFID, "card-5-name", STRING, R, ADVANCED, text()), //
                row("c4e", RFID, "card-5-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(4, "energy"), RFID, "card-5-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c4i", RFID, "card-5-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(4, "cardId"), RFID, "card-5-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c5n", RFID, "card-6-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(5, "name"), RFID, "card-6-name", STRING, R, ADVANCED, text()), //
                row("c5e", RFID, "card-6-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(5, "energy"), RFID, "card-6-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c5i", RFID, "card-6-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(5, "cardId"), RFID, "card-6-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c6n", RFID, "card-7-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(6, "name"), RFID, "card-7-name", STRING, R, ADVANCED, text()), //
                row("c6e", RFID, "card-7-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(6, "energy"), RFID, "card-7-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c6i", RFID, "card-7-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(6, "cardId"), RFID, "card-7-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c7n", RFID, "card-8-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(7, "name"), RFID, "card-8-name", STRING, R, ADVANCED, text()), //
                row("c7e", RFID, "card-8-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(7, "energy"), RFID, "card-8-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c7i", RFID, "card-8-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(7, "cardId"), RFID, "card-8-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c8n", RFID, "card-9-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(8, "name"), RFID, "card-9-name", STRING, R, ADVANCED, text()), //
                row("c8e", RFID, "card-9-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(8, "energy"), RFID, "card-9-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c8i", RFID, "card-9-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(8, "cardId"), RFID, "card-9-learned", SWITCH, R, ADVANCED, onOff()), //
                row("c9n", RFID, "card-10-name", STRING, RW, ADVANCED, text()), //
                row("cards", elementField(9, "name"), RFID, "card-10-name", STRING, R, ADVANCED, text()), //
                row("c9e", RFID, "card-10-energy", NUMBER_ENERGY, R, ADVANCED, quantity(WATT_HOUR)), //
                row("cards", elementField(9, "energy"), RFID, "card-10-energy", NUMBER_ENERGY, R, ADVANCED, //
                        quantity(WATT_HOUR)), //
                row("c9i", RFID, "card-10-learned", SWITCH, R, ADVANCED, onOff()), //
                row("cards", elementField(9, "cardId"), RFID, "card-10-learned", SWITCH, R, ADVANCED, onOff()), //
                row("lri", RFID, "last-card-id", STRING, R, ADVANCED, idSuffix()), //
                row("lrc", RFID, "last-card-index", NUMBER, R, ADVANCED, number()), //
                row("lrr", RFID, "last-card-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("tsi", RFID, "transaction-card-id", STRING, R, ADVANCED, idSuffix()), //
                row("rde", RFID, "send-card-id", SWITCH, RW, ADVANCED, onOff()), //
                row("evt", RFID, "evcms-transaction", STRING, R, ADVANCED, text()), //
                // ocpp
                row("ocppe", OCPP, "ocpp-enabled", SWITCH, RW, BASIC, onOff()), //
                row("ocpps", OCPP, "ocpp-started", SWITCH, R, ADVANCED, onOff()), //
                row("ocppc", OCPP, "ocpp-connected", SWITCH, R, BASIC, onOff()), //
                row("ocppca", OCPP, "ocpp-connected-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("ocppa", OCPP, "ocpp-accepted", SWITCH, R, ADVANCED, onOff()), //
                row("ocppaa", OCPP, "ocpp-accepted-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("ocpple", OCPP, "ocpp-last-error", STRING, R, ADVANCED, text()), //
                row("ocpplea", OCPP, "ocpp-error-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("ocppcs", OCPP, "connector-status", NUMBER, R, BASIC, code(Codes.OCPP_CONNECTOR_STATUS)), //
                row("ocppti", OCPP, "transaction-id", NUMBER, RW, ADVANCED, //
                        ranged(wholeNumber(), -2147483648, 2147483647)), //
                row("ocppte", OCPP, "transaction-end-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("ocpph", OCPP, "heartbeat-interval", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("ocppi", OCPP, "meter-sample-interval", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("ocppai", OCPP, "clock-aligned-interval", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                // ocppfai: documented as W and int32; seconds like ocppai.
                row("ocppfai", OCPP, "factory-aligned-interval", NUMBER_TIME, W, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("ocppcm", OCPP, "meter-value-condition", NUMBER, RW, ADVANCED, code(Codes.OCPP_METER_CONDITION)), //
                row("ocppf", OCPP, "ocpp-fallback-current", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, //
                        ranged(wholeQuantity(AMPERE), 0, 255)), //
                // ocppff: no unit documented; a current in A like ocppf.
                row("ocppff", OCPP, "factory-fallback-current", NUMBER_ELECTRIC_CURRENT, R, ADVANCED, //
                        quantity(AMPERE)), //
                row("ocppg", OCPP, "ocpp-global-ca", SWITCH, RW, ADVANCED, onOff()), //
                row("ocppcn", OCPP, "ocpp-skip-cn-check", SWITCH, RW, ADVANCED, onOff()), //
                row("ocppss", OCPP, "ocpp-skip-verification", SWITCH, RW, ADVANCED, onOff()), //
                row("ocppr", OCPP, "rotate-phases", SWITCH, RW, ADVANCED, onOff()), //
                row("ocpprl", OCPP, "ocpp-remote-logging", SWITCH, RW, ADVANCED, onOff()), //
                row("ocppao", OCPP, "offline-unknown-cards", SWITCH, RW, ADVANCED, onOff()), //
                row("ocppla", OCPP, "local-auth-list", SWITCH, RW, ADVANCED, onOff()), //
                row("ocpplo", OCPP, "authorize-offline", SWITCH, RW, ADVANCED, onOff()), //
                row("ocpptt", OCPP, "tariff-text", STRING, RW, ADVANCED, text()), //
                row("orsch", OCPP, "same-card-to-stop", SWITCH, RW, ADVANCED, onOff()), //
                row("osr", OCPP, "stop-on-reboot", SWITCH, RW, ADVANCED, onOff()), //
                row("ocppdp", OCPP, "default-profiles", STRING, R, ADVANCED, json()), //
                row("ocppmp", OCPP, "max-profiles", STRING, R, ADVANCED, json()), //
                row("ocpptp", OCPP, "transaction-profiles", STRING, R, ADVANCED, json()), //
                // load-management
                row("loe", LOAD_MANAGEMENT, "load-balancing-enabled", SWITCH, RW, BASIC, onOff()), //
                row("log", LOAD_MANAGEMENT, "group-id", STRING, RW, ADVANCED, text()), //
                row("lot", LOAD_MANAGEMENT, "group-total-current", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, //
                        ranged(wholeQuantity(AMPERE), 0, 4294967295L)), //
                row("lof", LOAD_MANAGEMENT, "fallback-current", NUMBER_ELECTRIC_CURRENT, RW, ADVANCED, //
                        ranged(wholeQuantity(AMPERE), 0, 255)), //
                row("lop", LOAD_MANAGEMENT, "priority", NUMBER, RW, ADVANCED, ranged(wholeNumber(), 0, 65535)), //
                row("loty", LOAD_MANAGEMENT, "load-balancing-type", NUMBER, RW, ADVANCED, //
                        code(Codes.LOAD_BALANCING_TYPE)), //
                row("lopr", LOAD_MANAGEMENT, "load-balancing-protected", SWITCH, RW, ADVANCED, onOff()), //
                row("map", LOAD_MANAGEMENT, "phase-mapping", STRING, RW, ADVANCED, numberList()), //
                // ccd, ctrls: "legacy" values without documented layout (null in every capture): the JSON text.
                row("ccd", LOAD_MANAGEMENT, "controller-data", STRING, R, ADVANCED, json()), //
                row("ctrls", LOAD_MANAGEMENT, "found-controllers", STRING, R, ADVANCED, json()), //
                row("cmse", LOAD_MANAGEMENT, "controller-search", SWITCH, R, ADVANCED, onOff()), //
                row("cmmr", LOAD_MANAGEMENT, "controller-max-results", NUMBER, R, ADVANCED, number()), //
                row("cmp", LOAD_MANAGEMENT, "controller-protocol", STRING, R, ADVANCED, text()), //
                row("cms", LOAD_MANAGEMENT, "controller-service", STRING, R, ADVANCED, text()), //
                // scheduler
                // sch_week: an object with control and time ranges; control in its own channel, the whole as JSON
                // (writable).
                row("sch_week", field("control"), SCHEDULER, "weekday-mode", NUMBER, R, BASIC, //
                        code(Codes.SCHEDULE_MODE)), //
                row("sch_week", SCHEDULER, "weekday-schedule", STRING, RW, ADVANCED, writableJsonObject()), //
                row("sch_satur", field("control"), SCHEDULER, "saturday-mode", NUMBER, R, BASIC, //
                        code(Codes.SCHEDULE_MODE)), //
                row("sch_satur", SCHEDULER, "saturday-schedule", STRING, RW, ADVANCED, writableJsonObject()), //
                row("sch_sund", field("control"), SCHEDULER, "sunday-mode", NUMBER, R, BASIC, //
                        code(Codes.SCHEDULE_MODE)), //
                row("sch_sund", SCHEDULER, "sunday-schedule", STRING, RW, ADVANCED, writableJsonObject()), //
                // rd*: random delays in s; rd*e: when the running delay ends (ms since boot). The docs let null abort a
                // running delay; that is left to the app, read only here.
                row("rdbs", SCHEDULER, "schedule-start-delay", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("rdbse", SCHEDULER, "schedule-start-delay-end", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("rdes", SCHEDULER, "schedule-stop-delay", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("rdese", SCHEDULER, "schedule-stop-delay-end", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("rdbf", SCHEDULER, "tariff-start-delay", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("rdbfe", SCHEDULER, "tariff-start-delay-end", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("rdef", SCHEDULER, "tariff-stop-delay", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("rdefe", SCHEDULER, "tariff-stop-delay-end", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("rdpl", SCHEDULER, "plug-in-delay", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("rdple", SCHEDULER, "plug-in-delay-end", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("rdre", SCHEDULER, "reconnection-delay", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                row("rdree", SCHEDULER, "reconnection-delay-end", DATE_TIME, R, ADVANCED, sinceBoot()), //
                // network
                row("cwe", NETWORK, "cloud-websocket", SWITCH, RW, ADVANCED, onOff()), //
                row("cle", NETWORK, "cloud-last-error", STRING, R, ADVANCED, text()), //
                row("clea", NETWORK, "cloud-error-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("wda", NETWORK, "hotspot-off-with-cloud", SWITCH, RW, ADVANCED, onOff()), //
                row("hsa", NETWORK, "http-authentication", SWITCH, RW, ADVANCED, onOff()), //
                row("host", NETWORK, "host-name", STRING, R, ADVANCED, text()), //
                row("nif", NETWORK, "default-route", STRING, R, ADVANCED, text()), //
                row("wcb", NETWORK, "wifi-mac", STRING, R, ADVANCED, text()), //
                row("wfb", NETWORK, "failed-access-points", STRING, R, ADVANCED, json()), //
                row("wpb", NETWORK, "planned-access-points", STRING, R, ADVANCED, json()), //
                row("wsc", NETWORK, "wifi-error-count", NUMBER, R, ADVANCED, number()), //
                row("wsm", NETWORK, "wifi-error", STRING, R, ADVANCED, text()), //
                row("wsl", NETWORK, "wifi-error-log", STRING, R, ADVANCED, json()), //
                row("wsms", NETWORK, "wifi-state", NUMBER, R, ADVANCED, code(Codes.WIFI_STATE)), //
                row("wbw", NETWORK, "wifi-bandwidth", NUMBER, R, ADVANCED, code(Codes.WIFI_BANDWIDTH)), //
                row("wat", NETWORK, "wifi-antenna", NUMBER, R, ADVANCED, code(Codes.WIFI_ANTENNA)), //
                row("scan", NETWORK, "wifi-scan", STRING, R, ADVANCED, json()), //
                row("scaa", NETWORK, "wifi-scan-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("mia", NETWORK, "modem-ip-address", STRING, R, ADVANCED, json()), //
                row("cce", NETWORK, "ethernet-connection", STRING, R, ADVANCED, json()), //
                // led
                row("led", LED, "led-animation", STRING, R, ADVANCED, json()), //
                row("lse", LED, "led-energy-saving", SWITCH, RW, ADVANCED, onOff()), //
                row("nld", LED, "led-count", NUMBER, R, ADVANCED, number()), //
                // t0h, t0l, t1h, t1l: no type documented; whole numbers as the LED driver takes them.
                row("t0h", LED, "led-timing-t0h", NUMBER, RW, ADVANCED, wholeNumber()), //
                row("t0l", LED, "led-timing-t0l", NUMBER, RW, ADVANCED, wholeNumber()), //
                row("t1h", LED, "led-timing-t1h", NUMBER, RW, ADVANCED, wholeNumber()), //
                row("t1l", LED, "led-timing-t1l", NUMBER, RW, ADVANCED, wholeNumber()), //
                // grid-protection
                row("gmtr", GRID, "reconnect-time", NUMBER_TIME, RW, ADVANCED, //
                        ranged(wholeQuantity(SECOND), 0, 2147483647)), //
                // gsa, rsa: R/W in the docs; timestamps of the charger's own logic, read only here.
                row("gsa", GRID, "grid-failure-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("rmaf", GRID, "reconnect-max-frequency", NUMBER_FREQUENCY, RW, ADVANCED, quantity(HERTZ)), //
                row("rmif", GRID, "reconnect-min-frequency", NUMBER_FREQUENCY, RW, ADVANCED, quantity(HERTZ)), //
                row("rmav", GRID, "reconnect-max-voltage", NUMBER_ELECTRIC_POTENTIAL, RW, ADVANCED, quantity(VOLT)), //
                row("rmiv", GRID, "reconnect-min-voltage", NUMBER_ELECTRIC_POTENTIAL, RW, ADVANCED, quantity(VOLT)), //
                row("rsre", GRID, "ramp-up-enabled", SWITCH, RW, ADVANCED, onOff()), //
                // rsrr: %/s has no openHAB unit, so a plain Number (percent per second).
                row("rsrr", GRID, "ramp-up-rate", NUMBER, RW, ADVANCED, number()), //
                row("rsa", GRID, "ramp-up-start-time", DATE_TIME, R, ADVANCED, sinceBoot()), //
                row("fse", GRID, "failsafe-enabled", SWITCH, R, ADVANCED, onOff()), //
                // fsi, fsc: no unit documented, so plain Numbers.
                row("fsi", GRID, "failsafe-limit", NUMBER, R, ADVANCED, number()), //
                row("fsc", GRID, "failsafe-countdown", NUMBER, R, ADVANCED, number()), //
                // inverter data: written by the PV feed from the pv#*-input channels, never shown
                KeyRow.hidden("ids"), //
                // secrets: credentials and identifiers (docs/catalog.md, "Secrets"); mcu (mqtt), dll (device),
                // lri and tsi (rfid) are masked in their rows above; mck, mqcc, msc (mqtt) are write only.
                // Never shown: controllerCloudKey, the cloud's grafana token, the hotspot key of early firmware
                // and its factory value.
                KeyRow.hidden("pco"), //
                KeyRow.hidden("data"), //
                KeyRow.hidden("wak"), //
                KeyRow.hidden("facwak"), //
                row("ocppu", CREDENTIALS, "ocpp-backend-url", STRING, RW, ADVANCED, maskedUrl()), //
                row("ocppcc", CREDENTIALS, "ocpp-client-certificate", STRING, RW, ADVANCED, presence()), //
                row("ocppck", CREDENTIALS, "ocpp-client-key", STRING, RW, ADVANCED, presence()), //
                row("ocppsc", CREDENTIALS, "ocpp-server-certificate", STRING, RW, ADVANCED, presence()), //
                // ocppd: the id tag the charger sends to the OCPP backend when no card was used
                row("ocppd", CREDENTIALS, "ocpp-dummy-card", STRING, RW, ADVANCED, idSuffix()), //
                // wifis: R/W in the docs; read only here: a wrong write cuts the charger off its network (and
                // this binding with it), and the masked keys sent back would overwrite the real ones
                row("wifis", CREDENTIALS, "wifi-networks", STRING, R, ADVANCED, maskedJson()));
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
