/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.controller;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.tools.simulator.JsonValues;
import org.openhab.binding.goemqtt.tools.simulator.PublishedKeys;
import org.openhab.binding.goemqtt.tools.simulator.SetAnswer;
import org.openhab.binding.goemqtt.tools.simulator.WriteRules;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The keys of one simulated controller without any MQTT, and their {@code /set} logic. Categories (16: Home, Grid,
 * Car, Relais, Solar, Akku and ten custom ones, of which the first is named "Heat Pump" and the rest unused, null):
 * {@code ccn} names, {@code ccp} power in W, {@code cec} energy {@code [in, out]} in Wh, {@code cpc} currents
 * {@code [L1, L2, L3, N]} in A; one voltage sensor ({@code usv}: {@code u1}, {@code u2}, {@code u3}, {@code uN} in
 * V, named in {@code usn}); six current sensors ({@code isv}: {@code i} A, {@code p} W, {@code f} power factor,
 * named in {@code isn}); brightness {@code bri}; the device, Wi-Fi, cloud, MQTT and time keys the charger has too.
 * The documentation lists the keys without their shapes: these shapes are this simulator's reading of it. Not
 * thread-safe: {@link SimulatedController} serialises all calls.
 */
@NonNullByDefault
public final class ControllerModel {

    static final int CATEGORIES = 16;
    static final int SENSORS = 6;
    /** Indexes of the fixed categories in {@code ccn}, {@code ccp}, {@code cec} and {@code cpc}. */
    public static final int HOME = 0, GRID = 1, CAR = 2, RELAIS = 3, SOLAR = 4, AKKU = 5, HEAT_PUMP = 6;
    static final String FIRMWARE = "1.2.1";
    private static final double VOLTS = 230;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS xxx");

    private final ZoneId zone;
    private final HouseMeter meter;
    private final PublishedKeys values = new PublishedKeys();
    private final double[][] energy = new double[CATEGORIES][2];
    private long rbt = 1_234_567;

    public ControllerModel(String serial, Instant start, ZoneId zone, long seed) {
        this.zone = zone;
        this.meter = new HouseMeter(start, zone, seed);
        String[] constants = { "sse", quote(serial), "typ", "\"controller\"", "oem", "\"go-e\"", "fwv",
                quote(FIRMWARE), "fna", quote("go-eController_" + serial), "rbc", "12", "tof", "60", "tds", "1",
                "tse", "true", "tsss", "1", "wst", "3", "wsms", "3", "rssi", "-61", "ccw",
                "{\"ssid\":\"My WiFi\",\"channel\":6}", "wifis", "[{\"ssid\":\"My WiFi\",\"key\":\"********\"},{}]",
                "host", quote("go-econtroller-" + serial), "wda", "false", "cwe", "true", "cle", "null", "clea",
                "null", "hai", "true", "men", "false", "msp", "502", "msb", "false", "msr", "false", "mce", "true",
                "mcu", "\"mqtt://sim-user:sim-password@127.0.0.1:1883\"", "mcr", "false", "mtp", "null", "mcs",
                "true", "mcc", "true", "mcca", "0", "mlr", "null", "mlra", "null", "mece", "false", "mecu", "\"\"",
                "awc", "0", "awp", "10", "usn", "[\"Main\"]", "isn",
                "[\"Grid L1\",\"Grid L2\",\"Grid L3\",\"Solar\",\"Akku\",\"Car\"]", "ips", "[0,1,2,0,0,0]", "iim",
                "[false,false,false,false,false,false]", "ccn", "[\"Home\",\"Grid\",\"Car\",\"Relais\",\"Solar\","
                        + "\"Akku\",\"Heat Pump\",null,null,null,null,null,null,null,null,null]", "ccf", factors() };
        for (int i = 0; i < constants.length; i += 2) {
            values.set(constants[i], JsonParser.parseString(constants[i + 1]));
        }
        values.set("ccp", JsonValues.nullValue());
        for (String measured : new String[] { "cec", "cpc", "isv", "usv", "bri", "utc", "loc", "rbt" }) {
            values.set(measured, JsonValues.nullValue());
        }
        update(0, Duration.ZERO);
        values.clearChanges();
    }

    /** Per current sensor (Grid L1-L3, Solar, Akku, Car) its factor per category: Home = grid + pv + akku - car. */
    private static String factors() {
        JsonArray all = new JsonArray();
        int[][] uses = { { GRID, HOME }, { GRID, HOME }, { GRID, HOME }, { SOLAR, HOME }, { AKKU, HOME }, { CAR } };
        for (int sensor = 0; sensor < SENSORS; sensor++) {
            JsonArray row = new JsonArray();
            for (int category = 0; category < CATEGORIES; category++) {
                row.add(0);
            }
            for (int category : uses[sensor]) {
                row.set(category, new JsonPrimitive(1));
            }
            if (sensor == 5) {
                row.set(HOME, new JsonPrimitive(-1));
            }
            all.add(row);
        }
        return all.toString();
    }

    private static String quote(String text) {
        return JsonValues.toJson(new JsonPrimitive(text));
    }

    /** Moves time on with the chargers' present power (W): energies grow, every measured key follows. */
    public void tick(Duration elapsed, double carPower) {
        update(carPower, elapsed);
    }

