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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings.Fallback;

/**
 * The v1 PV control's settings from the thing configuration: defaults, ranges and the parameter names.
 */
@NonNullByDefault
class V1SurplusSettingsTest {

    private static IllegalArgumentException refused(Runnable creation) {
        return assertThrows(IllegalArgumentException.class, creation::run);
    }

    @Test
    void anEmptyConfigurationGivesTheDefaultsSwitchedOff() {
        V1SurplusSettings settings = V1SurplusSettings.of(null, null, null, null, null, null, null, null);

        assertEquals(V1SurplusSettings.defaults(), settings);
        assertFalse(settings.enabled());
        assertEquals(100, settings.reserveWatts());
        assertEquals(300, settings.hysteresisWatts());
        assertEquals(Duration.ofMinutes(5), settings.minOnTime());
        assertEquals(Duration.ofMinutes(2), settings.minOffTime());
        assertEquals(Duration.ofSeconds(30), settings.maxAge());
        assertEquals(Fallback.STOP, settings.fallback());
        assertEquals(6, settings.fallbackCurrent());
    }

    @Test
    void configurationValuesBecomeWattsSecondsAndAmperes() {
        V1SurplusSettings settings = V1SurplusSettings.of(true, 250, 0, 600, 0, 60, " Current", 10);

        assertEquals(new V1SurplusSettings(true, 250, 0, Duration.ofMinutes(10), Duration.ZERO,
                Duration.ofMinutes(1), Fallback.CURRENT, 10), settings);
        assertEquals("current", settings.fallback().value());
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingTheParameter() {
        assertEquals("pvControlReserve must be 0 to 10000 W, not -1 W",
                refused(() -> V1SurplusSettings.of(true, -1, null, null, null, null, null, null)).getMessage());
        assertTrue(refused(() -> V1SurplusSettings.of(true, null, 5001, null, null, null, null, null)).getMessage()
                .startsWith(V1SurplusSettings.PARAM_HYSTERESIS));
        assertEquals("pvControlMinOnTime must be 0 to 3600 s, not 3601 s",
                refused(() -> V1SurplusSettings.of(true, null, null, 3601, null, null, null, null)).getMessage());
        assertTrue(refused(() -> V1SurplusSettings.of(true, null, null, null, -5, null, null, null)).getMessage()
                .startsWith(V1SurplusSettings.PARAM_MIN_OFF_TIME));
        assertEquals("pvControlMaxAge must be 1 to 3600 s, not 0 s",
                refused(() -> V1SurplusSettings.of(true, null, null, null, null, 0, null, null)).getMessage());
        assertEquals("pvControlFallbackCurrent must be 6 to 32 A, not 5 A",
                refused(() -> V1SurplusSettings.of(true, null, null, null, null, null, null, 5)).getMessage());
        assertEquals("pvControlFallback must be 'stop' or 'current', not 'pause'",
                refused(() -> V1SurplusSettings.of(true, null, null, null, null, null, "pause", null)).getMessage());
        assertEquals("pvControlReserve must be a whole number, not 1.5",
                refused(() -> V1SurplusSettings.of(true, 1.5, null, null, null, null, null, null)).getMessage());
    }

    @Test
    void theParameterNamesAreCamelCaseAndDistinctFromThoseOfTheFeed() {
        for (String name : new String[] { V1SurplusSettings.PARAM_ENABLED, V1SurplusSettings.PARAM_RESERVE,
                V1SurplusSettings.PARAM_HYSTERESIS, V1SurplusSettings.PARAM_MIN_ON_TIME,
                V1SurplusSettings.PARAM_MIN_OFF_TIME, V1SurplusSettings.PARAM_MAX_AGE,
                V1SurplusSettings.PARAM_FALLBACK, V1SurplusSettings.PARAM_FALLBACK_CURRENT }) {
            assertTrue(name.matches("pvControl[A-Z][A-Za-z]*"), name);
            assertFalse(name.equals(PvFeedSettings.PARAM_ENABLED) || name.equals(PvFeedSettings.PARAM_MAX_AGE), name);
        }
    }

    @Test
    void withEnabledChangesOnlyTheSwitch() {
        V1SurplusSettings on = V1SurplusSettings.defaults().withEnabled(true);

        assertTrue(on.enabled());
        assertEquals(V1SurplusSettings.defaults(), on.withEnabled(false));
    }
}
