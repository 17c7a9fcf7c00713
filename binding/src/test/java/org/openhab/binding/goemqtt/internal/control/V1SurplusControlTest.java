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
import java.time.Duration;
import java.util.ArrayList;
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
 * The rules of the v1 PV-surplus control, one status period (5 s) at a time against {@link V1ChargerModel}. The
 * house draws nothing besides the car, so the surplus a test names is what the control sees (before the reserve).
 */
@NonNullByDefault
class V1SurplusControlTest {

    private final TestClock clock = new TestClock();
    private final V1ChargerModel charger = new V1ChargerModel();
    private V1SurplusControl control = control(settings(0, 0, 0, Fallback.STOP, 6));

    private V1SurplusControl control(V1SurplusSettings settings) {
        return new V1SurplusControl(settings, clock);
    }

    /** Enabled, 300 W hysteresis, 30 s maximum age. */
    private static V1SurplusSettings settings(int reserve, int minOnSeconds, int minOffSeconds, Fallback fallback,
            int fallbackCurrent) {
        return new V1SurplusSettings(true, reserve, 300, Duration.ofSeconds(minOnSeconds),
                Duration.ofSeconds(minOffSeconds), Duration.ofSeconds(30), fallback, fallbackCurrent);
    }

    private void onePhase() {
        charger.wiredPhases = 1;
        charger.carPhases = 1;
    }

    /** The meter reports {@code surplus} (export plus what the car draws), then the charger's status arrives. */
    private V1SurplusDecision period(double surplus) {
        control.update(PvInput.GRID, BigDecimal.valueOf(Math.round(charger.power() - surplus)));
        return periodWithoutMeter();
    }

    private V1SurplusDecision periodWithoutMeter() {
        V1SurplusDecision decision = control.decide(charger.reading());
        charger.apply(decision.writes());
        clock.advanceSeconds(5);
        return decision;
    }

