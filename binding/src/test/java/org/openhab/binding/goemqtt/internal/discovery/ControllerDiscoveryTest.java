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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;

/**
 * go-e Controllers in the inbox: found by their retained keys under the controller discovery bases (both defaults or
 * the bridge's own), once {@code typ} says controller, labelled with serial and name, next to chargers.
 */
@NonNullByDefault
class ControllerDiscoveryTest {

    private final FakeTransport transport = new FakeTransport();
    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock());
    private final List<DiscoveryResult> results = new CopyOnWriteArrayList<>();
    private final DiscoveryListener listener = mock(DiscoveryListener.class);
    private final GoeMqttDiscoveryService service = new GoeMqttDiscoveryService();
    private final RecordingCallback callback = new RecordingCallback();

    ControllerDiscoveryTest() {
        doAnswer(call -> results.add(call.getArgument(1))).when(listener).thingDiscovered(any(), any());
    }

    @AfterEach
    void stop() {
        service.dispose();
    }

    @Test
    void aControllerUnderEitherDefaultBaseLandsInTheInboxLabelledWithSerialAndName() {
        start(Map.of());
        transport.retain("/go-eController/900100/fwv", "\"1.2.3\"");
        assertEquals(List.of(), results, "no result before typ says what the device is");
        transport.retain("/go-eController/900100/typ", "\"controller\"");
        transport.retain("/go-eController/900100/fna", "\"Cellar Meter\"");
        transport.retain("go-eController/900200/typ", "\"controller\"");

        DiscoveryResult cellar = results.stream()
                .filter(r -> r.getThingUID().equals(new ThingUID("goemqtt:controller:home:900100")))
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(THING_TYPE_CONTROLLER, cellar.getThingTypeUID());
        assertEquals(new ThingUID("goemqtt:broker:home"), cellar.getBridgeUID());
        assertEquals("go-e Controller 900100 Cellar Meter", cellar.getLabel());
        assertEquals("serial", cellar.getRepresentationProperty());
        assertEquals(Map.of("serial", "900100", "baseTopic", "/go-eController/900100/", "vendor", "go-e",
                "serialNumber", "900100", "firmwareVersion", "1.2.3", "modelId", "controller", "friendlyName",
                "Cellar Meter"), cellar.getProperties());
        DiscoveryResult documented = results.get(results.size() - 1);
        assertEquals(new ThingUID("goemqtt:controller:home:900200"), documented.getThingUID());
        assertEquals("go-e Controller 900200", documented.getLabel());
        assertEquals("go-eController/900200/", documented.getProperties().get(CONFIG_BASE_TOPIC));
    }

    @Test
    void aDeviceOfAnotherTypeUnderTheControllerBasesIsNoController() {
        start(Map.of());
        transport.retain("/go-eController/900100/typ", "\"go-eCharger\"");
        assertEquals(List.of(), results);
    }

    @Test
    void chargersAndControllersAreFoundSideBySideEachAsItsThingType() {
        start(Map.of());
        transport.retain("/go-eCharger/072246/typ", "\"go-eCharger\"");
        transport.retain("/go-eController/900100/typ", "\"controller\"");
        assertEquals(List.of(THING_TYPE_CHARGER, THING_TYPE_CONTROLLER),
                results.stream().map(DiscoveryResult::getThingTypeUID).toList());
    }

    @Test
    void theBridgesControllerBasesReplaceTheDefaults() {
        start(Map.of("controllerDiscoveryBaseTopics", List.of("site/meters/,other/")));
        assertFalse(transport.inject("/go-eController/900100/typ", "\"controller\""), "defaults replaced");
        transport.retain("site/meters/900300/typ", "\"controller\"");
        assertEquals(List.of("site/meters/900300/"),
                results.stream().map(r -> r.getProperties().get(CONFIG_BASE_TOPIC)).toList());
        assertTrue(transport.subscriptions().contains("other/+/fna"), transport.subscriptions().toString());
    }

    @Test
    void aControllerBaseWithAWildcardIsAConfigurationError() {
        BrokerHandler handler = bridge(Map.of("controllerDiscoveryBaseTopics", List.of("meters/#")));
        assertEquals(ThingStatus.OFFLINE, callback.lastStatus().getStatus());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, callback.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(callback.lastStatus().getDescription())
                .startsWith("@text/offline.conf-error.invalid-controller-discovery-base"),
                String.valueOf(callback.lastStatus().getDescription()));
        assertNull(handler.transport(), "no connection with a bad configuration");
    }

    private void start(Map<String, Object> config) {
        service.setThingHandler(bridge(config));
        service.addDiscoveryListener(listener);
        service.initialize();
    }

    private BrokerHandler bridge(Map<String, Object> config) {
        Map<String, Object> full = new HashMap<>(config);
        full.put("host", "broker.local");
        Bridge thing = BridgeBuilder.create(THING_TYPE_BROKER, "home").withConfiguration(new Configuration(full))
                .build();
        BrokerHandler handler = new BrokerHandler(thing, (settings, executor) -> transport, scheduler);
        thing.setHandler(handler);
        handler.setCallback(callback.handlerCallback());
        handler.initialize();
        scheduler.runDue();
        return handler;
    }
}
