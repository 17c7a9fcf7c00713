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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * The charging physics, driven by {@code tick()} alone: no broker, no sleeping.
 *
 * <p>
 * Power tolerance: the simulated mains is the captured voltage ±1 V (228-236 V, i.e. -0.9 % to +2.6 % from
 * 230 V), the car draws 99-100 % of the allowed current at a power factor of 98-100 %. So the power lies within
 * -3.8 % and +2.6 % of amp × phases × 230 W; the tests allow 5 %.
 */
@NonNullByDefault
class ChargerPhysicsTest {

    private static final double TOLERANCE = 0.05;

    private static ChargerModel charger(String firmware) {
        return new ChargerModel("000001", FirmwareProfile.of(firmware), Instant.parse("2023-04-21T15:41:28.732Z"),
                ZoneId.of("Europe/Vienna"), 42);
    }

    /** A 055.6 charger (fup on) with {@code amp} and {@code psm} set and a car plugged in. */
    private static ChargerModel pluggedIn(int amp, int psm) {
        ChargerModel model = charger("055.6");
        assertEquals("success", model.handleSet("amp", Integer.toString(amp)).result());
        assertEquals("success", model.handleSet("psm", Integer.toString(psm)).result());
        model.plugIn();
        return model;
    }

    private static JsonArray nrg(ChargerModel model) {
        return JsonParser.parseString(String.valueOf(model.getValue("nrg"))).getAsJsonArray();
    }

    private static double power(ChargerModel model) {
        return nrg(model).get(11).getAsDouble();
    }

    private static double current(ChargerModel model, int phase) {
        return nrg(model).get(4 + phase).getAsDouble();
    }

    private static int activePhases(ChargerModel model) {
        JsonArray pha = JsonParser.parseString(String.valueOf(model.getValue("pha"))).getAsJsonArray();
        int count = 0;
        for (int i = 0; i < 3; i++) {
            count += pha.get(i).getAsBoolean() ? 1 : 0;
        }
        return count;
    }

    private static void assertPower(double expected, ChargerModel model) {
        double actual = power(model);
        assertTrue(Math.abs(actual - expected) <= expected * TOLERANCE,
                "power " + actual + " W is not within 5 % of " + expected + " W");
    }

    private static void ticks(ChargerModel model, int seconds) {
        for (int i = 0; i < seconds; i++) {
            model.tick();
        }
    }

    @Test
    void pluggingInGoesFromIdleThroughWaitingToCharging() {
        ChargerModel model = charger("055.6");
        assertEquals("1", model.getValue("car"));
        assertEquals(0, power(model));
        model.plugIn();
        assertEquals("3", model.getValue("car"));
        model.tick();
        assertEquals("2", model.getValue("car"));
    }

    @ParameterizedTest
    @CsvSource({ "16, 2, 3", "6, 2, 3", "10, 1, 1", "13, 1, 1" })
    void chargingPowerFollowsAmpsPhasesAndVoltage(int amp, int psm, int phases) {
        ChargerModel model = pluggedIn(amp, psm);
        ticks(model, 2);
        assertEquals(phases, activePhases(model));
        assertPower(amp * phases * ChargerPhysics.NOMINAL_VOLTS, model);
        for (int phase = 0; phase < 3; phase++) {
            double expected = phase < phases ? amp : 0;
            assertEquals(expected, current(model, phase), amp * 0.011, "current on L" + (phase + 1));
        }
    }

    @Test
    void theAdapterAndAmaCapTheCurrent() {
        ChargerModel model = charger("60.5");
        model.setValue("adi", "false");
        model.setValue("ama", "20");
        model.handleSet("amp", "32");
        model.plugIn();
        model.tick();
        assertEquals("20", model.getValue("acu"));
        model.setValue("adi", "true");
        model.tick();
        assertEquals("16", model.getValue("acu"));
    }

    @Test
    void sessionAndTotalEnergyGrowWithThePowerDrawn() {
        ChargerModel model = pluggedIn(16, 2);
        model.tick();
        double watts = power(model);
        ticks(model, 3600);
        double wh = Double.parseDouble(String.valueOf(model.getValue("wh")));
        assertEquals(watts, wh, watts * TOLERANCE);
        assertEquals((long) Math.floor(wh), Long.parseLong(String.valueOf(model.getValue("eto"))), 1);
    }

