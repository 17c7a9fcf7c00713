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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.control.V1ChargerReading.Phases;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.Write;

/**
 * A simple API v1 charger with a car for the control tests: it takes {@code amx} and {@code alw} writes; with a
 * car plugged in and charging allowed the car draws the requested current (at most {@link #carMax}) on
 * {@link #carPhases} phases at {@link #volts}, which the next status shows.
 */
@NonNullByDefault
final class V1ChargerModel {

    int amx = 16;
    boolean alw;
    boolean plugged = true;
    int error;
    int wiredPhases = 3;
    int carPhases = 3;
    int carMax = 32;
    double volts = 230;
    int ama = 16;
    int cable;
    boolean adapter;
    /** Whether writes take effect (false: they get lost). */
    boolean listening = true;

    void apply(List<Write> writes) {
        if (!listening) {
            return;
        }
        for (Write write : writes) {
            switch (write.key()) {
                case "amx" -> amx = Integer.parseInt(write.value());
                case "alw" -> alw = "1".equals(write.value());
                default -> throw new AssertionError("unexpected write " + write);
            }
        }
    }

    boolean charging() {
        return plugged && alw && error == 0;
    }

    /** The power the car draws now, in W. */
    double power() {
        return charging() ? Math.min(amx, carMax) * volts * carPhases : 0;
    }

    /** The status the charger publishes now. */
    V1ChargerReading reading() {
        double amps = charging() ? Math.min(amx, carMax) : 0;
        int car = !plugged ? 1 : charging() ? 2 : 3;
        int wired = (1 << wiredPhases) - 1;
        int pha = (wired << 3) | (alw ? wired : 0);
        Phases voltages = new Phases(volts, wiredPhases > 1 ? volts : 0, wiredPhases > 2 ? volts : 0);
        Phases currents = new Phases(amps, carPhases > 1 ? amps : 0, carPhases > 2 ? amps : 0);
        return new V1ChargerReading(car, error, alw, amx, ama, cable, adapter, pha, voltages, 0, currents, power());
    }
}
