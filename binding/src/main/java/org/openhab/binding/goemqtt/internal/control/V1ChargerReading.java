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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * What the PV-surplus control needs of one API v1 status document, decoded (v1 scaling undone).
 *
 * @param car {@code car}: 1 no car, 2 charging, 3 waiting for the car, 4 complete; 0 when unknown
 * @param error {@code err}, 0 = none
 * @param allowed {@code alw}: charging allowed
 * @param current the requested current in A: {@code amx}, or {@code amp} where the status has no {@code amx}
 *            (the charger reports the last value set through either under both)
 * @param maxCurrent {@code ama} in A, 0 when unknown
 * @param cable {@code cbl} in A, 0 = no cable (no limit)
 * @param adapter {@code adi}: the 16 A adapter is in
 * @param pha {@code pha}: bits 0–2 phases 1–3 after the contactor, bits 3–5 phases 1–3 before it
 * @param volts {@code nrg[0..2]}, the voltages of L1–L3 in V
 * @param voltsN {@code nrg[3]}, the voltage on N in V
 * @param amps {@code nrg[4..6]}, the currents of L1–L3 in A
 * @param powerWatts {@code nrg[11]}, the total charging power in W
 */
@NonNullByDefault
public record V1ChargerReading(int car, int error, boolean allowed, int current, int maxCurrent, int cable,
        boolean adapter, int pha, Phases volts, double voltsN, Phases amps, double powerWatts) {

    /** The voltage assumed where no plausible one is measured. */
    public static final double NOMINAL_VOLTS = 230;
    /** The 16 A adapter's limit. */
    public static final int ADAPTER_MAX = 16;
    /** A phase carrying at least this current (A) counts as used by the car. */
    static final double IN_USE_AMPS = 1.0;
    private static final double MIN_PLAUSIBLE_VOLTS = 180;
    private static final double MAX_PLAUSIBLE_VOLTS = 270;
    /** No value the control reads comes near this; larger ones are garbage. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000L);

    /** One value per phase, L1 to L3. */
    public record Phases(double l1, double l2, double l3) {

        public static final Phases NONE = new Phases(0, 0, 0);

        /** The value of phase {@code index} (0 = L1). */
        public double get(int index) {
            return index == 0 ? l1 : index == 1 ? l2 : l3;
        }
    }

    /** A current limit and what imposes it. */
    public record Limit(int amps, String source) {
    }

    /**
     * The reading in a v1 status object: every value a JSON string or number; a missing or unreadable key reads
     * as 0 (false), {@code nrg} as all zeros.
     */
    public static V1ChargerReading fromStatus(JsonObject status) {
        long amx = number(status.get("amx"), -1);
        int current = (int) (amx >= 0 ? amx : number(status.get("amp"), 0));
        JsonElement nrg = status.get("nrg");
        JsonArray energy = nrg instanceof JsonArray array ? array : new JsonArray();
        return new V1ChargerReading((int) number(status.get("car"), 0), (int) number(status.get("err"), 0),
                number(status.get("alw"), 0) == 1, current, (int) number(status.get("ama"), 0),
                (int) number(status.get("cbl"), 0), number(status.get("adi"), 0) == 1,
                (int) number(status.get("pha"), 0),
                new Phases(at(energy, 0, 1), at(energy, 1, 1), at(energy, 2, 1)), at(energy, 3, 1),
                new Phases(at(energy, 4, 0.1), at(energy, 5, 0.1), at(energy, 6, 0.1)), at(energy, 11, 10));
    }

    /** Whether a car is plugged in (charging, waiting, complete). */
    public boolean carConnected() {
        return car >= 2 && car <= 4;
    }

    /** Whether {@code car} holds one of the documented states 1–4. */
    public boolean carKnown() {
        return car >= 1 && car <= 4;
    }

    /** The phases wired to the charger (before the contactor), 0–3. */
    public int wiredPhases() {
        return Integer.bitCount((pha >> 3) & 0b111);
    }

    /** The phases the car draws at least {@value #IN_USE_AMPS} A from, 0–3. */
    public int measuredPhases() {
        int count = 0;
        for (int i = 0; i < 3; i++) {
            count += amps.get(i) >= IN_USE_AMPS ? 1 : 0;
        }
        return count;
    }

    /**
     * The mean voltage of the wired phases that show a plausible one (180–270 V), else {@value #NOMINAL_VOLTS} V.
     * A one-phase charger wired on N (only phase 1 wired and N above L1) counts N's voltage for L1, as the go-e app
     * does.
     */
    public double voltage() {
        int wired = (pha >> 3) & 0b111;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < 3; i++) {
            double v = i == 0 && wired == 0b001 && voltsN > volts.l1() ? voltsN : volts.get(i);
            if ((wired == 0 || (wired & (1 << i)) != 0) && v >= MIN_PLAUSIBLE_VOLTS && v <= MAX_PLAUSIBLE_VOLTS) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? NOMINAL_VOLTS : sum / count;
    }

    /** The largest current allowed now: the smallest of 32 A, {@code ama}, {@code cbl} and the 16 A adapter. */
    public Limit limit() {
        Limit limit = new Limit(V1SurplusSettings.MAX_CURRENT, "32 A maximum");
        if (maxCurrent > 0 && maxCurrent < limit.amps()) {
            limit = new Limit(maxCurrent, "ama");
        }
        if (cable > 0 && cable < limit.amps()) {
            limit = new Limit(cable, "cable");
        }
        if (adapter && ADAPTER_MAX < limit.amps()) {
            limit = new Limit(ADAPTER_MAX, "16 A adapter");
        }
        return limit;
    }

    private static double at(JsonArray array, int index, double scale) {
        return index < array.size() ? number(array.get(index), 0) * scale : 0;
    }

    /** A whole number in a JSON number or string ({@code 16}, {@code "16"}); {@code otherwise} if there is none. */
    private static long number(@Nullable JsonElement value, long otherwise) {
        if (value instanceof JsonPrimitive primitive && (primitive.isNumber() || primitive.isString())) {
            try {
                BigDecimal number = new BigDecimal(primitive.getAsString().strip());
                return number.abs().compareTo(LARGEST) <= 0 ? number.longValue() : otherwise;
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }
        return otherwise;
    }
}
