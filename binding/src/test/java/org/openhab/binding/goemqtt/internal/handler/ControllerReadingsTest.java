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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.CategoryPowers;
import org.openhab.core.thing.ThingUID;

/**
 * The bridge's controller readings: a follower hears every later reading of the controller it follows and of no
 * other, stops hearing once it stops following, a controller nobody follows any more is no longer followed, and one
 * who follows after the last follower left hears again.
 */
@NonNullByDefault
class ControllerReadingsTest {

    private static final ThingUID CONTROLLER = new ThingUID("goemqtt:controller:home:900001");
    private static final ThingUID OTHER = new ThingUID("goemqtt:controller:home:900002");

    private final ControllerReadings readings = new ControllerReadings();

    @Test
    void aFollowerHearsItsControllersReadingsOnly() {
        List<CategoryPowers> heard = new ArrayList<>();
        readings.follow(CONTROLLER, heard::add);
        CategoryPowers reading = reading(1200);

        readings.publish(CONTROLLER, reading);
        readings.publish(OTHER, reading(5));

        assertEquals(List.of(reading), heard);
        assertTrue(readings.isFollowed(CONTROLLER));
        assertFalse(readings.isFollowed(OTHER));
    }

    @Test
    void twoFollowersOfOneControllerBothHearAndOneStoppingLeavesTheOther() {
        List<CategoryPowers> first = new ArrayList<>();
        List<CategoryPowers> second = new ArrayList<>();
        Runnable stopFirst = readings.follow(CONTROLLER, first::add);
        readings.follow(CONTROLLER, second::add);

        readings.publish(CONTROLLER, reading(1));
        stopFirst.run();
        readings.publish(CONTROLLER, reading(2));

        assertEquals(List.of(reading(1)), first);
        assertEquals(List.of(reading(1), reading(2)), second);
        assertTrue(readings.isFollowed(CONTROLLER));
    }

    @Test
    void aFollowerWhoJoinsAfterTheLastOneLeftHearsAgain() {
        List<CategoryPowers> gone = new ArrayList<>();
        readings.follow(CONTROLLER, gone::add).run();
        assertFalse(readings.isFollowed(CONTROLLER), "nobody follows it any more");

        List<CategoryPowers> heard = new ArrayList<>();
        readings.follow(CONTROLLER, heard::add);
        readings.publish(CONTROLLER, reading(700));

        assertEquals(List.of(), gone);
        assertEquals(List.of(reading(700)), heard);
    }

    @Test
    void aFailingFollowerDoesNotKeepTheOthersFromHearing() {
        List<CategoryPowers> heard = new ArrayList<>();
        readings.follow(CONTROLLER, powers -> {
            throw new IllegalStateException("follower broke");
        });
        readings.follow(CONTROLLER, heard::add);

        readings.publish(CONTROLLER, reading(42));

        assertEquals(List.of(reading(42)), heard);
    }

    private static CategoryPowers reading(int watts) {
        return new CategoryPowers(List.of("PV"), List.of(BigDecimal.valueOf(watts)));
    }
}
