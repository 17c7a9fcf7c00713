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
import java.time.ZonedDateTime;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The power flows a simulated controller measures, in W, with the signs of the charger's {@code ids}: a PV system
 * whose production follows the sun of the simulated local time (a half sine from 06:00 to 18:00, peak
 * {@value #PV_PEAK_W} W, light clouds), a house load (a base load with an appliance cycling on and off), a battery
 * ({@value #BATTERY_WH} Wh, at most {@value #BATTERY_MAX_W} W) that stores surplus and covers deficits, and the car:
 * what the simulated chargers draw. The grid closes the balance: {@code grid = house + car - pv - battery}, positive
 * when drawing from the grid; battery positive when discharging; PV and loads positive.
 */
@NonNullByDefault
final class HouseMeter {

    static final double PV_PEAK_W = 8_000;
    static final double BATTERY_WH = 10_000;
    static final double BATTERY_MAX_W = 3_000;
    static final double BASE_LOAD_W = 350;
    static final double APPLIANCE_W = 1_800;
    /** An appliance (heat pump) runs this long, then rests as long. */
    static final Duration APPLIANCE_CYCLE = Duration.ofMinutes(15);
    /** Below and above these the battery stops discharging or charging. */
    static final double BATTERY_EMPTY = 0.1;
    static final double BATTERY_FULL = 0.95;

    private final ZoneId zone;
    private final Random random;
    private Instant now;
    private double batteryCharge = 0.5;
    private double pv;
    private double house;
    private double heatPump;
    private double car;
    private double battery;
    private double pvOverride = Double.NaN;

    HouseMeter(Instant start, ZoneId zone, long seed) {
        this.now = start;
        this.zone = zone;
        this.random = new Random(seed);
        update(0, Duration.ZERO);
    }

    /** Moves time on with the chargers' present power and recomputes every flow; the battery's charge follows. */
    void update(double carPower, Duration elapsed) {
        now = now.plus(elapsed);
        batteryCharge -= battery * elapsed.toMillis() / 3_600_000.0 / BATTERY_WH;
        batteryCharge = Math.max(0, Math.min(1, batteryCharge));
        car = Math.max(0, carPower);
        pv = Double.isNaN(pvOverride) ? sun() : pvOverride;
        boolean applianceOn = (Duration.between(Instant.EPOCH, now).toSeconds() / APPLIANCE_CYCLE.toSeconds())
                % 2 == 0;
        heatPump = applianceOn ? APPLIANCE_W + noise(30) : 0;
        house = BASE_LOAD_W + noise(25) + heatPump;
        double deficit = house + car - pv;
        if (deficit > 0) {
            battery = batteryCharge > BATTERY_EMPTY ? Math.min(deficit, BATTERY_MAX_W) : 0;
        } else {
            battery = batteryCharge < BATTERY_FULL ? Math.max(deficit, -BATTERY_MAX_W) : 0;
        }
    }

    /** Replaces the sun by a fixed PV production (NaN: the sun again), e.g. for a test of surplus charging. */
    void setPv(double watts) {
        pvOverride = watts;
    }

    /** Sets the battery's state of charge, 0 to 1. */
    void setBatteryCharge(double fraction) {
        batteryCharge = Math.max(0, Math.min(1, fraction));
    }

    private double sun() {
        ZonedDateTime local = now.atZone(zone);
        double hour = local.getHour() + local.getMinute() / 60.0 + local.getSecond() / 3600.0;
        if (hour <= 6 || hour >= 18) {
            return 0;
        }
        double clear = PV_PEAK_W * Math.sin(Math.PI * (hour - 6) / 12);
        return Math.max(0, clear * (0.9 + 0.1 * random.nextDouble()));
    }

    private double noise(double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    double pv() {
        return pv;
    }

    /** The house without the car (the heat pump included). */
    double house() {
        return house;
    }

    double heatPump() {
        return heatPump;
    }

    double car() {
        return car;
    }

    double battery() {
        return battery;
    }

    double batteryCharge() {
        return batteryCharge;
    }

    double grid() {
        return house + car - pv - battery;
    }

    Instant now() {
        return now;
    }
}
