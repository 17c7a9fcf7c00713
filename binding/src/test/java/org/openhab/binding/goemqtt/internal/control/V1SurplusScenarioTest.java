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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.State;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings.Fallback;

/**
 * One simulated minute of status periods (5 s) against a charger that follows the writes: the sun comes out,
 * a cloud passes, the sun returns, then the meter falls silent.
 */
@NonNullByDefault
class V1SurplusScenarioTest {

    private static final Path GUIDE = Path.of("../docs/pv-surplus.md");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** House consumption without the car, W. */
    private static final int HOUSE = 500;
    /** PV production at each status period, W; -1: the meter sends nothing from then on. */
    private static final int[] PV = { 3000, 4800, 6000, 7000, 3500, 3500, 3500, 7000, 7000, 7000, -1, -1 };

    @Test
    void oneMinuteOfStatusPeriodsStartsFollowsStopsRestartsAndStopsOnAStaleMeter() throws IOException {
        TestClock clock = new TestClock();
        V1SurplusSettings settings = new V1SurplusSettings(true, 100, 300, Duration.ofSeconds(10),
                Duration.ofSeconds(10), Duration.ofSeconds(8), Fallback.STOP, 6);
        V1SurplusControl control = new V1SurplusControl(settings, clock);
        V1ChargerModel charger = new V1ChargerModel();
        List<String> writes = new ArrayList<>();
        List<String> log = new ArrayList<>();
        List<State> states = new ArrayList<>();

        for (int period = 0; period < PV.length; period++) {
            if (PV[period] >= 0) { // the meter reports just before the charger's status
                double grid = HOUSE + charger.power() - PV[period];
                control.update(PvInput.GRID, BigDecimal.valueOf(Math.round(grid)));
                control.update(PvInput.PV, BigDecimal.valueOf(PV[period]));
            }
            V1SurplusDecision decision = control.decide(charger.reading());
            charger.apply(decision.writes());
            String time = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(TIME);
            states.add(decision.state());
            if (decision.hasWrites()) {
                writes.add(time + " " + decision.payloads());
            }
            log.add(String.format("%s  %-14s %-20s %s", time, decision.payloads(), decision.state(), decision.text()));
            clock.advanceSeconds(5);
        }
        System.out.println("PV control, one minute (write log):\n" + String.join("\n", log));

        assertEquals(List.of( //
                "12:00:05 amx=6, alw=1", //
                "12:00:10 amx=7", //
                "12:00:15 amx=9", //
                "12:00:20 amx=6", //
                "12:00:30 alw=0", //
                "12:00:45 amx=9, alw=1", //
                "12:00:55 alw=0"), writes);
        assertEquals(List.of(State.WAITING_FOR_SURPLUS, State.STARTING, State.CHARGING, State.CHARGING,
                State.ON_HOLD, State.ON_HOLD, State.STOPPING, State.OFF_HOLD, State.OFF_HOLD, State.STARTING,
                State.CHARGING, State.STALE_STOPPED), states);
        assertFalse(charger.alw, "the stale meter stopped the charging");
        assertTrue(Files.readString(GUIDE, StandardCharsets.UTF_8).contains(String.join("\n", log)),
                GUIDE + " quotes this write log as printed");
    }
}