    /** The payloads of {@code periods} periods at {@code surplus}, one entry per period that wrote. */
    private List<String> periods(int periods, double surplus) {
        List<String> writes = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            V1SurplusDecision decision = period(surplus);
            if (decision.hasWrites()) {
                writes.add(clock.elapsedSeconds() - 5 + " s " + decision.payloads());
            }
        }
        return writes;
    }

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
    void belowTheStopLevelItStopsOnlyWhenTheSurplusStaysThereForTheStopDelay() {
        onePhase();
        period(2300);
        V1SurplusDecision dip = period(1000);
        assertEquals("amx=6", dip.payloads());
        assertEquals(State.ON_HOLD, dip.state());
        assertEquals("surplus 1000 W below the 1080 W stop level: kept on at 6 A, stopping in 10 s unless it rises",
                dip.text());
        assertEquals(List.of(), periods(3, 1380), "the surplus came back: no stop");

        assertEquals(List.of("35 s alw=0"), periods(4, 1000), "below from 25 s on");
    }

    @Test
    void theMinimumOnTimeKeepsAStartedChargeGoing() {
        onePhase();
        control = control(settings(0, 60, 0, Fallback.STOP, 6));
        period(1380); // started at 0 s, shown at 5 s: the hold counts from there
        V1SurplusDecision held = period(0);
        assertEquals("surplus 0 W below the 1080 W stop level: kept on at 6 A, minimum on time: 60 s left",
                held.text());

        assertEquals(List.of("65 s alw=0"), periods(20, 0));
    }

    @Test
    void theMinimumOffTimeKeepsAStoppedChargerOff() {
        onePhase();
        control = control(settings(0, 0, 60, Fallback.STOP, 6));
        period(1380);
        periods(3, 0); // stops at 15 s, shown at 20 s: the hold counts from there
        assertFalse(charger.alw);
        V1SurplusDecision held = period(2000);
        assertEquals(State.OFF_HOLD, held.state());
        assertEquals("surplus 2000 W is enough to start; minimum off time: 60 s left", held.text());

        assertEquals(List.of("80 s amx=8, alw=1"), periods(20, 2000));
    }

    @Test
    void aStaleMeterStopsChargingAtOnceAndOnlyOnce() {
        control = control(settings(0, 600, 0, Fallback.STOP, 6));
        period(5000);
        assertTrue(charger.alw);
        for (int i = 0; i < 6; i++) { // 30 s: still fresh
            assertEquals(State.CHARGING, periodWithoutMeter().state());
        }

        V1SurplusDecision stale = periodWithoutMeter();

        assertEquals("alw=0", stale.payloads(), "the minimum on time does not delay the fallback");
        assertEquals("no grid power value for more than 30 s: charging stopped", stale.text());
        assertFalse(periodWithoutMeter().hasWrites());
        assertEquals(State.STALE_STOPPED, periodWithoutMeter().state());
    }

    @Test
    void aStaleMeterWithTheCurrentFallbackChargesAtTheFixedCurrent() {
        control = control(settings(0, 0, 0, Fallback.CURRENT, 8));
        period(0);
        V1SurplusDecision stale = null;
        for (int i = 0; i < 7; i++) {
            stale = periodWithoutMeter();
        }
        assertNotNull(stale);
        assertEquals("amx=8, alw=1", stale.payloads());
        assertEquals(State.STALE_FIXED_CURRENT, stale.state());
        assertEquals("no grid power value for more than 30 s: charging at a fixed 8 A", stale.text());
        assertFalse(periodWithoutMeter().hasWrites());
    }

    @Test
    void theFixedFallbackCurrentChangesOnlyTheCurrentOfAChargingCarAndKeepsToTheLimits() {
        control = control(settings(0, 0, 0, Fallback.CURRENT, 20));
        charger.cable = 13;
        period(20_000);
        assertEquals(13, charger.amx);
        charger.cable = 16;
        for (int i = 0; i < 6; i++) {
            periodWithoutMeter();
        }

        assertEquals("amx=16", periodWithoutMeter().payloads(), "20 A asked, the 16 A cable allows 16 A");
    }

    @Test
    void freshMeterDataAfterAStaleStopResumesTheControl() {
        period(5000);
        for (int i = 0; i < 7; i++) {
            periodWithoutMeter();
        }
        assertFalse(charger.alw);

        V1SurplusDecision fresh = period(5000);

        assertEquals("alw=1", fresh.payloads(), "amx is still 7 A");
        assertEquals(State.STARTING, fresh.state());
    }

    @Test
    void withoutAnyMeterValueItWaitsForTheMaximumAgeThenAppliesTheFallback() {
        charger.alw = true;
        for (int i = 0; i <= 6; i++) {
            V1SurplusDecision waiting = periodWithoutMeter();
            assertEquals(State.WAITING_FOR_METER, waiting.state());
            assertFalse(waiting.hasWrites());
        }

        assertEquals("alw=0", periodWithoutMeter().payloads());
    }

    @Test
    void theCurrentChangesOnlyOnAGridValueThatArrivedAfterTheLastWrite() {
        onePhase();
        charger.ama = 32;
        period(2300);
        assertEquals(10, charger.amx);
        control.update(PvInput.GRID, BigDecimal.valueOf(2300 - 3100));
        clock.advanceSeconds(1);
        assertEquals("amx=13", control.decide(charger.reading()).payloads(), "3100 W = 13.48 A");

        charger.apply(List.of(new V1SurplusDecision.Write("amx", "13")));
        assertFalse(control.decide(charger.reading()).hasWrites(), "the meter has not seen 13 A yet");
    }

    @Test
    void belowTheStopLevelItStopsOnlyOnAGridValueThatArrivedAfterTheLastWrite() {
        onePhase();
        period(2300); // 0 s: amx=10, alw=1
        assertEquals("amx=6", period(500).payloads(), "5 s");
        periodWithoutMeter();
        V1SurplusDecision waiting = periodWithoutMeter();
        assertFalse(waiting.hasWrites(), "15 s: below for 10 s, but the meter has not seen 6 A yet");
        assertEquals("surplus -420 W below the 1080 W stop level: kept on at 6 A, stopping on the next grid value "
                + "unless it rises", waiting.text(), "the grid value of 10 A with the car's new 6 A understates it");

        assertEquals("alw=0", period(500).payloads(), "20 s");
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
    void aStopFromElsewhereCountsForTheMinimumOffTime() {
        control = control(settings(0, 0, 60, Fallback.STOP, 6));
        periods(2, 5000); // started at 0 s, shown at 5 s
        charger.alw = false; // someone stops it by hand
        V1SurplusDecision seen = period(5000);

        assertEquals(State.OFF_HOLD, seen.state(), "10 s");
        assertEquals(List.of("70 s alw=1"), periods(20, 5000), "amx is still 7 A");
    }

    @Test
    void aStartNoStatusShowedIsSentAgainWithoutWaitingForTheMinimumOffTime() {
        control = control(settings(0, 0, 60, Fallback.STOP, 6));
        charger.listening = false;
        period(5000);
        periods(2, 5000);
        charger.listening = true;

        assertEquals("amx=7, alw=1", period(5000).payloads(),
                "15 s: the write was lost, the contactor never switched");
        assertTrue(charger.alw);
    }

    @Test
    void aWriteTheChargerDoesNotShowIsSentAgainAfterFifteenSeconds() {
        charger.listening = false;

        assertEquals(List.of("0 s amx=7, alw=1", "15 s amx=7, alw=1", "30 s amx=7, alw=1"), periods(7, 5000));
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
