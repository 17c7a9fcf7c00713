/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.docs.ThingXmlFacts;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * Discovery through a broker bridge on the fake transport: chargers found under both default bases and custom ones,
 * one result per serial, openHAB's standard properties added as they arrive, invalid serials refused, and results
 * that openHAB's inbox matches with a charger thing however it was added.
 */
@NonNullByDefault
class GoeMqttDiscoveryServiceTest {

    private final FakeTransport transport = new FakeTransport();
    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock());
    private final List<DiscoveryResult> results = new CopyOnWriteArrayList<>();
    private final DiscoveryListener listener = mock(DiscoveryListener.class);
    private final GoeMqttDiscoveryService service = new GoeMqttDiscoveryService();

    GoeMqttDiscoveryServiceTest() {
        doAnswer(call -> results.add(call.getArgument(1))).when(listener).thingDiscovered(any(), any());
    }

    @AfterEach
    void stop() {
        service.dispose();
    }

    @Test
    void findsChargersUnderBothDefaultBases() {
        start(Map.of());
        transport.retain("/go-eCharger/072246/fwv", "\"60.5\"");
        transport.retain("go-eCharger/123456/fwv", "\"055.2\"");

        assertEquals(2, results.size());
        DiscoveryResult field = results.get(0);
        assertEquals(new ThingUID("goemqtt:charger:home:072246"), field.getThingUID());
        assertEquals(THING_TYPE_CHARGER, field.getThingTypeUID());
        assertEquals(new ThingUID("goemqtt:broker:home"), field.getBridgeUID());
        assertEquals("go-e Charger 072246", field.getLabel());
        assertEquals("serial", field.getRepresentationProperty());
        assertEquals(Map.of("serial", "072246", "baseTopic", "/go-eCharger/072246/", "vendor", "go-e", "serialNumber",
                "072246", "firmwareVersion", "60.5"), field.getProperties());
        DiscoveryResult documented = results.get(1);
        assertEquals(new ThingUID("goemqtt:charger:home:123456"), documented.getThingUID());
        assertEquals("go-eCharger/123456/", documented.getProperties().get(CONFIG_BASE_TOPIC));
    }

    @Test
    void searchesACustomBaseInsteadOfTheDefaults() {
        start(Map.of("discoveryBaseTopics", List.of("site/chargers")));
        assertFalse(transport.inject("/go-eCharger/072246/fwv", "\"60.5\""), "defaults replaced");
        transport.retain("site/chargers/099887/var", "22");

        assertEquals(1, results.size());
        assertEquals(Map.of("serial", "099887", "baseTopic", "site/chargers/099887/", "vendor", "go-e", "serialNumber",
                "099887", "variant", "22 kW"), results.get(0).getProperties());
    }

    @Test
    void theSameSerialSeenTwiceGivesOneResult() {
        start(Map.of());
        transport.inject("/go-eCharger/072246/fwv", "\"60.5\"");
        transport.inject("/go-eCharger/072246/fwv", "\"60.5\"");
        transport.inject("go-eCharger/072246/fwv", "\"60.5\"");

        assertEquals(1, results.size());
        assertEquals("/go-eCharger/072246/", results.get(0).getProperties().get(CONFIG_BASE_TOPIC),
                "the base it was first seen under stays");
    }

    @Test
    void propertiesThatArriveLaterUpdateTheResult() {
        start(Map.of());
        transport.inject("/go-eCharger/072246/fwv", "\"055.6\"");
        transport.inject("/go-eCharger/072246/typ", "\"go-eCharger\"");
        transport.inject("/go-eCharger/072246/var", "11");

        assertEquals(1, results.stream().map(DiscoveryResult::getThingUID).distinct().count());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("serial", "072246");
        expected.put("baseTopic", "/go-eCharger/072246/");
        expected.put("vendor", "go-e");
        expected.put("serialNumber", "072246");
        expected.put("firmwareVersion", "055.6");
        expected.put("modelId", "go-eCharger");
        expected.put("variant", "11 kW");
        assertEquals(expected, results.get(results.size() - 1).getProperties());
    }

    @Test
    void aRepeatedFirmwareTellsNothingAndANewOneUpdatesTheResult() {
        start(Map.of());
        transport.inject("/go-eCharger/072246/fwv", "\"055.6\"");
        transport.inject("/go-eCharger/072246/fwv", "\"055.6\"");
        transport.inject("/go-eCharger/072246/fwv", "\"056.2\"");

        assertEquals(List.of("055.6", "056.2"),
                results.stream().map(result -> result.getProperties().get("firmwareVersion")).toList());
    }

    @Test
    void aRepeatedMessageCountsAgainOnceTheChargerSaidSomethingElseUnderItsOtherBase() {
        start(Map.of());
        transport.inject("/go-eCharger/072246/fwv", "\"055.6\"");
        transport.inject("/go-eCharger/072246/fwv", "\"055.6\"");
        transport.inject("go-eCharger/072246/fwv", "\"056.2\"");
        transport.inject("/go-eCharger/072246/fwv", "\"055.6\"");

        assertEquals(List.of("055.6", "056.2", "055.6"),
                results.stream().map(result -> result.getProperties().get("firmwareVersion")).toList());
    }

    @Test
    void openhabsInboxDoesNotOfferAChargerAddedByHandWithNothingButItsSerial() throws Exception {
        start(Map.of());
        transport.retain("/go-eCharger/072246/fwv", "\"60.5\"");
        DiscoveryResult result = results.get(0);
        ThingXmlFacts xml = ThingXmlFacts.load();
        String typeProperty = xml.representationProperty("charger");
        assertEquals(typeProperty, result.getRepresentationProperty(), "the thing type and its results agree");

        Thing byHand = ThingBuilder.create(THING_TYPE_CHARGER, "garage")
                .withConfiguration(new Configuration(Map.of("serial", "072246"))).build();
        assertTrue(byHand.getProperties().isEmpty(), "a .things line whose handler has not run (or is disabled)");
        assertTrue(OpenhabInbox.ignoresBecauseOf(result, typeProperty, byHand));
        assertNull(OpenhabInbox.thingValue(Thing.PROPERTY_SERIAL_NUMBER, byHand),
                "with serialNumber as representation property it would be offered again");
        Thing other = ThingBuilder.create(THING_TYPE_CHARGER, "other")
                .withConfiguration(new Configuration(Map.of("serial", "099887"))).build();
        assertFalse(OpenhabInbox.ignoresBecauseOf(result, typeProperty, other));

        Map<String, ThingXmlFacts.Parameter> parameters = xml.parameters("charger");
        assertNotNull(parameters);
        Thing approved = OpenhabInbox.approve(result, parameters.keySet(), xml.declaredProperties("charger"));
        assertEquals(Map.of("serial", "072246", "baseTopic", "/go-eCharger/072246/"),
                approved.getConfiguration().getProperties());
        assertEquals(Map.of("vendor", "go-e", "serialNumber", "072246", "firmwareVersion", "60.5"),
                approved.getProperties());
        assertTrue(OpenhabInbox.ignoresBecauseOf(result, typeProperty, approved));

        Thing earlier = ThingBuilder.create(THING_TYPE_CHARGER, "earlier")
                .withConfiguration(new Configuration(Map.of("serial", "072246")))
                .withProperties(Map.of("serial", "072246", "firmware", "055.2")).build();
        assertTrue(OpenhabInbox.ignoresBecauseOf(result, typeProperty, earlier), "a thing of an earlier version");
    }

    @Test
    void theThingTypeDeclaresTheVendorForEveryThingOpenhabCreates() throws Exception {
        assertEquals(Map.of(Thing.PROPERTY_VENDOR, VENDOR), ThingXmlFacts.load().declaredProperties("charger"));
    }

    @Test
    void onlyALastTopicLevelThatIsADiscoveryKeyIsASighting() {
        BrokerHandler handler = start(Map.of());
        byte[] firmware = "\"60.5\"".getBytes(StandardCharsets.UTF_8);

        assertFalse(handler.sightings().accept("/go-eCharger/072246/xfwv", firmware));
        assertFalse(handler.sightings().accept("/go-eCharger/072246/fwv/set", firmware));
        assertFalse(handler.sightings().accept("/go-eCharger/072246/nrg", firmware));
        assertTrue(results.isEmpty());
        assertTrue(handler.sightings().accept("/go-eCharger/072246/fwv", firmware));
    }

    @Test
    void aSerialWithWildcardCharactersIsRefused() {
        BrokerHandler handler = start(Map.of());
        transport.inject("/go-eCharger/07+246/fwv", "\"60.5\"");
        transport.inject("/go-eCharger/#/fwv", "\"60.5\"");

        assertTrue(results.isEmpty());
        assertFalse(handler.sightings().accept("/go-eCharger/07+246/fwv",
                "\"60.5\"".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSerialAUidCannotHoldKeepsItsTextInTheConfiguration() {
        start(Map.of());
        transport.inject("/go-eCharger/ab.c/fwv", "\"60.5\"");
        assertEquals(new ThingUID("goemqtt:charger:home:ab_c"), results.get(0).getThingUID());
        assertEquals("ab.c", results.get(0).getProperties().get(CONFIG_SERIAL));
        assertEquals("ab_c", GoeMqttDiscoveryService.thingId(ChargerSerial.of("ab.c")));
    }

    @Test
    void chargersSeenBeforeTheServiceStartedAreReportedAtOnceAndOnEachScan() {
        BrokerHandler handler = bridge(Map.of());
        transport.retain("/go-eCharger/072246/fwv", "\"60.5\"");
        service.setThingHandler(handler);
        service.addDiscoveryListener(listener);
        service.initialize();
        assertEquals(1, results.size());

        service.startScan(null);
        assertEquals(2, results.size());
        assertEquals(results.get(0).getThingUID(), results.get(1).getThingUID());
    }

    @Test
    void afterDisposeNothingMoreIsReported() {
        BrokerHandler handler = start(Map.of());
        service.dispose();
        transport.inject("/go-eCharger/072246/fwv", "\"60.5\"");
        assertTrue(results.isEmpty());
        assertSame(handler, service.getThingHandler());
    }

    private BrokerHandler start(Map<String, Object> config) {
        BrokerHandler handler = bridge(config);
        service.setThingHandler(handler);
        service.addDiscoveryListener(listener);
        service.initialize();
        return handler;
    }

    private BrokerHandler bridge(Map<String, Object> config) {
        Map<String, Object> full = new HashMap<>(config);
        full.put("host", "broker.local");
        Bridge thing = BridgeBuilder.create(THING_TYPE_BROKER, "home").withConfiguration(new Configuration(full))
                .build();
        BrokerHandler handler = new BrokerHandler(thing, (settings, executor) -> transport, scheduler);
        thing.setHandler(handler);
        handler.setCallback(new RecordingCallback().handlerCallback());
        handler.initialize();
        scheduler.runDue();
        return handler;
    }
}