    private void update(double carPower, Duration elapsed) {
        meter.update(carPower, elapsed);
        rbt += elapsed.toMillis();
        double[] power = new double[CATEGORIES];
        power[HOME] = round(meter.house());
        power[CAR] = round(meter.car());
        power[SOLAR] = round(meter.pv());
        power[AKKU] = round(meter.battery());
        power[HEAT_PUMP] = round(meter.heatPump());
        power[GRID] = power[HOME] + power[CAR] - power[SOLAR] - power[AKKU];
        double hours = elapsed.toMillis() / 3_600_000.0;
        JsonArray ccp = new JsonArray();
        JsonArray cec = new JsonArray();
        JsonArray cpc = new JsonArray();
        JsonArray names = array("ccn");
        for (int category = 0; category < CATEGORIES; category++) {
            if (category >= names.size() || names.get(category).isJsonNull()) {
                ccp.add(JsonValues.nullValue());
                cec.add(JsonValues.nullValue());
                cpc.add(JsonValues.nullValue());
                continue;
            }
            energy[category][power[category] >= 0 ? 0 : 1] += Math.abs(power[category]) * hours;
            ccp.add(JsonValues.number(power[category], 1));
            JsonArray pair = new JsonArray();
            pair.add(JsonValues.number(energy[category][0], 3));
            pair.add(JsonValues.number(energy[category][1], 3));
            cec.add(pair);
            JsonArray currents = new JsonArray();
            double perPhase = power[category] / 3 / VOLTS;
            for (int phase = 0; phase < 3; phase++) {
                currents.add(JsonValues.number(perPhase, 2));
            }
            currents.add(0);
            cpc.add(currents);
        }
        put("ccp", ccp);
        put("cec", cec);
        put("cpc", cpc);
        put("isv", sensors(power));
        JsonObject usv = new JsonObject();
        usv.add("u1", JsonValues.number(VOLTS + 1.2 - power[GRID] / 5000, 1));
        usv.add("u2", JsonValues.number(VOLTS + 0.4 - power[GRID] / 5000, 1));
        usv.add("u3", JsonValues.number(VOLTS - 0.7 - power[GRID] / 5000, 1));
        usv.add("uN", JsonValues.number(0.3, 1));
        JsonArray voltage = new JsonArray();
        voltage.add(usv);
        put("usv", voltage);
        put("bri", JsonValues.number(meter.pv() / HouseMeter.PV_PEAK_W * 60_000, 0));
        Instant now = meter.now();
        put("utc", new JsonPrimitive(UTC.format(now)));
        put("loc", new JsonPrimitive(LOCAL.format(now.atZone(zone))));
        put("rbt", new JsonPrimitive(rbt));
    }

    /** The six clamps: the grid per phase, PV, battery and the car, with a plausible power factor. */
    private static JsonArray sensors(double[] power) {
        double[] watts = { power[GRID] / 3, power[GRID] / 3, power[GRID] / 3, power[SOLAR], power[AKKU],
                power[CAR] };
        JsonArray all = new JsonArray();
        for (double w : watts) {
            JsonObject sensor = new JsonObject();
            sensor.add("i", JsonValues.number(Math.abs(w) / VOLTS, 2));
            sensor.add("p", JsonValues.number(w, 1));
            sensor.add("f", JsonValues.number(w == 0 ? 0 : 0.97, 2));
            all.add(sensor);
        }
        return all;
    }

    /** Handles {@code <base><key>/set} as a charger's firmware does ({@code /result} answers, {@code mcr}). */
    public SetAnswer handleSet(String key, String payload) {
        if (JsonValues.asBoolean(values.peek("mcr"), false)) {
            return new SetAnswer(SetAnswer.Outcome.IGNORED, "MQTT writes are off (mcr=true)", false);
        }
        JsonElement value;
        try {
            value = JsonValues.parse(payload);
        } catch (JsonValues.InvalidJsonException e) {
            return rejected(WriteRules.invalidJson(e.errorName(), payload));
        }
        if (!values.has(key)) {
            return rejected(WriteRules.unknownKey(key, payload));
        }
        String problem = ControllerWrites.settable(key) ? ControllerWrites.check(key, value, payload)
                : WriteRules.withoutSetter(key, payload);
        if (problem != null) {
            return rejected(problem);
        }
        JsonElement current = values.peek(key);
        JsonElement next = current != null && value.isJsonArray() ? ControllerWrites.merge(current, value)
                : value.deepCopy();
        values.set(key, next);
        if ("ccn".equals(key)) {
            update(meter.car(), Duration.ZERO); // a category named or unnamed comes or goes in ccp, cec, cpc
        }
        return new SetAnswer(SetAnswer.Outcome.ACCEPTED, "success", true);
    }

    private static SetAnswer rejected(String text) {
        return new SetAnswer(SetAnswer.Outcome.REJECTED, text, true);
    }

    /** Uses a fixed PV production instead of the sun (NaN: the sun again). */
    public void setPv(double watts) {
        meter.setPv(watts);
    }

    /** Sets the battery's state of charge, 0 to 1. */
    public void setBatteryCharge(double fraction) {
        meter.setBatteryCharge(fraction);
    }

    /** A category's power in W as last published (0 for an unused category). */
    public double categoryPower(int category) {
        return JsonValues.asDouble(array("ccp").get(category), 0);
    }

    /** The JSON of a key's current value, or {@code null} when the controller has no such key. */
    public @Nullable String getValue(String key) {
        JsonElement value = values.peek(key);
        return value == null ? null : JsonValues.toJson(value);
    }

    /** Every key with its current value, in the order of the retained burst. */
    public Map<String, JsonElement> snapshot() {
        return values.snapshot();
    }

    /** The keys changed since the last call (a set value even when unchanged: its echo), with their values. */
    public Map<String, JsonElement> drainChanges() {
        return values.drainChanges();
    }

    private void put(String key, JsonElement value) {
        values.update(key, value);
    }

    private JsonArray array(String key) {
        JsonElement value = values.peek(key);
        return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
    }

    private static double round(double watts) {
        return Math.round(watts * 10) / 10.0;
    }
}