    @Test
    void forceStateOffStopsChargingAndOnOrNeutralResumesIt() {
        ChargerModel model = charger("055.6");
        model.plugIn();
        ticks(model, 10);
        assertEquals("success", model.handleSet("frc", "1").result());
        model.tick();
        assertEquals("false", model.getValue("alw"));
        assertEquals("4", model.getValue("car"), "a session with energy that stopped shows complete");
        assertEquals(0, power(model));
        assertEquals("4", model.getValue("modelStatus"));
        model.handleSet("frc", "2");
        model.tick();
        assertEquals("2", model.getValue("car"));
        assertEquals("3", model.getValue("modelStatus"));
        model.handleSet("frc", "0");
        model.tick();
        assertEquals("true", model.getValue("alw"));
        assertTrue(power(model) > 0);
    }

    @Test
    void forceStateOffBeforeChargingKeepsTheCarWaiting() {
        ChargerModel model = charger("055.6");
        model.handleSet("frc", "1");
        model.plugIn();
        ticks(model, 3);
        assertEquals("3", model.getValue("car"));
        assertEquals(0, power(model));
    }

    @Test
    void temporaryCurrentLimitCapsTheCurrentAndExpiresAfterTenMinutesWithoutRefresh() {
        ChargerModel model = pluggedIn(16, 2);
        model.handleSet("tcl", "8");
        model.tick();
        assertEquals(8, current(model, 0), 0.09);
        ticks(model, 300);
        model.handleSet("tcl", "8");
        ticks(model, 599);
        assertEquals("8", model.getValue("tcl"), "refreshed 599 s ago: still in force");
        assertEquals(8, current(model, 0), 0.09);
        model.tick();
        assertEquals("null", model.getValue("tcl"), "600 s without refresh: reset");
        assertEquals(16, current(model, 0), 0.17);
    }

    @Test
    void phaseSwitchModeSwitchesBetweenOneAndThreePhases() {
        ChargerModel model = charger("60.5");
        model.handleSet("amp", "10");
        model.plugIn();
        model.tick();
        assertEquals(3, activePhases(model));
        model.handleSet("psm", "1");
        model.tick();
        assertEquals(1, activePhases(model));
        assertEquals("[true,false,false,true,true,true]", model.getValue("pha"));
        assertEquals("true", model.getValue("fsp"));
        assertPower(10 * ChargerPhysics.NOMINAL_VOLTS, model);
        model.handleSet("psm", "2");
        model.tick();
        assertEquals(3, activePhases(model));
        assertPower(10 * 3 * ChargerPhysics.NOMINAL_VOLTS, model);
    }

    @Test
    void surplusValuesDriveTheCurrentWhenPvSurplusChargingIsOn() {
        ChargerModel model = pluggedIn(16, 1);
        assertEquals("true", model.getValue("fup"));
        model.tick();
        double before = power(model);
        assertEquals("success", model.handleSet("ids", "{\"pGrid\":1000,\"pPv\":3000,\"pAkku\":0}").result());
        model.tick();
        long expected = Math.max(6, Math.min(16, (long) Math.floor((before - 1000) / 230)));
        assertEquals(expected, current(model, 0), 0.2);
        assertEquals("12", model.getValue("modelStatus"));
        assertEquals("1000", model.getValue("pgrid"));
        assertEquals("3000", model.getValue("ppv"));
    }

    @Test
    void surplusCurrentIsClampedBetweenSixAmpsAndAmp() {
        ChargerModel model = pluggedIn(14, 1);
        model.tick();
        model.handleSet("ids", "{\"pGrid\":9000}");
        model.tick();
        assertEquals(6, current(model, 0), 0.07);
        model.handleSet("ids", "{\"pGrid\":-20000}");
        model.tick();
        assertEquals(14, current(model, 0), 0.15);
    }

