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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.State;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings.Fallback;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;

/**
 * What the v1 PV-surplus control makes of the surplus: start level, current per phase, limits, reserve, steps,
 * the inputs, and when it leaves the charger alone.
 */
@NonNullByDefault
class V1SurplusControlTest extends V1SurplusPeriods {

    @Test
    void aRisingSurplusStartsChargingOnlyOnceItCoversSixAmperes() {
        onePhase();
        assertEquals(State.WAITING_FOR_SURPLUS, period(1000).state());
        V1SurplusDecision almost = period(1379);
        assertFalse(almost.hasWrites());
        assertEquals("surplus 1379 W, 1380 W needed to start (1 phase, 230 V)", almost.text());

        V1SurplusDecision start = period(1380);

        assertEquals("amx=6, alw=1", start.payloads());
        assertEquals(State.STARTING, start.state());
        assertEquals("starting at 6 A: surplus 1380 W (1 phase, 230 V)", start.text());
    }

    @Test
    void threePhasesNeedThreeTimesThePowerForEachAmpere() {
        assertFalse(period(4139).hasWrites());
        assertEquals("amx=6, alw=1", period(4140).payloads());

        V1SurplusDecision charging = period(7100);

        assertEquals("amx=10", charging.payloads(), "7100 W / 690 W per ampere = 10.29 A");
        assertEquals("charging at 10 A: surplus 7100 W (3 phases, 230 V)", charging.text());
    }

    @Test
    void oneAndThreePhasesTurnTheSameSurplusIntoDifferentCurrents() {
        charger.ama = 32;
        period(10_000);
        assertEquals(14, charger.amx, "10000 W on 3 phases at 230 V");

        onePhase();
        V1SurplusControl onePhaseControl = control(settings(0, 0, 0, Fallback.STOP, 6));
        control = onePhaseControl;
        period(0);
        period(5000);
        assertEquals(21, charger.amx, "5000 W on 1 phase at 230 V");
    }

    @Test
    void aOnePhaseCarOnAThreePhaseChargerGetsTheCurrentOfOnePhaseOnceItDraws() {
        charger.carPhases = 1;
        charger.ama = 32;
        assertFalse(period(4000).hasWrites(), "before the car draws, all three wired phases count");
        assertEquals("amx=6, alw=1", period(4140).payloads());

        V1SurplusDecision drawing = period(4140);

        assertEquals("amx=17", drawing.payloads(), "4140 W on the one phase the car draws: 18 A less the margin");
        assertTrue(drawing.text().endsWith("(1 phase, 230 V)"), drawing.text());
    }

    @Test
    void theCurrentStaysWithinAmaTheCableAndTheAdapter() {
        charger.ama = 20;
        period(30_000);
        assertEquals(20, charger.amx);
        assertEquals("charging at 20 A (ama limit): surplus 30000 W (3 phases, 230 V)", period(30_000).text());

        charger.cable = 13;
        assertEquals("amx=13", period(30_000).payloads());

        charger.cable = 0;
        charger.adapter = true;
        V1SurplusDecision adapter = period(30_000);
        assertEquals("amx=16", adapter.payloads());
        assertTrue(adapter.text().startsWith("charging at 16 A (16 A adapter limit)"), adapter.text());
    }

    @Test
    void theReserveStaysWithTheHouse() {
        onePhase();
        control = control(settings(500, 0, 0, Fallback.STOP, 6));

        assertFalse(period(1879).hasWrites());
        assertEquals("amx=6, alw=1", period(1880).payloads());
        assertEquals("amx=10", period(2300 + 500 + 100).payloads());
    }

    @Test
    void theCurrentFallsAtOnceAndRisesOnlyWithAQuarterAmpereToSpare() {
        onePhase();
        charger.ama = 32;
        period(2300);
        assertEquals(10, charger.amx);

        assertEquals(List.of(), periods(3, 2585), "2585 W = 11.24 A: no rise");
        assertEquals(List.of("20 s amx=11"), periods(1, 2590), "2590 W = 11.26 A");
        assertEquals(List.of("25 s amx=10"), periods(1, 2529), "2529 W = 10.996 A");
    }

