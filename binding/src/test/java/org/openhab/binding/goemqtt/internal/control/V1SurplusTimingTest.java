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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.State;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings.Fallback;

/**
 * The v1 PV-surplus control over time: hold times, the stop delay, a stale meter and its fallbacks, recovery,
 * and writes that wait for the meter or for the charger to show them.
 */
@NonNullByDefault
class V1SurplusTimingTest extends V1SurplusPeriods {

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
}
