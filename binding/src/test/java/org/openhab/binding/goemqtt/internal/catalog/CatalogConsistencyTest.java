/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.ChannelType;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupChannel;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupType;
import org.openhab.binding.goemqtt.internal.control.ControlChannels;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;

/**
 * The catalog and the static channel XML describe the same channels: every row has its channel (group, id, item
 * type, unit dimension, read-only vs. access, advanced, state options) and every XML channel has a row. Plus the
 * house rules for channel types: labels, semantic tags, {@code %unit%} patterns, kWh hints, veto for writables.
 */
@NonNullByDefault
class CatalogConsistencyTest {

    /** Item type dimension → a unit of that dimension. */
    private static final Map<String, Unit<?>> DIMENSIONS = Map.of("Power", Units.WATT, "Energy", Units.WATT_HOUR,
            "ElectricCurrent", Units.AMPERE, "ElectricPotential", Units.VOLT, "Temperature", SIUnits.CELSIUS,
            "Frequency", Units.HERTZ, "Time", Units.SECOND, "Dimensionless", Units.ONE);
    private static final Set<String> POINT_TAGS = Set.of("Alarm", "Calculation", "Control", "Forecast",
            "Measurement", "Setpoint", "Status", "Switch");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on", "or",
            "the", "to", "with");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Channels the binding serves itself (PV feed inputs, feed status, events): in the XML, no key rows. */
    private static final Set<String> SERVED_BY_BINDING = Set.of(ControlChannels.GRID_POWER,
            ControlChannels.PV_POWER, ControlChannels.BATTERY_POWER, ControlChannels.FEED_ACTIVE,
            ControlChannels.EVENT);
    private static final Set<String> INPUTS = Set.of(ControlChannels.GRID_POWER, ControlChannels.PV_POWER,
            ControlChannels.BATTERY_POWER);

    private static OhInfModel xml = new OhInfModel();
    private static final Catalog CATALOG = Catalog.standard();

    @BeforeAll
    static void loadXml() throws Exception {
        xml = OhInfModel.load();
    }

    @Test
    void theChargerListsEveryChannelGroupOfTheCatalogInOrder() {
        List<String> expected = new ArrayList<>();
        for (ChannelGroup group : ChannelGroup.values()) {
            if (!group.controllerOnly()) {
                expected.add(group.id());
            }
        }
        assertEquals(expected, List.copyOf(xml.chargerGroups.keySet()));
        xml.chargerGroups.forEach((id, type) -> assertNotNull(xml.groupTypes.get(type), "group type " + type));
    }

    @Test
    void everyRowFindsItsChannelWithTheSameItemType() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : CATALOG.rows()) {
            if (row.group() == null) {
                continue;
            }
            GroupChannel channel = channel(row.channelUid());
            ChannelType type = channel == null ? null : xml.type(channel.typeId());
            if (type == null) {
                problems.add(row.path() + ": no channel " + row.channelUid() + " (or its type) in the XML");
            } else if (!type.itemType().equals(row.itemType())) {
                problems.add(row.path() + ": item type " + row.itemType() + ", XML says " + type.itemType());
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void everyXmlChannelHasARow() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> group : xml.chargerGroups.entrySet()) {
            for (GroupChannel channel : xml.groupTypes.get(group.getValue()).channels()) {
                String uid = group.getKey() + "#" + channel.id();
                if (CATALOG.rowsFor(uid).isEmpty() && !SERVED_BY_BINDING.contains(uid)) {
                    problems.add(uid + " has no catalog row");
                }
            }
        }
        assertNoProblems(problems);
        assertTrue(xml.groupTypes.get(ChannelGroup.RAW.id()).channels().isEmpty(),
                "the raw group gets its channels at run time only");
    }

    @Test
    void channelsTheBindingServesAreInTheXmlWithoutRows() {
        for (String uid : SERVED_BY_BINDING) {
            assertEquals(List.of(), CATALOG.rowsFor(uid), uid);
            ChannelType type = type(uid);
            if (INPUTS.contains(uid)) {
                assertEquals("Number:Power", type.itemType(), uid);
                assertFalse(type.readOnly() || type.veto(), uid + ": command only, the item keeps what it was sent");
            }
        }
        assertTrue(type(ControlChannels.FEED_ACTIVE).readOnly());
        assertEquals("Switch", type(ControlChannels.FEED_ACTIVE).itemType());
        assertTrue(type(ControlChannels.EVENT).trigger());
    }

    @Test
    void numericRowsDeclareAUnitOfTheItemTypesDimensionAndOthersNone() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : CATALOG.rows()) {
            Unit<?> unit = row.unit();
            if (row.itemType().startsWith("Number:")) {
                Unit<?> reference = DIMENSIONS.get(row.itemType().substring("Number:".length()));
                if (reference == null || unit == null || !unit.isCompatible(reference)) {
                    problems.add(row.path() + ": " + row.itemType() + " with unit " + unit);
                }
            } else if (unit != null) {
                problems.add(row.path() + ": " + row.itemType() + " must not have a unit, has " + unit);
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void readOnlyAndVetoFollowTheAccessOfTheRows() {
        List<String> problems = new ArrayList<>();
        for (String uid : CATALOG.channels()) {
            ChannelType type = type(uid);
            boolean writable = CATALOG.writerOf(uid) != null;
            if (type.readOnly() == writable) {
                problems.add(uid + ": readOnly=" + type.readOnly() + " but writable=" + writable);
            }
            if (!type.system() && type.veto() != writable) {
                problems.add(uid + ": autoUpdatePolicy veto must be set exactly on writable channels");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void advancedFlagsAndStateOptionsMatchTheRows() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : CATALOG.rows()) {
            if (row.group() == null) {
                continue;
            }
            ChannelType type = type(row.channelUid());
            if (!type.system() && type.advanced() != row.advanced()) {
                problems.add(row.path() + ": advanced " + row.advanced() + ", XML says " + type.advanced());
            }
            CodeList codes = row.codes();
            Map<String, String> expected = new TreeMap<>();
            if (codes != null) {
                codes.labels().forEach((code, label) -> expected.put(String.valueOf(code), label));
            }
            if (!expected.equals(new TreeMap<>(type.options()))) {
                problems.add(row.path() + ": state options " + type.options() + ", codes " + expected);
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void channelTypesFollowTheHouseRules() {
        List<String> problems = new ArrayList<>();
        for (ChannelType type : xml.channelTypes.values()) {
            String id = type.id();
            if (!ID.matcher(id).matches()) {
                problems.add(id + ": id is not lower-case-hyphen");
            }
            checkLabel(id, type.label(), problems);
            long points = type.tags().stream().filter(POINT_TAGS::contains).count();
            if (type.tags().size() > 2 || points > 1 || type.tags().size() - points > 1) {
                problems.add(id + ": tags " + type.tags() + " (one point tag and at most one property tag)");
            }
            if (type.itemType().startsWith("Number:") && (type.pattern() == null
                    || !type.pattern().contains("%unit%"))) {
                problems.add(id + ": " + type.itemType() + " needs %unit% in its pattern");
            }
            if ("Number:Energy".equals(type.itemType()) && !"kWh".equals(type.unitHint())) {
                problems.add(id + ": energy is shown in kWh (unitHint)");
            }
        }
        for (GroupType group : xml.groupTypes.values()) {
            checkLabel(group.id(), group.label(), problems);
            for (GroupChannel channel : group.channels()) {
                String label = channel.label();
                if (label != null) {
                    checkLabel(group.id() + "#" + channel.id(), label, problems);
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void everyChannelTypeIsUsedAndTheRawTypeIsAnAdvancedReadOnlyString() {
        Set<String> used = new LinkedHashSet<>();
        xml.groupTypes.values().forEach(g -> g.channels().forEach(c -> used.add(c.typeId())));
        used.add(Catalog.RAW_CHANNEL_TYPE);
        for (ControllerChannels.Slot slot : ControllerChannels.Slot.values()) {
            ControllerChannels.channels(slot, 0).forEach(c -> used.add(c.typeId()));
        }
        Set<String> unused = new LinkedHashSet<>(xml.channelTypes.keySet());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "channel types no channel uses");

        ChannelType raw = xml.channelTypes.get(Catalog.RAW_CHANNEL_TYPE);
        assertNotNull(raw);
        assertEquals("String", raw.itemType());
        assertTrue(raw.readOnly() && raw.advanced(), "raw channels are advanced and read only");
    }

    private static void checkLabel(String where, String label, List<String> problems) {
        if (label.isEmpty() || label.length() > 25) {
            problems.add(where + ": label '" + label + "' must have 1 to 25 characters");
        }
        String[] words = label.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean small = i > 0 && SMALL_WORDS.contains(word);
            if (!small && !word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                problems.add(where + ": label '" + label + "' is not in title case");
            }
        }
    }

    private static @Nullable GroupChannel channel(String uid) {
        String[] parts = uid.split("#", 2);
        String groupType = xml.chargerGroups.get(parts[0]);
        GroupType group = groupType == null ? null : xml.groupTypes.get(groupType);
        if (group == null) {
            return null;
        }
        return group.channels().stream().filter(c -> c.id().equals(parts[1])).findFirst().orElse(null);
    }

    private static ChannelType type(String uid) {
        GroupChannel channel = channel(uid);
        assertNotNull(channel, uid + " is in the XML");
        ChannelType type = xml.type(channel.typeId());
        assertNotNull(type, "channel type " + channel.typeId());
        return type;
    }

    static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
}