    @Test
    void aSteadySurplusWritesOnceAndThenNothing() {
        List<String> writes = periods(12, 5000);

        assertEquals(List.of("0 s amx=7, alw=1"), writes);
        assertEquals(State.CHARGING, period(5000).state());
    }

    @Test
    void betweenTheStopLevelAndTheMinimumItKeepsChargingAtSixAmperes() {
        onePhase();
        period(1380);
        assertEquals(List.of(), periods(10, 1081), "1081 W: above 1380 W less the 300 W hysteresis");
        assertEquals("charging at 6 A: surplus 1081 W (1 phase, 230 V)", period(1081).text());
    }

    @Test
    void meterValuesComeInAnyPowerUnitAndUndefForgetsThem() {
        assertNull(control.update(PvInput.GRID,
                new QuantityType<>(new BigDecimal("-1.5"), MetricPrefix.KILO(Units.WATT))));
        assertNull(control.update(PvInput.PV, new DecimalType(2000)));
        MeterReading.Sample grid = control.meter().samples().get(PvInput.GRID);
        assertNotNull(grid);
        assertEquals(0, new BigDecimal("-1500").compareTo(grid.watts()));
        assertEquals(TestClock.START, grid.at());

        assertEquals("'on' is not a power value for pv#grid-power-input (expected e.g. 1200 W)",
                control.update(PvInput.GRID, new StringType("on")));
        assertNull(control.update(PvInput.PV, UnDefType.UNDEF));
        assertEquals(Set.of(PvInput.GRID), control.meter().samples().keySet());
    }

    @Test
    void withoutACarChargingIsKeptDisallowedSoThatAPluggedCarWaitsForTheSurplus() {
        charger.plugged = false;
        charger.alw = true;

        assertEquals(List.of("0 s alw=0"), periods(3, 10_000));
        assertEquals("no car connected: charging waits for surplus", period(10_000).text());
        charger.plugged = true;
        assertEquals("amx=14, alw=1", period(10_000).payloads());
    }

    @Test
    void switchedOffOrWithAChargerErrorItWritesNothing() {
        control = control(settings(0, 0, 0, Fallback.STOP, 6).withEnabled(false));
        V1SurplusDecision off = period(10_000);
        assertEquals(State.DISABLED, off.state());
        assertFalse(off.hasWrites());

        control = control(settings(0, 0, 0, Fallback.STOP, 6));
        charger.error = 3;
        V1SurplusDecision error = period(10_000);
        assertEquals("charger reports error 3: control paused", error.text());
        assertFalse(error.hasWrites());
    }

    @Test
    void aDischargingHouseBatteryIsNoSurplusAndThePvPowerCapsIt() {
        onePhase();
        control.update(PvInput.BATTERY, BigDecimal.valueOf(1000));
        assertEquals("surplus 1000 W, 1380 W needed to start (1 phase, 230 V)", period(2000).text());

        control.update(PvInput.BATTERY, BigDecimal.valueOf(-1000));
        control.update(PvInput.PV, BigDecimal.valueOf(1500));
        assertEquals("starting at 6 A: surplus 1500 W (1 phase, 230 V)", period(2000).text(),
                "a charging battery is not taken; the PV power caps a surplus of 2000 W");
    }

    @Test
    void theMeasuredVoltageSetsThePowerOfAnAmpereAndNWiringCounts() {
        onePhase();
        charger.volts = 240;
        assertEquals("surplus 1400 W, 1440 W needed to start (1 phase, 240 V)", period(1400).text());

        V1ChargerReading onN = new V1ChargerReading(3, 0, false, 16, 16, 0, false, 0b001000,
                new V1ChargerReading.Phases(2, 0, 0), 236, V1ChargerReading.Phases.NONE, 0);
        assertEquals(236, onN.voltage(), 1e-9);
    }
}
