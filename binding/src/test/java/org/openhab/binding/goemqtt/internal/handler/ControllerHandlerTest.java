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
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * A controller thing on the fake transport: ONLINE on data, category and sensor channels named by the owner, stable
 * ids across renames, confirmed and rejected writes, and a charger thing whose PV feed follows its grid power.
 */
@NonNullByDefault
class ControllerHandlerTest {

    private static final String BASE = "/go-eController/900100/";
    private static final String STATUS = "/controller/controller-status.txt";

    private final ChargerHarness harness = new ChargerHarness(Map.of("serial", "072246", "pvController",
            "goemqtt:controller:home:cellar", "pvFeedInterval", 1, "pvFeedMaxAge", 10));
    private final RecordingCallback callback = new RecordingCallback();
    private final Thing thing = ThingBuilder
            .create(THING_TYPE_CONTROLLER, new ThingUID(THING_TYPE_CONTROLLER, harness.bridge.getUID(), "cellar"))
            .withBridge(harness.bridge.getUID())
            .withConfiguration(OpenhabConfiguration.of("controller").prepare(Map.of("serial", "900100"))).build();
    private final ControllerHandler handler = new ControllerHandler(thing, harness.clock, harness.scheduler);

    ControllerHandlerTest() {
        thing.setHandler(handler);
        callback.withBridge(harness.bridge);
        handler.setCallback(callback.handlerCallback());
    }

    @AfterEach
    void stop() {
        handler.dispose();
        harness.handler.dispose();
    }

    @Test
    void aFullStatusBringsItOnlineWithChannelsForTheNamedCategoriesAndSensorsOnly() {
        start();
        assertEquals(ThingStatus.ONLINE, callback.lastStatus().getStatus());
        Map<String, String> labels = slotLabels();
        assertEquals("Home Power", labels.get("categories#category-0-power"));
        assertEquals("Grid Energy Out", labels.get("categories#category-1-energy-out"));
        assertEquals("Heat Pump Current L3", labels.get("categories#category-6-current-l3"));
        assertNull(labels.get("categories#category-7-power"), "an unnamed category has no channels");
        assertEquals(7 * 7 + 5 * 3, labels.size(), "7 named categories, 5 named sensors: " + labels.keySet());
        assertEquals("Grid L1 Power", labels.get("sensors#sensor-0-power"));
        assertEquals(new QuantityType<>(-1240, Units.WATT), callback.lastStateOf("categories#category-1-power"));
        assertEquals(new QuantityType<>(new BigDecimal("5200.25"), Units.WATT),
                callback.lastStateOf("categories#category-4-power"));
        assertNull(callback.lastStateOf("categories#category-7-power"), "no state for a channel the thing lacks");
        assertEquals(new QuantityType<>(new BigDecimal("231.2"), Units.VOLT), callback.lastStateOf("meter#voltage-l1"));
        assertEquals("Cellar Meter", thing(callback).getProperties().get(PROPERTY_FRIENDLY_NAME));
    }

    @Test
    void aRenamedCategoryKeepsItsChannelIdsAndItsLabelFollowsAClearedOneLosesItsChannels() {
        start();
        harness.transport.inject(BASE + "ccn",
                "[\"Haus\",\"Netz\",\"Car\",\"Relais\",\"Solar\",\"Akku\",null,null,null,null,null,null,null,null,null,null]");
        harness.scheduler.runDue();
        Map<String, String> labels = slotLabels();
        assertEquals("Netz Power", labels.get("categories#category-1-power"));
        assertEquals("Haus Energy In", labels.get("categories#category-0-energy-in"));
        assertNull(labels.get("categories#category-6-power"), "Heat Pump was cleared");
        harness.transport.inject(BASE + "ccp", "[900,-1500,0,0,-4000,-100]");
        assertEquals(new QuantityType<>(-1500, Units.WATT), callback.lastStateOf("categories#category-1-power"));
    }

    @Test
    void aCategoryPastTheSlotsIsNotLostItsArrayGetsARawChannel() {
        start();
        assertFalse(thing(callback).getChannels().stream().anyMatch(c -> c.getUID().getId().equals("raw#ccp")));
        String ccp = "[850,-1240,3600,0,5200,-590,410,null,null,null,null,null,null,null,null,null,null,null,null,"
                + "null,null,77]";
        harness.transport.inject(BASE + "ccp", ccp);
        harness.scheduler.runDue();
        assertTrue(thing(callback).getChannels().stream().anyMatch(c -> c.getUID().getId().equals("raw#ccp")),
                "the raw channel was added");
        assertEquals(new StringType(ccp), callback.lastStateOf("raw#ccp"));
        assertEquals(new QuantityType<>(-1240, Units.WATT), callback.lastStateOf("categories#category-1-power"),
                "the typed channels stay");
        assertEquals(ThingStatus.ONLINE, callback.lastStatus().getStatus());
    }

