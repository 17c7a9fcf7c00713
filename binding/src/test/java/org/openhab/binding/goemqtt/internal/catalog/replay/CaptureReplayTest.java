/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog.replay;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * Replaying the three real retained bursts maps every key they hold, typed or raw, none dropped, with the right
 * units: total power from {@code nrg[11]} in W, {@code eto} as energy in Wh, {@code tma} in °C.
 */
@NonNullByDefault
class CaptureReplayTest {

    private final Replayer replayer = new Replayer(Catalog.standard(),
            Clock.fixed(Instant.parse("2026-06-22T08:03:45Z"), ZoneOffset.UTC), null);

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void everyKeyOfTheDumpIsTypedOrRawAndNoneIsDropped(String dump) throws IOException {
        List<String> lines = capture(dump);
        ReplayReport report = replayer.replay(lines);

        Set<String> seen = keysIn(lines);
        Set<String> reported = new LinkedHashSet<>(report.typedKeys());
        reported.addAll(report.unmappedKeys());
        assertEquals(new TreeSet<>(seen), new TreeSet<>(reported));
        assertEquals(List.of(), report.errors());
        for (String key : report.unmappedKeys()) {
            assertTrue(report.states().containsKey(Catalog.rawChannel(key)), key + " has its raw channel");
        }
        for (String key : report.typedKeys()) {
            boolean shown = Catalog.standard().rowsOf(key).stream().anyMatch(r -> r.shown());
            boolean hasChannel = Catalog.standard().rowsOf(key).stream()
                    .anyMatch(r -> report.states().containsKey(r.channelUid()));
            assertEquals(shown, hasChannel, key + " reaches its channels");
        }
        System.out.printf("%s: %d keys, %d typed, %d raw %s%n", dump, seen.size(), report.typedKeys().size(),
                report.unmappedKeys().size(), report.unmappedKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void noKeyOfTheDumpStaysUnmapped(String dump) throws IOException {
        ReplayReport report = replayer.replay(capture(dump));
        assertEquals(List.of(), List.copyOf(report.unmappedKeys()), dump + ": keys that became raw channels");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void powerEnergyAndTemperaturesArriveInTheirUnits(String dump) throws IOException {
        ReplayReport report = replayer.replay(capture(dump));
        assertQuantity(report.states().get("energy#power"), Units.WATT);
        assertQuantity(report.states().get("energy#total-energy"), Units.WATT_HOUR);
        assertQuantity(report.states().get("temperatures#temperature-1"), SIUnits.CELSIUS);
        assertQuantity(report.states().get("temperatures#temperature-2"), SIUnits.CELSIUS);
        assertQuantity(report.states().get("phases#voltage-l1"), Units.VOLT);
        assertQuantity(report.states().get("charging#requested-current"), Units.AMPERE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "fw055.6-v3-retained-burst.txt" })
    void theLastValueOfEachChannelWins(String dump) throws IOException {
        ReplayReport report = replayer.replay(capture(dump));
        assertEquals(new QuantityType<>(230, Units.VOLT), report.states().get("phases#voltage-l1"));
        assertEquals(new QuantityType<>(new BigDecimal("23.875"), SIUnits.CELSIUS),
                report.states().get("temperatures#temperature-2"));
        assertEquals(new QuantityType<>(1326548, MetricPrefix.MILLI(Units.SECOND)),
                report.states().get("device#uptime"));
    }

    @Test
    void aCaptureOfSetsAndResultsGivesNoStatesAndReportsTheShellPromptLine() throws IOException {
        ReplayReport report = replayer.replay(capture("set-result-fna.txt"));
        assertEquals(Map.of(), report.states(), "sets and results are no states");
        assertEquals(List.of("line 3: not a topic of a go-e charger: "
                + "$ mosquitto_sub -t '/go-eCharger/#' -v | grep fna"), report.errors());
    }

    private static void assertQuantity(State state, Unit<?> unit) {
        assertTrue(state instanceof QuantityType<?>, "a quantity: " + state);
        assertEquals(unit, ((QuantityType<?>) state).getUnit());
    }

    static List<String> capture(String name) throws IOException {
        try (InputStream in = CaptureReplayTest.class.getResourceAsStream("/captures/" + name)) {
            assertNotNull(in, "test resource captures/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static Set<String> keysIn(List<String> lines) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String topic = line.substring(0, line.indexOf(' '));
                keys.add(topic.substring(topic.lastIndexOf('/') + 1));
            }
        }
        return keys;
    }
}
