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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.EmbeddedBroker;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * A go-e Controller and a charger over a real broker, each played by a plain MQTT client: the controller is
 * discovered, its thing goes ONLINE with channels per named category (units, the owner's names), a write is
 * confirmed on {@code /result}, and a charger thing naming the controller sends {@code ids} that follow the
 * controller's grid power with no item linked. Embedded Moquette everywhere, Mosquitto where installed (CI).
 */
@NonNullByDefault
class ControllerEndToEndIT {

    private static final String CONTROLLER_BASE = "/go-eController/900100/";
    private static final String CHARGER_BASE = "/go-eCharger/072246/";
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    @Test
    void aControllerFeedsAChargersPvDataOverMoquette() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            run(broker.uri(), "Moquette");
        }
    }

    @Test
    void aControllerFeedsAChargersPvDataOverMosquitto(@TempDir Path dir) throws Exception {
        MosquittoProcess.assumeAvailable();
        try (MosquittoProcess broker = MosquittoProcess.builder(dir).start()) {
            run(broker.uri(), "Mosquitto");
        }
    }

    private void run(String uri, String brokerName) throws Exception {
        try (ScriptedController meter = new ScriptedController(uri, CONTROLLER_BASE);
                ScriptedCharger wallbox = new ScriptedCharger(uri, CHARGER_BASE, Map.of())) {
            meter.start();
            wallbox.publishDump("fw60.5-v3-retained-burst.txt");
            wallbox.startHeartbeat();

            Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
                    .withConfiguration(OpenhabConfiguration.broker().prepare(Map.of("uri", uri))).build();
            BrokerHandler broker = new BrokerHandler(bridge, PahoTransport::new);
            RecordingCallback bridgeCallback = new RecordingCallback();
            bridge.setHandler(broker);
            broker.setCallback(bridgeCallback.handlerCallback());
            List<DiscoveryResult> inbox = new CopyOnWriteArrayList<>();
            DiscoveryListener listener = mock(DiscoveryListener.class);
            doAnswer(call -> inbox.add(call.getArgument(1))).when(listener).thingDiscovered(any(), any());
            GoeMqttDiscoveryService discovery = new GoeMqttDiscoveryService();

            ThingUID controllerUid = new ThingUID(THING_TYPE_CONTROLLER, bridge.getUID(), "900100");
            Thing controllerThing = ThingBuilder.create(THING_TYPE_CONTROLLER, controllerUid)
                    .withBridge(bridge.getUID()).withConfiguration(OpenhabConfiguration.of("controller")
                            .prepare(OpenhabConfiguration.thingsFile("serial=\"900100\"")))
                    .build();
            ControllerHandler controller = new ControllerHandler(controllerThing, Clock.systemUTC(), null);
            RecordingCallback controllerCallback = new RecordingCallback().withBridge(bridge);
            controllerThing.setHandler(controller);
            controller.setCallback(controllerCallback.handlerCallback());

            Thing chargerThing = ThingBuilder
                    .create(THING_TYPE_CHARGER, new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), "garage"))
                    .withBridge(bridge.getUID())
                    .withConfiguration(OpenhabConfiguration.charger().prepare(OpenhabConfiguration.thingsFile(
                            "serial=\"072246\", pvFeedInterval=1, pvController=\"" + controllerUid + "\"")))
                    .build();
            ChargerHandler charger = new ChargerHandler(chargerThing, Catalog.standard());
            RecordingCallback chargerCallback = new RecordingCallback().withBridge(bridge);
            chargerThing.setHandler(charger);
            charger.setCallback(chargerCallback.handlerCallback());
            try {
                broker.initialize();
                discovery.setThingHandler(broker);
                discovery.addDiscoveryListener(listener);
                discovery.initialize();
                await(() -> bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE), "bridge ONLINE",
                        bridgeCallback);
                await(() -> inbox.stream().anyMatch(r -> controllerUid.equals(r.getThingUID())
                        && "go-e Controller 900100 Cellar Meter".equals(r.getLabel())), "controller in the inbox",
                        bridgeCallback);
                DiscoveryResult found = inbox.stream().filter(r -> controllerUid.equals(r.getThingUID()))
                        .reduce((first, second) -> second).orElseThrow();
                assertEquals(THING_TYPE_CONTROLLER, found.getThingTypeUID());
                assertEquals(CONTROLLER_BASE, found.getProperties().get(CONFIG_BASE_TOPIC));

                controller.initialize();
                charger.initialize();
                await(() -> controllerCallback.lastStatus().getStatus() == ThingStatus.ONLINE, "controller ONLINE",
                        controllerCallback);
                await(() -> "Grid Power".equals(label(controllerCallback, "categories#category-1-power")),
                        "the Grid category's channels", controllerCallback);
                assertEquals("Akku Energy Out", label(controllerCallback, "categories#category-5-energy-out"));
                await(() -> "PV Current".equals(label(controllerCallback, "sensors#sensor-3-current")),
                        "the current sensors' channels", controllerCallback);
                await(() -> new QuantityType<>(-1240, Units.WATT)
                        .equals(controllerCallback.lastStateOf("categories#category-1-power")), "grid power in W",
                        controllerCallback);
                assertEquals(new QuantityType<>(new BigDecimal("2450000.75"), Units.WATT_HOUR),
                        controllerCallback.lastStateOf("categories#category-1-energy-out"));

                controller.handleCommand(new ChannelUID(controllerUid, "meter-settings#category-names"),
                        new StringType("[\"Home\",\"Grid\",\"Car\",\"Relais\",\"Solar\",\"Akku\",\"Pool\"]"));
                await(() -> "Pool Power".equals(label(controllerCallback, "categories#category-6-power")),
                        "the renamed category", controllerCallback);
                assertEquals(List.of("ccn=[\"Home\",\"Grid\",\"Car\",\"Relais\",\"Solar\",\"Akku\",\"Pool\"]"),
                        meter.sets());
                assertEquals(ThingStatus.ONLINE, controllerCallback.lastStatus().getStatus());
                assertNull(controllerCallback.lastStatus().getDescription(), "confirmed: nothing to show");

                await(() -> wallbox.sets.contains("ids={\"pGrid\":-1240,\"pPv\":5200,\"pAkku\":-590}"),
                        "ids from the controller", chargerCallback);
                meter.gridWatts(1800);
                await(() -> wallbox.sets.contains("ids={\"pGrid\":1800,\"pPv\":5200,\"pAkku\":-590}"),
                        "ids following the grid power", chargerCallback);
                List<String> sent = wallbox.sets.stream().filter(s -> s.startsWith("ids=")).toList();
                System.out.println("PV feed fed by the controller over " + brokerName + ": " + sent.size()
                        + " ids sets, " + sent.get(0) + " … " + sent.get(sent.size() - 1));
            } finally {
                charger.dispose();
                controller.dispose();
                discovery.dispose();
                broker.dispose();
            }
        }
    }

    private static @Nullable String label(RecordingCallback callback, String channel) {
        List<Thing> updated = callback.updatedThings();
        if (updated.isEmpty()) {
            return null;
        }
        Channel found = updated.get(updated.size() - 1).getChannel(channel);
        return found == null ? null : found.getLabel();
    }

    private static void await(BooleanSupplier condition, String what, RecordingCallback callback) {
        Await.until(condition, DELIVERY, () -> what + "; so far " + callback);
    }
}
