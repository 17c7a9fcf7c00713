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
import org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.ChannelType;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupChannel;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision;

/**
 * The v1 catalog and {@code OH-INF/thing/charger-v1.xml} describe the same channels: every shown row has its channel
 * with the same item type, access, advanced flag and state options; every XML channel has a row or is one of the
 * binding's own (the event trigger, the PV inputs and the PV control state); channels shared with the v2 charger
 * keep its item type.
 */
@NonNullByDefault
class V1ThingTypeTest {

    private static OhInfModel xml = new OhInfModel();
    private static final Catalog CATALOG = Catalog.v1();
    /** Channels of the thing that no key feeds. */
    private static final Set<String> OWN_CHANNELS = Set.of("status#event", "pv#grid-power-input",
            "pv#pv-power-input", "pv#battery-power-input", "pv#control-state", "pv#control-text");

    @BeforeAll
    static void loadXml() throws Exception {
        xml = OhInfModel.load();
    }

    @Test
    void theThingTypeIsChargerV1WithTheGroupsOfItsRowsThePvGroupAndRaw() {
        assertEquals("charger-v1", GoeMqttBindingConstants.THING_TYPE_CHARGER_V1.getId());
        Set<String> needed = new LinkedHashSet<>();
        CATALOG.rows().stream().map(KeyRow::group).filter(g -> g != null).forEach(g -> needed.add(g.id()));
        needed.add(ChannelGroup.PV.id());
        needed.add(ChannelGroup.RAW.id());
        assertEquals(new TreeSet<>(needed), new TreeSet<>(xml.chargerV1Groups.keySet()));
        assertEquals("raw", xml.chargerV1Groups.get("raw"), "raw channels come at run time, as on v2");
    }

    @Test
    void everyShownRowFindsItsChannelWithTheSameTypeAccessAdvancedFlagAndOptions() {
        List<String> problems = new ArrayList<>();
        for (KeyRow row : CATALOG.rows()) {
            if (!row.shown()) {
                continue;
            }
            xml.checkRow(row, xml.chargerV1Groups, "charger-v1.xml", problems);
        }
        CatalogConsistencyTest.assertNoProblems(problems);
    }

    @Test
    void everyChannelOfTheXmlHasARowOrIsTheBindingsOwn() {
        List<String> problems = new ArrayList<>();
        Set<String> own = new TreeSet<>();
        xml.chargerV1Groups.forEach((groupId, typeId) -> {
            for (GroupChannel channel : xml.groupTypes.get(typeId).channels()) {
                String uid = groupId + "#" + channel.id();
                if (OWN_CHANNELS.contains(uid)) {
                    own.add(uid);
                } else if (CATALOG.rowsFor(uid).isEmpty()) {
                    problems.add(uid + " has no row");
                }
            }
        });
        CatalogConsistencyTest.assertNoProblems(problems);
        assertEquals(new TreeSet<>(OWN_CHANNELS), own);
    }

    @Test
    void channelsSharedWithTheV2ChargerKeepItsItemType() {
        List<String> problems = new ArrayList<>();
        int shared = 0;
        for (String uid : CATALOG.channels()) {
            List<KeyRow> v2 = Catalog.standard().rowsFor(uid);
            if (v2.isEmpty()) {
                continue;
            }
            shared++;
            String v1Type = CATALOG.rowsFor(uid).get(0).itemType();
            if (!v2.get(0).itemType().equals(v1Type)) {
                problems.add(uid + ": v1 " + v1Type + ", v2 " + v2.get(0).itemType());
            }
        }
        CatalogConsistencyTest.assertNoProblems(problems);
        assertTrue(shared >= 60, shared + " channels shared with v2");
        for (String uid : List.of("status#car-state", "charging#requested-current", "status#charging-allowed",
                "energy#power", "energy#total-energy", "phases#current-l1", "phases#voltage-l1")) {
            assertFalse(Catalog.standard().rowsFor(uid).isEmpty(), uid + " is a v2 channel");
            assertFalse(CATALOG.rowsFor(uid).isEmpty(), uid + " is a v1 channel");
        }
    }

    @Test
    void theOwnChannelsUseTheV2TypesAndThePvControlStatesAreTheControlsOwn() {
        for (String uid : List.of("status#event", "pv#grid-power-input", "pv#pv-power-input",
                "pv#battery-power-input")) {
            GroupChannel v1 = xml.groupChannel(xml.chargerV1Groups, uid);
            GroupChannel v2 = xml.groupChannel(xml.chargerGroups, uid);
            assertNotNull(v1, uid);
            assertNotNull(v2, uid);
            assertEquals(v2.typeId(), v1.typeId(), uid);
        }
        GroupChannel state = xml.groupChannel(xml.chargerV1Groups, "pv#control-state");
        assertNotNull(state);
        ChannelType type = xml.type(state.typeId());
        assertNotNull(type);
        assertEquals("String", type.itemType());
        assertTrue(type.readOnly());
        Set<String> names = new TreeSet<>();
        for (V1SurplusDecision.State s : V1SurplusDecision.State.values()) {
            names.add(s.name());
        }
        assertEquals(names, new TreeSet<>(type.options().keySet()));
        GroupChannel text = xml.groupChannel(xml.chargerV1Groups, "pv#control-text");
        assertNotNull(text);
        ChannelType textType = xml.type(text.typeId());
        assertNotNull(textType);
        assertEquals("String", textType.itemType());
        assertTrue(textType.readOnly());
    }
}
