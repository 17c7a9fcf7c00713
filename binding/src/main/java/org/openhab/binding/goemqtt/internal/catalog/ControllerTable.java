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
import static org.openhab.core.library.unit.Units.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels.Slot;

/**
 * The go-e Controller's key table: the rows of the charger's table for the keys both devices publish with the same
 * meaning (device, Wi-Fi, cloud, MQTT, time, Modbus, tariff: {@link #SHARED_KEYS}, the very rows of the charger's
 * catalog, not copies), and rows of its own for the meter: categories, sensors, voltages, brightness and their settings.
 * The controller's documents give no units; as the task of the table says, its values are in W, Wh, A and V as
 * the charger's are.
 */
@NonNullByDefault
final class ControllerTable {

    /**
     * Keys of the controller's table that the charger's table has with the same meaning. {@code mmp} is left out:
     * the charger's is the maximum measured power, the controller's the Modbus master port (a row of its own here).
     */
    static final Set<String> SHARED_KEYS = Set.of( //
            // device and time
            "fwv", "typ", "oem", "sse", "fna", "rbc", "rbt", "utc", "loc", "tse", "tsss", "tof", "tds", "ocu", "dll",
            "data", "rssi", "ccw", "dns", "wst", "lwf", //
            // Wi-Fi and network
            "scan", "scaa", "wsc", "wsm", "wsl", "wsms", "wfb", "wcb", "wpb", "nif", "cce", "host", "wda", "hsa",
            "wifis", //
            // cloud
            "cwe", "cle", "clea", //
            // MQTT
            "mce", "mcu", "mcr", "mtp", "mqg", "mqcn", "mqss", "mcs", "mcc", "mcca", "mlr", "mlra", //
            // HTTP and Modbus slave
            "hai", "men", "msp", "msb", "msr", //
            // flexible tariff
            "awc", "awp", "awcp", "awpl");

    /**
     * The array keys whose rows select elements by index, and how many elements have rows: categories, current
     * sensors, and the first voltage sensor (the meter has one set of voltage inputs). A value with more goes whole
     * to the key's raw channel as well ({@link Catalog#Catalog(List, Map)}).
     */
    static final Map<String, Integer> ELEMENTS_WITH_ROWS = Map.of("ccp", Slot.CATEGORY.count(), "cec",
            Slot.CATEGORY.count(), "cpc", Slot.CATEGORY.count(), "isv", Slot.SENSOR.count(), "usv", 1);

    private static final boolean BASIC = false;
    private static final boolean ADVANCED = true;
    private static final String NUMBER = "Number";
    private static final String STRING = "String";
    private static final String SWITCH = "Switch";
    private static final String VOLTAGE = "Number:ElectricPotential";

    private ControllerTable() {
    }

