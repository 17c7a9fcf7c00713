/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.handler.V1Harness.COMMAND_TOPIC;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.measure.MetricPrefix;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;

/**
 * The v1 charger's PV control wired to the handler (PV input channels in, each status decided, writes on
 * {@code cmd/req}, state and text out) and its rule actions, on the fake transport.
 */
@NonNullByDefault
class V1ChargerControlTest {

    private static V1Harness pvControlled() {
        return new V1Harness(Map.of("pvControlEnabled", true, "pvControlMinOnTime", BigDecimal.ZERO,
                "pvControlMinOffTime", BigDecimal.ZERO)).initialize();
    }

    @Test
    void eachStatusGoesThroughTheControlWithTheGridValueOfThePvInputChannel() {
        V1Harness charger = pvControlled();
        charger.publishStatus("car", "3"); // a car plugged in, waiting
        assertEquals(new StringType("WAITING_FOR_METER"), charger.callback.lastStateOf("pv#control-state"));
        assertEquals(List.of(), charger.transport.publishedTo(COMMAND_TOPIC));

        charger.command("pv#grid-power-input", new QuantityType<>(-6, MetricPrefix.KILO(Units.WATT)));
        charger.publishStatus();

        assertEquals(new StringType("STARTING"), charger.callback.lastStateOf("pv#control-state"));
        // 6000 W export less the 100 W reserve on 3 phases at 224 V: 8 A
        assertEquals(List.of("amx=8", "alw=1"), charger.transport.publishedTo(COMMAND_TOPIC));
        String text = charger.callback.lastStateOf("pv#control-text").toString();
        assertTrue(text.startsWith("starting at 8 A"), text);
        assertTrue(charger.callback.statesOf("pv#grid-power-input").isEmpty(), "an input is never posted back");
    }

    @Test
    void aPvInputIsRefusedWhilePvControlIsSwitchedOff() {
        V1Harness charger = new V1Harness().initialize();
        charger.publishCapture();
        charger.command("pv#grid-power-input", new QuantityType<>(-3000, Units.WATT));
        String description = String.valueOf(charger.callback.lastStatus().getDescription());
        assertTrue(description.contains("pvControlEnabled"), description);
        charger.publishStatus("car", "3");
        assertNull(charger.callback.lastStateOf("pv#control-state"));
        assertEquals(List.of(), charger.transport.publishedTo(COMMAND_TOPIC));
    }

    @Test
    void ruleActionsV1CannotDoAreRefusedWithTheReason() {
        V1Harness charger = new V1Harness().initialize();
        charger.publishCapture();
        ChargerActions actions = new ChargerActions();
        actions.setThingHandler(charger.handler);
        assertTrue(actions.setPhaseMode("1").startsWith("refused: an API v1 charger cannot switch phases"));
        assertTrue(actions.setTemporaryCurrentLimit(10).startsWith("refused: "));
        assertTrue(actions.clearTemporaryCurrentLimit().startsWith("refused: "));
        assertTrue(actions.setLogicMode("eco").startsWith("refused: "));
        assertTrue(actions.restartCharger().startsWith("refused: "));
        assertTrue(actions.setChargingCurrent(40).startsWith("refused: 40 A is outside"));
        assertTrue(actions.sendPvData(-2000, 3000, 0).startsWith("refused: PV control is switched off"));
        // amp through setKey would bypass the once-a-minute limit of the flash current
        assertTrue(actions.setKey("amp", "10").startsWith("refused: amp is written to the charger's flash"));
        assertEquals(List.of(), charger.transport.publishedTo(COMMAND_TOPIC));
    }

    @Test
    void startChargingIsAlwOneAndSucceedsOnceAStatusShowsIt() throws Exception {
        V1Harness charger = new V1Harness().initialize();
        charger.publishCapture();
        ChargerActions actions = new ChargerActions();
        actions.setThingHandler(charger.handler);
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(actions::startCharging);
        Await.until(() -> !charger.transport.publishedTo(COMMAND_TOPIC).isEmpty(), Duration.ofSeconds(10),
                () -> "alw=1 published");
        assertEquals(List.of("alw=1"), charger.transport.publishedTo(COMMAND_TOPIC));
        charger.publishStatus("alw", "1");
        assertEquals("success", answer.get(10, TimeUnit.SECONDS));
    }
}
