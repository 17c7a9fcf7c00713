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
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels.Slot;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.ChannelType;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupChannel;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupType;
import org.openhab.binding.goemqtt.internal.handler.ControllerHandler;

/**
 * The controller's catalog and {@code OH-INF/thing/controller.xml} describe the same channels: every row of a static
 * group has its channel with the same item type, access, advanced flag and state options, every XML channel has a
 * row, and the channels the handler adds per category and sensor have their static channel types.
 */
@NonNullByDefault
class ControllerThingTypeTest {

    private static OhInfModel xml = new OhInfModel();
    private static final Catalog CATALOG = Catalog.controller();

    @BeforeAll
    static void loadXml() throws Exception {
        xml = OhInfModel.load();
    }

    @Test
    void theControllerHasAGroupForEveryGroupOfItsRowsAndTheRawGroup() {
        Set<String> needed = new LinkedHashSet<>();
        CATALOG.rows().stream().map(KeyRow::group).filter(g -> g != null).forEach(g -> needed.add(g.id()));
        needed.add(ChannelGroup.RAW.id());
        assertEquals(new TreeSet<>(needed), new TreeSet<>(xml.controllerGroups.keySet()),
                "the thing's groups are those of its rows, and raw");
        for (Slot slot : Slot.values()) {
            GroupType group = xml.groupTypes.get(xml.controllerGroups.get(slot.group().id()));
            assertNotNull(group, slot.group().id());
            assertEquals(List.of(), group.channels(), slot + " channels come at run time only");
        }
    }

    @Test
    void everyStaticRowFindsItsChannelWithTheSameTypeAccessAdvancedFlagAndOptions() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : CATALOG.rows()) {
            ChannelGroup group = row.group();
            if (group == null || group == ChannelGroup.CATEGORIES || group == ChannelGroup.SENSORS) {
                continue;
            }
            xml.checkRow(row, xml.controllerGroups, "controller.xml", problems);
        }
        CatalogConsistencyTest.assertNoProblems(problems);
    }

    @Test
    void everyChannelOfTheControllerXmlHasARow() {
        List<String> problems = new ArrayList<>();
        xml.controllerGroups.forEach((groupId, typeId) -> {
            for (GroupChannel channel : xml.groupTypes.get(typeId).channels()) {
                String uid = groupId + "#" + channel.id();
                if (CATALOG.rowsFor(uid).isEmpty() && !ControllerHandler.EVENT_CHANNEL.equals(uid)) {
                    problems.add(uid + " has no row");
                }
            }
        });
        CatalogConsistencyTest.assertNoProblems(problems);
    }

    @Test
    void slotChannelsHaveReadOnlyStaticTypesOfTheirItemType() {
        for (Slot slot : Slot.values()) {
            for (ControllerChannels.SlotChannel channel : ControllerChannels.channels(slot, 0)) {
                ChannelType type = xml.channelTypes.get(channel.typeId());
                assertNotNull(type, channel.typeId());
                assertEquals(channel.itemType(), type.itemType(), channel.typeId());
                assertTrue(type.readOnly(), channel.typeId());
                assertFalse(type.advanced(), channel.typeId() + ": a category's power is what the thing is for");
                String label = ControllerChannels.label("Heat Pump", channel);
                assertTrue(label.length() <= 25, label);
            }
        }
    }
}