    /** The controller's rows: those of {@code chargerRows} (the charger's catalog) for the shared keys, then its own. */
    static List<KeyRow> rows(List<KeyRow> chargerRows) {
        List<KeyRow> rows = new ArrayList<>();
        chargerRows.stream().filter(row -> SHARED_KEYS.contains(row.key())).forEach(rows::add);
        rows.addAll(List.of( //
                // meter: usv is an array of voltage sensors, each an object of L1, L2, L3 and N; the first one
                row("usv", elementField(0, "u1"), METER, "voltage-l1", VOLTAGE, R, BASIC, quantity(VOLT)), //
                row("usv", elementField(0, "u2"), METER, "voltage-l2", VOLTAGE, R, BASIC, quantity(VOLT)), //
                row("usv", elementField(0, "u3"), METER, "voltage-l3", VOLTAGE, R, BASIC, quantity(VOLT)), //
                row("usv", elementField(0, "uN"), METER, "voltage-n", VOLTAGE, R, BASIC, quantity(VOLT)), //
                // bri: no unit documented (a raw sensor reading), so a plain Number.
                row("bri", WHOLE, METER, "brightness", NUMBER, R, BASIC, number()), //
                row("mecd", WHOLE, METER, "mecmeter-data", STRING, R, ADVANCED, json()), //
                // meter-settings
                row("ccn", WHOLE, METER_SETTINGS, "category-names", STRING, RW, ADVANCED, writableJsonArray()), //
                row("ccf", WHOLE, METER_SETTINGS, "category-factors", STRING, RW, ADVANCED, writableJsonArray()), //
                row("usn", WHOLE, METER_SETTINGS, "voltage-sensor-names", STRING, R, ADVANCED, json()), //
                row("isn", WHOLE, METER_SETTINGS, "current-sensor-names", STRING, R, ADVANCED, json()), //
                row("ips", WHOLE, METER_SETTINGS, "sensor-phases", STRING, RW, ADVANCED, numberList()), //
                row("iim", WHOLE, METER_SETTINGS, "sensor-inversion", STRING, RW, ADVANCED, writableJsonArray()), //
                row("mece", WHOLE, METER_SETTINGS, "mecmeter-enabled", SWITCH, RW, ADVANCED, onOff()), //
                row("mecu", WHOLE, METER_SETTINGS, "mecmeter-url", STRING, RW, ADVANCED, maskedUrl()), //
                row("mecf", WHOLE, METER_SETTINGS, "mecmeter-factors", STRING, RW, ADVANCED, writableJsonArray()), //
                row("mme", WHOLE, METER_SETTINGS, "modbus-master-enabled", SWITCH, RW, ADVANCED, onOff()), //
                row("mmh", WHOLE, METER_SETTINGS, "modbus-master-host", STRING, RW, ADVANCED, text()), //
                row("mmp", WHOLE, METER_SETTINGS, "modbus-master-port", NUMBER, RW, ADVANCED, //
                        ranged(wholeNumber(), 0, 65535))));
        for (int i = 0; i < Slot.CATEGORY.count(); i++) {
            // ccp: W per category; cec: [energy in, energy out] in Wh; cpc: [L1, L2, L3, N] in A
            rows.add(slot(Slot.CATEGORY, i, "power", "ccp", index(i), quantity(WATT)));
            rows.add(slot(Slot.CATEGORY, i, "energy-in", "cec", elementIndex(i, 0), quantity(WATT_HOUR)));
            rows.add(slot(Slot.CATEGORY, i, "energy-out", "cec", elementIndex(i, 1), quantity(WATT_HOUR)));
            rows.add(slot(Slot.CATEGORY, i, "current-l1", "cpc", elementIndex(i, 0), quantity(AMPERE)));
            rows.add(slot(Slot.CATEGORY, i, "current-l2", "cpc", elementIndex(i, 1), quantity(AMPERE)));
            rows.add(slot(Slot.CATEGORY, i, "current-l3", "cpc", elementIndex(i, 2), quantity(AMPERE)));
            rows.add(slot(Slot.CATEGORY, i, "current-n", "cpc", elementIndex(i, 3), quantity(AMPERE)));
        }
        for (int i = 0; i < Slot.SENSOR.count(); i++) {
            // isv: one object per current sensor, i (A), p (W), f (power factor 0 to 1, as the Modbus profile says)
            rows.add(slot(Slot.SENSOR, i, "current", "isv", elementField(i, "i"), quantity(AMPERE)));
            rows.add(slot(Slot.SENSOR, i, "power", "isv", elementField(i, "p"), quantity(WATT)));
            rows.add(slot(Slot.SENSOR, i, "power-factor", "isv", elementField(i, "f"), quantity(ONE)));
        }
        return rows;
    }

    private static KeyRow slot(Slot slot, int index, String part, String key, Selector selector, Codec codec) {
        String channel = ControllerChannels.channelId(slot, index, part);
        String itemType = ControllerChannels.channels(slot, index).stream()
                .filter(c -> c.channel().endsWith("#" + channel)).findFirst().orElseThrow().itemType();
        return new KeyRow(key, selector, slot.group(), channel, itemType, R, BASIC, codec);
    }

    private static KeyRow row(String key, Selector selector, ChannelGroup group, String channel, String itemType,
            Access access, boolean advanced, Codec codec) {
        return new KeyRow(key, selector, group, channel, itemType, access, advanced, codec);
    }
}