    @Test
    void automaticPhaseModeUsesThreePhasesAboveTheSwitchLevelAndOneBelow() {
        ChargerModel model = charger("055.6");
        model.handleSet("psm", "0");
        model.plugIn();
        model.handleSet("ids", "{\"pGrid\":-3000}");
        model.tick();
        assertEquals(1, activePhases(model), "3000 W is below spl3 = 4200 W");
        model.handleSet("ids", "{\"pGrid\":-6000,\"pPv\":9000}");
        model.tick();
        assertEquals(3, activePhases(model));
    }

    @Test
    void surplusValuesAreIgnoredWithoutFupOrWhenForcedOn() {
        ChargerModel model = pluggedIn(16, 2);
        model.handleSet("fup", "false");
        model.handleSet("ids", "{\"pGrid\":9000}");
        model.tick();
        assertEquals(16, current(model, 0), 0.17);
        model.handleSet("fup", "true");
        model.handleSet("frc", "2");
        model.handleSet("ids", "{\"pGrid\":9000}");
        model.tick();
        assertEquals(16, current(model, 0), 0.17);
    }

    @Test
    void surplusValuesLapseAfterTenSecondsWithoutRefresh() {
        ChargerModel model = pluggedIn(16, 2);
        model.handleSet("ids", "{\"pGrid\":9000}");
        ticks(model, 9);
        assertEquals(6, current(model, 0), 0.07);
        model.tick();
        assertEquals("null", model.getValue("pgrid"));
        assertEquals(16, current(model, 0), 0.17);
        assertEquals("15", model.getValue("modelStatus"));
    }

    @Test
    void unpluggingEndsTheSessionAtOnce() {
        ChargerModel model = charger("055.6");
        model.plugIn();
        ticks(model, 60);
        String wh = model.getValue("wh");
        String eto = model.getValue("eto");
        model.unplug();
        assertEquals("1", model.getValue("car"));
        assertEquals(0, power(model));
        ticks(model, 60);
        assertEquals(wh, model.getValue("wh"), "the last session's energy stays until the next car");
        assertEquals(eto, model.getValue("eto"));
        model.plugIn();
        assertEquals("0", model.getValue("wh"));
    }

    @Test
    void aFaultStopsChargingUntilItIsCleared() {
        ChargerModel model = charger("055.6");
        model.plugIn();
        model.tick();
        model.setError(13);
        assertEquals("13", model.getValue("err"));
        assertEquals("5", model.getValue("car"));
        assertEquals("false", model.getValue("alw"));
        assertEquals("26", model.getValue("modelStatus"));
        assertEquals(0, power(model));
        model.setError(0);
        model.tick();
        assertEquals("2", model.getValue("car"));
    }

    @Test
    void clockKeysAdvanceWithEachTickInTheCapturedFormats() {
        ChargerModel model = charger("055.6");
        long rbt = Long.parseLong(String.valueOf(model.getValue("rbt")));
        model.tick(Duration.ofMillis(1500));
        assertEquals(rbt + 1500, Long.parseLong(String.valueOf(model.getValue("rbt"))));
        assertEquals("\"2023-04-21T15:41:30.232\"", model.getValue("utc"));
        assertEquals("\"2023-04-21T17:41:30.232 +02:00\"", model.getValue("loc"));
        assertEquals(Instant.parse("2023-04-21T15:41:30.232Z"), model.now());
    }

    @Test
    void setValueBypassesTheSetterChecksWithoutBreakingTheLogic() {
        ChargerModel model = pluggedIn(16, 2);
        model.setValue("ids", "5");
        model.setValue("amp", "40");
        model.tick();
        assertEquals("40", model.getValue("amp"));
        assertEquals("16", model.getValue("acu"), "the 16 A adapter (adi) still caps the current");
        assertThrows(IllegalArgumentException.class, () -> model.setValue("nosuchkey", "1"));
        assertThrows(IllegalArgumentException.class, () -> model.setValue("amp", "go"));
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        ChargerModel first = charger("60.5");
        ChargerModel second = charger("60.5");
        for (ChargerModel model : new ChargerModel[] { first, second }) {
            model.plugIn();
            ticks(model, 5);
        }
        assertEquals(first.snapshot(), second.snapshot());
    }
}
