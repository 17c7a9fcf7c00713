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

import java.io.IOException;
import java.nio.file.Files;
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
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;

/**
 * API v1 chargers in the inbox: a {@code status} object with {@code version} and {@code sse} under a discovery base
 * (the real capture, byte for byte) becomes a {@code goemqtt:charger-v1}; a serial that publishes v2 keys as well is
 * offered once, as the v2 charger.
 */
@NonNullByDefault
class V1DiscoveryTest {

    private final FakeTransport transport = new FakeTransport();
    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock());
    private final List<DiscoveryResult> results = new CopyOnWriteArrayList<>();
    private final List<ThingUID> removed = new CopyOnWriteArrayList<>();
    private final DiscoveryListener listener = mock(DiscoveryListener.class);
    private final GoeMqttDiscoveryService service = new GoeMqttDiscoveryService();
    private final RecordingCallback callback = new RecordingCallback();

    V1DiscoveryTest() {
        doAnswer(call -> results.add(call.getArgument(1))).when(listener).thingDiscovered(any(), any());
        doAnswer(call -> removed.add(call.getArgument(1))).when(listener).thingRemoved(any(), any());
    }

    @AfterEach
    void stop() {
        service.dispose();
    }

    static byte[] capture() throws IOException {
        return Files.readAllBytes(SharedReference.resolve("captures/v1-041.0-status.json"));
    }

    @Test
    void theCapturedStatusUnderEitherDefaultBaseIsAV1ChargerLabelledWithSerialAndFirmware() throws IOException {
        start();
        assertTrue(transport.subscriptions().contains("/go-eCharger/+/status"), transport.subscriptions().toString());
        assertTrue(transport.subscriptions().contains("go-eCharger/+/status"), transport.subscriptions().toString());
        transport.inject("/go-eCharger/123345/status", capture());

        DiscoveryResult result = results.get(0);
        assertEquals(new ThingUID("goemqtt:charger-v1:home:123345"), result.getThingUID());
        assertEquals(THING_TYPE_CHARGER_V1, result.getThingTypeUID());
        assertEquals(new ThingUID("goemqtt:broker:home"), result.getBridgeUID());
        assertEquals("go-e Charger 123345 (API v1, firmware 041.0)", result.getLabel());
        assertEquals("serial", result.getRepresentationProperty());
        assertEquals(Map.of("serial", "123345", "baseTopic", "/go-eCharger/123345/", "vendor", "go-e",
                "serialNumber", "123345", "firmwareVersion", "041.0"), result.getProperties());

        transport.inject("/go-eCharger/123345/status", capture());
        assertEquals(1, results.size(), "a repeated status changes nothing");
        transport.inject("go-eCharger/000002/status", capture());
        assertEquals("go-eCharger/000002/", results.get(1).getProperties().get(CONFIG_BASE_TOPIC));
    }

    @Test
    void aStatusWithoutVersionAndSseIsNoV1Charger() {
        start();
        transport.inject("/go-eCharger/123345/status", "{\"version\":\"B\",\"car\":\"1\"}");
        transport.inject("/go-eCharger/123346/status", "\"ok\"");
        transport.inject("/go-eCharger/123347/status", "not json");
        assertEquals(List.of(), results);
    }

    @Test
    void aSerialThatAlsoPublishesV2KeysIsOfferedOnceAsTheV2Charger() throws IOException {
        start();
        transport.inject("/go-eCharger/123345/status", capture());
        transport.inject("/go-eCharger/123345/fwv", "\"60.5\"");
        assertEquals(List.of(new ThingUID("goemqtt:charger-v1:home:123345")), removed);
        assertEquals(THING_TYPE_CHARGER, results.get(results.size() - 1).getThingTypeUID());

        transport.inject("/go-eCharger/123345/status", "{\"version\":\"B\",\"sse\":\"123345\",\"fwv\":\"041.1\"}");
        assertEquals(THING_TYPE_CHARGER, results.get(results.size() - 1).getThingTypeUID(),
                "a later v1 status offers no v1 thing again");

        transport.inject("/go-eCharger/555555/fwv", "\"60.5\"");
        int before = results.size();
        transport.inject("/go-eCharger/555555/status", capture());
        assertEquals(before, results.size(), "v2 seen first: no v1 result at all");
    }

    @Test
    void aScanOffersTheV1ChargersSeenAgain() throws IOException {
        start();
        transport.inject("/go-eCharger/123345/status", capture());
        results.clear();
        service.startScan();
        assertEquals(List.of(THING_TYPE_CHARGER_V1), results.stream().map(DiscoveryResult::getThingTypeUID).toList());
    }

    private void start() {
        Bridge thing = BridgeBuilder.create(THING_TYPE_BROKER, "home")
                .withConfiguration(new Configuration(Map.of("host", "broker.local"))).build();
        BrokerHandler handler = new BrokerHandler(thing, (settings, executor) -> transport, scheduler);
        thing.setHandler(handler);
        handler.setCallback(callback.handlerCallback());
        handler.initialize();
        scheduler.runDue();
        service.setThingHandler(handler);
        service.addDiscoveryListener(listener);
        service.initialize();
    }
}
