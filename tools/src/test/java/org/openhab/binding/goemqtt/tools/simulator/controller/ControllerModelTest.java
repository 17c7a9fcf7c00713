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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.tools.simulator.controller.ControllerModel.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.simulator.SetAnswer;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/**
 * The controller's measured values without MQTT: the sun, the battery and the balance of the categories.
 */
@NonNullByDefault
class ControllerModelTest {

    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");

    @Test
    void atNightThereIsNoPvAndTheBatteryCoversTheHouseUntilItIsEmpty() {
        ControllerModel model = new ControllerModel("910010", Instant.parse("2026-06-01T22:00:00Z"), VIENNA, 1);
        model.tick(Duration.ofSeconds(1), 0);
        assertEquals(0, model.categoryPower(SOLAR));
        assertTrue(model.categoryPower(AKKU) > 0, "discharging");
        assertEquals(0, model.categoryPower(GRID), 0.15, "the battery covers the house");

        model.setBatteryCharge(0.05);
        model.tick(Duration.ofSeconds(1), 2_000);
        assertEquals(0, model.categoryPower(AKKU), "an empty battery gives nothing");
        assertEquals(model.categoryPower(HOME) + 2_000, model.categoryPower(GRID), 0.15);
    }

    @Test
    void surplusBeyondWhatTheBatteryTakesIsFedIntoTheGrid() {
        ControllerModel model = new ControllerModel("910011", Instant.parse("2026-06-01T10:00:00Z"), VIENNA, 2);
        model.setPv(9_000);
        model.tick(Duration.ofSeconds(1), 0);
        assertEquals(-HouseMeter.BATTERY_MAX_W, model.categoryPower(AKKU), "charging at its maximum");
        assertTrue(model.categoryPower(GRID) < -3_000, "feeding in: " + model.categoryPower(GRID));

        model.setBatteryCharge(1);
        model.tick(Duration.ofSeconds(1), 0);
        assertEquals(0, model.categoryPower(AKKU), "a full battery takes nothing");
    }

    @Test
    void energyCountersCountImportAndExportApart() {
        ControllerModel model = new ControllerModel("910012", Instant.parse("2026-06-01T10:00:00Z"), VIENNA, 3);
        model.setPv(9_000);
        model.setBatteryCharge(1);
        model.tick(Duration.ofHours(1), 0);
        JsonArray grid = JsonParser.parseString(String.valueOf(model.getValue("cec"))).getAsJsonArray().get(GRID)
                .getAsJsonArray();
        assertEquals(0, grid.get(0).getAsDouble(), "nothing drawn");
        assertEquals(-model.categoryPower(GRID), grid.get(1).getAsDouble(), 1, "an hour of feed-in in Wh");
    }

    @Test
    void mqttReadOnlyMakesTheControllerIgnoreSetsWithoutAnswer() {
        ControllerModel model = new ControllerModel("910013", Instant.parse("2026-06-01T10:00:00Z"), VIENNA, 4);
        assertEquals(SetAnswer.Outcome.ACCEPTED, model.handleSet("mcr", "true").outcome());
        SetAnswer ignored = model.handleSet("fna", "\"garage\"");
        assertEquals(SetAnswer.Outcome.IGNORED, ignored.outcome());
        assertNull(ignored.result());
        assertEquals("\"go-eController_910013\"", model.getValue("fna"));
    }

    @Test
    void phaseSelectionsAreCheckedPerSensor() {
        ControllerModel model = new ControllerModel("910014", Instant.parse("2026-06-01T10:00:00Z"), VIENNA, 5);
        assertEquals(SetAnswer.Outcome.REJECTED, model.handleSet("ips", "[0,1,4]").outcome());
        assertEquals(SetAnswer.Outcome.ACCEPTED, model.handleSet("ips", "[null,null,null,1]").outcome());
        assertEquals("[0,1,2,1,0,0]", model.getValue("ips"));
        assertEquals("Array length  7 exceeds range 0 to 6 [true,true,true,true,true,true,true]",
                model.handleSet("iim", "[true,true,true,true,true,true,true]").text());
    }
}