    @Test
    void aWriteIsPublishedOnSetAndConfirmedOrRejectedOnResult() {
        start();
        handler.handleCommand(new ChannelUID(thing.getUID(), "meter-settings#category-names"),
                new StringType("[\"Home\",\"Netz\"]"));
        harness.afterWindow();
        assertEquals(List.of("[\"Home\",\"Netz\"]"), harness.transport.publishedTo(BASE + "ccn/set"));
        harness.transport.inject(BASE + "ccn/result", "success");
        assertEquals(ThingStatus.ONLINE, callback.lastStatus().getStatus());
        assertNull(callback.lastStatus().getDescription(), "a confirmed write leaves no problem");

        handler.handleCommand(new ChannelUID(thing.getUID(), "meter-settings#sensor-phases"), new StringType("0, 7"));
        harness.afterWindow();
        harness.transport.inject(BASE + "ips/result", "\"invalid phase\"");
        assertEquals(List.of("meter#event ips:ERROR"), callback.triggers().stream().filter(t -> t.contains("ips"))
                .toList());
        assertTrue(String.valueOf(callback.lastStatus().getDescription()).contains("invalid phase"),
                String.valueOf(callback.lastStatus().getDescription()));
    }

    @Test
    void aChargerNamingTheControllerSendsItsGridPvAndBatteryPowerAndStopsWhenItFallsSilent() {
        harness.initialize();
        harness.publish("car", "1");
        start();
        harness.transport.clearPublished();
        harness.transport.inject(BASE + "ccp", "[850,-1240,3600,0,5200,-590,410]");
        harness.scheduler.advance(Duration.ofSeconds(1));
        assertEquals(List.of("{\"pGrid\":-1240,\"pPv\":5200,\"pAkku\":-590}"),
                harness.transport.publishedTo(ChargerHarness.BASE + "ids/set"));

        harness.command("pv#grid-power-input", new QuantityType<>(3000, Units.WATT));
        harness.transport.inject(BASE + "ccp", "[850,-900,3600,0,5200,-590,410]");
        harness.scheduler.advance(Duration.ofSeconds(1));
        assertEquals("{\"pGrid\":-900,\"pPv\":5200,\"pAkku\":-590}",
                last(harness.transport.publishedTo(ChargerHarness.BASE + "ids/set")), "the controller wins");

        harness.transport.clearPublished();
        harness.scheduler.advance(Duration.ofSeconds(12));
        assertTrue(harness.transport.publishedTo(ChargerHarness.BASE + "ids/set").size() <= 10);
        assertTrue(String.valueOf(harness.callback.lastStatus().getDescription())
                .startsWith("@text/status.pv-feed-stale [ \"10\" ]"),
                String.valueOf(harness.callback.lastStatus().getDescription()));
        harness.transport.clearPublished();
        harness.scheduler.advance(Duration.ofSeconds(3));
        assertEquals(List.of(), harness.transport.publishedTo(ChargerHarness.BASE + "ids/set"), "stale: nothing sent");
    }

    @Test
    void aPvControllerThatIsNoThingUidIsAConfigurationError() {
        ChargerHarness wrong = new ChargerHarness(Map.of("serial", "072246", "pvController", "cellar")).initialize();
        assertEquals(ThingStatus.OFFLINE, wrong.callback.lastStatus().getStatus());
        assertTrue(String.valueOf(wrong.callback.lastStatus().getDescription())
                .startsWith("@text/offline.conf-error.invalid-parameter [ \"pvController\""),
                String.valueOf(wrong.callback.lastStatus().getDescription()));
    }

    private void start() {
        handler.initialize();
        harness.scheduler.runDue();
        for (CaptureFile.Line line : CaptureFile.readResource(STATUS)) {
            harness.transport.retain(line.topic(), line.payload());
        }
        harness.scheduler.runDue();
    }

    private Map<String, String> slotLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Channel channel : thing(callback).getChannels()) {
            String id = channel.getUID().getId();
            if (id.startsWith("categories#") || id.startsWith("sensors#")) {
                labels.put(id, String.valueOf(channel.getLabel()));
            }
        }
        return labels;
    }

    private Thing thing(RecordingCallback recorded) {
        List<Thing> updated = recorded.updatedThings();
        return updated.isEmpty() ? thing : updated.get(updated.size() - 1);
    }

    private static @Nullable String last(List<String> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    static Catalog catalog() {
        return Catalog.controller();
    }
}
