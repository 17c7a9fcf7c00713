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
        ReplayReport whole = replayer.replay(lines);
        assertEquals(List.of(), whole.otherLines());
        ReplayReport.Charger report = whole.only();

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
        ReplayReport.Charger report = replayer.replay(capture(dump)).only();
        assertEquals(List.of(), List.copyOf(report.unmappedKeys()), dump + ": keys that became raw channels");
    }

    @ParameterizedTest
    @ValueSource(strings = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" })
    void powerEnergyAndTemperaturesArriveInTheirUnits(String dump) throws IOException {
        ReplayReport.Charger report = replayer.replay(capture(dump)).only();
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
        ReplayReport.Charger report = replayer.replay(capture(dump)).only();
        assertEquals(new QuantityType<>(230, Units.VOLT), report.states().get("phases#voltage-l1"));
        assertEquals(new QuantityType<>(new BigDecimal("23.875"), SIUnits.CELSIUS),
                report.states().get("temperatures#temperature-2"));
        assertEquals(new QuantityType<>(1326548, MetricPrefix.MILLI(Units.SECOND)),
                report.states().get("device#uptime"));
    }

    @Test
    void aCaptureOfSetsAndResultsGivesCommandsAndAnswersPerBaseTopicAndReportsTheShellPromptLine()
            throws IOException {
        ReplayReport report = replayer.replay(capture("set-result-fna.txt"));
        assertEquals(List.of("line 3: not a topic of a go-e charger: "
                + "$ mosquitto_sub -t '/go-eCharger/#' -v | grep fna"), report.otherLines());
        assertEquals(List.of("/go-eCharger/072246/", "go-eCharger/072246/"),
                report.chargers().stream().map(ReplayReport.Charger::base).toList());
        ReplayReport.Charger slash = report.chargers().get(0);
        assertEquals(Map.of(), slash.states(), "sets and results are no states");
        assertEquals(List.of("line 4: command fna = go", //
                "line 5: answer fna: invalid json InvalidInput: go", //
                "line 6: command fna = \"go\"", //
                "line 7: answer fna: String length  2 exceeds range 4 to 64 \"go\"", //
                "line 9: answer fna: success"), slash.commands());
        assertEquals(List.of("line 8: command fna = \"gogogo\""), report.chargers().get(1).commands());
        assertEquals(List.of(), slash.errors());
    }

    @Test
    void twoChargersOnOneBrokerKeepTheirStatesCommandsAndErrorsApart() throws IOException {
        ReplayReport report = replayer.replay(capture("two-chargers-set-result.txt"));
        assertEquals(List.of(), report.otherLines());
        assertEquals(2, report.chargers().size());
        ReplayReport.Charger first = report.chargers().get(0);
        ReplayReport.Charger fourth = report.chargers().get(1);
        assertEquals("00000001", first.serial());
        assertEquals("/go-eCharger/00000001/", first.base());
        assertEquals("00000004", fourth.serial());
        assertEquals("/go-eCharger/00000004/", fourth.base());

        assertEquals("10 A", first.states().get("charging#requested-current").toFullString());
        assertEquals("2", first.states().get("status#car-state").toFullString());
        assertEquals("16 A", fourth.states().get("charging#requested-current").toFullString());
        assertEquals("1", fourth.states().get("status#car-state").toFullString());
        assertFalse(first.states().containsKey("raw#yyNew"));
        assertFalse(fourth.states().containsKey("raw#zzNew"));

        assertEquals(List.of(), first.commands());
        assertEquals(List.of("line 7: command amp = 16", "line 8: answer amp: success"), fourth.commands());
        assertEquals(List.of("zzNew"), List.copyOf(first.unmappedKeys()));
        assertEquals(List.of("yyNew"), List.copyOf(fourth.unmappedKeys()));
        assertEquals(1, first.errors().size());
        assertTrue(first.errors().get(0).startsWith("line 12: fna: not valid JSON"), first.errors().get(0));
        assertEquals(List.of("line 13: nrg: expected an array, got string \"230,1\""), fourth.errors());
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
