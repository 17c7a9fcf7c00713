/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The charging logic and the measured values of a simulated charger, simple enough to predict and close enough
 * for rules: {@code car} 1/3/2/4/5, {@code alw} from {@code frc} and {@code err}, the current from {@code amp},
 * {@code ama}, {@code tcl} and, with {@code fup} and fresh {@code ids}, from the surplus; the phases from
 * {@code psm}; {@code nrg}, {@code wh}, {@code eto} and the fast keys ({@code utc}, {@code loc}, {@code rbt},
 * {@code fhz}, {@code rssi}, {@code tma}).
 *
 * <p>
 * {@code nrg} as the captures show it: volts as integers (the capture's voltages ±1 V), amperes and watts with two
 * decimals, power factor in whole percent; a phase carries current only while charging. The car draws 99-100 %
 * of the allowed current at a power factor of 98-100 %.
 */
@NonNullByDefault
final class ChargerPhysics {

    /** The nominal phase voltage the surplus logic divides by. */
    static final double NOMINAL_VOLTS = 230;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS xxx");

    private final ChargerModel model;
    private final ZoneId zone;
    private final Random random;
    private final double[] baseVolts = { 230, 230, 230, 0 };
    private final double[] volts = new double[4];
    private final double[] ambient = new double[2];
    private final double[] temperature = new double[2];
    private Instant now;
    private long rbt;
    private double sessionWh;
    private double totalWh;
    private long chargingMillis;
    private double power;
    private double averagePower;
    private int surplusAmps = 6;
    private int surplusPhases = 3;

    ChargerPhysics(ChargerModel model, Instant start, ZoneId zone, long seed) {
        this.model = model;
        this.zone = zone;
        this.random = new Random(seed);
        this.now = start;
        this.rbt = (long) JsonValues.asDouble(model.peek("rbt"), 0);
        this.totalWh = JsonValues.asDouble(model.peek("eto"), 0);
        JsonElement nrg = model.peek("nrg");
        for (int i = 0; i < 4; i++) {
            if (nrg != null && nrg.isJsonArray() && nrg.getAsJsonArray().size() > i) {
                baseVolts[i] = JsonValues.asDouble(nrg.getAsJsonArray().get(i), baseVolts[i]);
            }
            volts[i] = baseVolts[i];
        }
        JsonElement tma = model.peek("tma");
        for (int i = 0; i < 2; i++) {
            ambient[i] = tma != null && tma.isJsonArray() && tma.getAsJsonArray().size() > i
                    ? JsonValues.asDouble(tma.getAsJsonArray().get(i), 20)
                    : 20;
            temperature[i] = ambient[i];
        }
        model.put("tab", new JsonPrimitive(start.toEpochMilli() - rbt));
    }

    Instant now() {
        return now;
    }

    /** Moves time on; the energy of the power that flowed meanwhile is counted. */
    void advance(Duration elapsed) {
        now = now.plus(elapsed);
        rbt += elapsed.toMillis();
        double hours = elapsed.toMillis() / 3_600_000.0;
        sessionWh += power * hours;
        totalWh += power * hours;
        if (power > 0) {
            chargingMillis += elapsed.toMillis();
        }
        double seconds = elapsed.toMillis() / 1000.0;
        averagePower += (power - averagePower) * Math.min(1, seconds / 30);
        if (seconds > 0) {
            // the clock keys first, as the captured live updates start with utc, loc, rbt
            updateClock();
            wobble(seconds);
        }
    }

    private void updateClock() {
        model.put("utc", new JsonPrimitive(UTC.format(now)));
        model.put("loc", new JsonPrimitive(LOCAL.format(now.atZone(zone))));
        model.put("rbt", new JsonPrimitive(rbt));
    }

    /** A car was plugged in: a new session, {@code car} 3 until the next update. */
    void sessionStarted() {
        sessionWh = 0;
        chargingMillis = 0;
        model.put("car", new JsonPrimitive(3));
        model.put("lccfi", new JsonPrimitive(rbt));
        model.put("wh", new JsonPrimitive(0));
    }

    /** PV-surplus values arrived ({@code ids}): choose current and phases for the surplus they show. */
    void surplusReported(JsonObject ids) {
        model.put("pgrid", numberOrNull(ids.get("pGrid")));
        model.put("ppv", numberOrNull(ids.get("pPv")));
        model.put("pakku", numberOrNull(ids.get("pAkku")));
        double available = -JsonValues.asDouble(ids.get("pGrid"), 0) + power;
        int mode = psm();
        surplusPhases = mode == 1 ? 1
                : mode == 2 ? 3 : available >= JsonValues.asDouble(model.peek("spl3"), 4200) ? 3 : 1;
        int amps = (int) Math.floor(available / (NOMINAL_VOLTS * surplusPhases));
        surplusAmps = Math.max(6, Math.min(amps, intValue("amp", 16)));
    }

    /** Recomputes every derived value for the current time and settings. */
    void update(Duration elapsed) {
        int forceState = intValue("frc", 0);
        int error = model.error();
        boolean allowed = error == 0 && forceState != 1;
        boolean surplus = forceState == 0 && JsonValues.asBoolean(model.peek("fup"), false) && model.surplusFresh();
        int phases = phases(surplus);
        int amps = amps(surplus);
        int car = !model.isPlugged() ? 1 : error != 0 ? 5 : allowed ? 2 : sessionWh > 0 ? 4 : 3;
        carChanged(intValue("car", 1), car);
        boolean charging = car == 2;
        model.put("car", new JsonPrimitive(car));
        model.put("err", new JsonPrimitive(error));
        model.put("alw", new JsonPrimitive(allowed));
        model.put("acu", new JsonPrimitive(allowed ? amps : 0));
        int status = error != 0 ? 26 : forceState == 1 ? 4 : forceState == 2 ? 3 : surplus ? 12 : 15;
        if (intValue("modelStatus", status) != status) {
            model.put("lmsc", new JsonPrimitive(rbt));
        }
        model.put("modelStatus", new JsonPrimitive(status));
        model.put("nrg", energyArray(charging, amps, phases, !elapsed.isZero()));
        JsonArray pha = new JsonArray();
        for (int i = 0; i < 6; i++) {
            pha.add(i >= 3 || (charging && i < phases));
        }
        model.put("pha", pha);
        model.put("fsp", new JsonPrimitive(phases == 1));
        model.put("wh", JsonValues.number(sessionWh, 3));
        model.put("eto", new JsonPrimitive((long) Math.floor(totalWh)));
        model.put("tpa", JsonValues.number(averagePower, 1));
        updateObjects();
        updateClock();
    }

    private void carChanged(int from, int to) {
        if (from == to) {
            return;
        }
        if (from == 1) {
            model.put("lccfi", new JsonPrimitive(rbt));
        }
        if (to == 2) {
            model.put("lcctc", new JsonPrimitive(rbt));
        }
        if (from == 2) {
            model.put("lccfc", new JsonPrimitive(rbt));
        }
    }

    private int phases(boolean surplus) {
        int mode = psm();
        return mode == 1 ? 1 : mode == 2 ? 3 : surplus ? surplusPhases : 3;
    }

    private int psm() {
        return intValue("psm", 0);
    }

    private int amps(boolean surplus) {
        int cap = Math.min(intValue("amp", 16), intValue("ama", 32));
        if (JsonValues.asBoolean(model.peek("adi"), false)) {
            cap = Math.min(cap, 16);
        }
        JsonElement tcl = model.peek("tcl");
        if (tcl != null && !tcl.isJsonNull()) {
            cap = Math.min(cap, (int) JsonValues.asDouble(tcl, cap));
        }
        return surplus ? Math.min(surplusAmps, cap) : cap;
    }

    private JsonArray energyArray(boolean charging, int amps, int phases, boolean fresh) {
        double[] current = new double[3];
        double[] watts = new double[3];
        int[] factor = new int[3];
        double total = 0;
        for (int i = 0; i < 3; i++) {
            if (charging && i < phases) {
                current[i] = round2(amps * (0.99 + 0.01 * (fresh ? random.nextDouble() : 1)));
                factor[i] = fresh ? 98 + random.nextInt(3) : 100;
                watts[i] = round2(volts[i] * current[i] * factor[i] / 100);
                total += watts[i];
            }
        }
        power = round2(total);
        JsonArray nrg = new JsonArray();
        for (int i = 0; i < 4; i++) {
            nrg.add(JsonValues.number(volts[i], 0));
        }
        for (double a : current) {
            nrg.add(JsonValues.number(a, 2));
        }
        for (double w : watts) {
            nrg.add(JsonValues.number(w, 2));
        }
        nrg.add(0);
        nrg.add(JsonValues.number(power, 2));
        for (int pf : factor) {
            nrg.add(pf);
        }
        nrg.add(0);
        return nrg;
    }

    /** The values that only drift: mains voltage and frequency, signal strength, temperatures. */
    private void wobble(double seconds) {
        for (int i = 0; i < 3; i++) {
            volts[i] = baseVolts[i] + random.nextInt(3) - 1;
        }
        double frequency = 50 + random.nextGaussian() * 0.07;
        model.put("fhz", JsonValues.number(frequency, 3));
        JsonElement average = model.peek("avgfhz");
        double previous = JsonValues.asDouble(average, 50);
        model.put("avgfhz", JsonValues.number(previous + (frequency - previous) * 0.1, 7));
        JsonElement rssi = model.peek("rssi");
        if (rssi != null && !rssi.isJsonNull() && random.nextInt(5) == 0) {
            int next = (int) rssi.getAsDouble() + (random.nextBoolean() ? 1 : -1);
            model.put("rssi", new JsonPrimitive(Math.max(-75, Math.min(-40, next))));
        }
        double heat = power / 1000;
        JsonArray tma = new JsonArray();
        for (int i = 0; i < 2; i++) {
            double target = ambient[i] + heat * (i + 1);
            temperature[i] += (target - temperature[i]) * Math.min(1, seconds / 300);
            tma.add(JsonValues.number(Math.round(temperature[i] * 8) / 8.0, 3));
        }
        model.put("tma", tma);
    }

    private void updateObjects() {
        JsonElement cdi = model.peek("cdi");
        if (cdi != null && cdi.isJsonObject()) {
            JsonObject next = cdi.getAsJsonObject().deepCopy();
            next.addProperty("type", 1);
            next.addProperty("value", chargingMillis);
            model.put("cdi", next);
        }
        JsonElement cll = model.peek("cll");
        if (cll != null && cll.isJsonObject()) {
            JsonObject next = cll.getAsJsonObject().deepCopy();
            next.addProperty("requestedCurrent", intValue("amp", 16));
            model.put("cll", next);
        }
    }

    private int intValue(String key, int fallback) {
        return (int) JsonValues.asDouble(model.peek(key), fallback);
    }

    private static JsonElement numberOrNull(@Nullable JsonElement value) {
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.deepCopy()
                : JsonValues.nullValue();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
