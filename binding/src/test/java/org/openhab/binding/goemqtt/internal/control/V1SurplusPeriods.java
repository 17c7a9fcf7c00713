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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings.Fallback;

/**
 * Runs the v1 PV-surplus control one status period (5 s) at a time against {@link V1ChargerModel}. The house draws
 * nothing besides the car, so the surplus a test names is what the control sees (before the reserve).
 */
@NonNullByDefault
abstract class V1SurplusPeriods {

    final TestClock clock = new TestClock();
    final V1ChargerModel charger = new V1ChargerModel();
    V1SurplusControl control = control(settings(0, 0, 0, Fallback.STOP, 6));

    V1SurplusControl control(V1SurplusSettings settings) {
        return new V1SurplusControl(settings, clock);
    }

    /** Enabled, 300 W hysteresis, 30 s maximum age. */
    static V1SurplusSettings settings(int reserve, int minOnSeconds, int minOffSeconds, Fallback fallback,
            int fallbackCurrent) {
        return new V1SurplusSettings(true, reserve, 300, Duration.ofSeconds(minOnSeconds),
                Duration.ofSeconds(minOffSeconds), Duration.ofSeconds(30), fallback, fallbackCurrent);
    }

    void onePhase() {
        charger.wiredPhases = 1;
        charger.carPhases = 1;
    }

    /** The meter reports {@code surplus} (export plus what the car draws), then the charger's status arrives. */
    V1SurplusDecision period(double surplus) {
        control.update(PvInput.GRID, BigDecimal.valueOf(Math.round(charger.power() - surplus)));
        return periodWithoutMeter();
    }

    V1SurplusDecision periodWithoutMeter() {
        V1SurplusDecision decision = control.decide(charger.reading());
        charger.apply(decision.writes());
        clock.advanceSeconds(5);
        return decision;
    }

    /** The payloads of {@code periods} periods at {@code surplus}, one entry per period that wrote. */
    List<String> periods(int periods, double surplus) {
        List<String> writes = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            V1SurplusDecision decision = period(surplus);
            if (decision.hasWrites()) {
                writes.add(clock.elapsedSeconds() - 5 + " s " + decision.payloads());
            }
        }
        return writes;
    }
}
