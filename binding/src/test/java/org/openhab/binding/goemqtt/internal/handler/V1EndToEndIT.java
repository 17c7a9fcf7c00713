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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.EmbeddedBroker;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * An API v1 charger over a real broker, played by a plain MQTT client publishing the real status capture
 * ({@code captures/v1-041.0-status.json}, byte for byte, then with the commands it took): discovery, ONLINE, states
 * with units, a confirmed and an unconfirmed command, silence and return. The status period is 0.5 s instead of 5 s
 * to keep the test short. Embedded Moquette everywhere, Mosquitto where installed (CI).
 */
@NonNullByDefault
class V1EndToEndIT {

    private static final String BASE = "/go-eCharger/123345/";
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    @Test
    void aV1ChargerIsDiscoveredControlledAndWatchedOverMoquette() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            run(broker.uri());
        }
    }

    @Test
    void aV1ChargerIsDiscoveredControlledAndWatchedOverMosquitto(@TempDir Path dir) throws Exception {
        MosquittoProcess.assumeAvailable();
        try (MosquittoProcess broker = MosquittoProcess.builder(dir).start()) {
            run(broker.uri());
        }
    }

    private void run(String uri) throws Exception {
        try (ScriptedV1Charger wallbox = new ScriptedV1Charger(uri, BASE, V1Harness.captureText())) {
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

            ThingUID uid = new ThingUID(THING_TYPE_CHARGER_V1, bridge.getUID(), "123345");
            Thing thing = ThingBuilder.create(THING_TYPE_CHARGER_V1, uid).withBridge(bridge.getUID())
                    .withConfiguration(new Configuration(Map.of("serial", "123345", "silenceTimeout",
                            new BigDecimal(2), "confirmPeriods", new BigDecimal(3))))
                    .build();
            V1ChargerHandler charger = new V1ChargerHandler(thing);
            RecordingCallback callback = new RecordingCallback().withBridge(bridge);
            thing.setHandler(charger);
            charger.setCallback(callback.handlerCallback());
            try {
                broker.initialize();
                discovery.setThingHandler(broker);
                discovery.addDiscoveryListener(listener);
                discovery.initialize();
                await(() -> bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE), "bridge ONLINE",
                        bridgeCallback);
                wallbox.startStatus(500);
                await(() -> inbox.stream().anyMatch(r -> uid.equals(r.getThingUID())), "v1 charger in the inbox",
                        bridgeCallback);
                DiscoveryResult found = inbox.stream().filter(r -> uid.equals(r.getThingUID())).findFirst()
                        .orElseThrow();
                assertEquals("go-e Charger 123345 (API v1, firmware 041.0)", found.getLabel());
                assertEquals(BASE, found.getProperties().get(CONFIG_BASE_TOPIC));
                assertEquals("serial", found.getRepresentationProperty());

                charger.initialize();
                await(() -> callback.lastStatus().getStatus() == ThingStatus.ONLINE, "thing ONLINE", callback);
                await(() -> callback.lastStateOf("energy#total-energy") != null, "total energy", callback);
                QuantityType<?> energy = (QuantityType<?>) callback.lastStateOf("energy#total-energy");
                assertEquals(0, new BigDecimal("7398")
                        .compareTo(energy.toUnit(Units.KILOWATT_HOUR).toBigDecimal()), "eto \"73980\": 7398 kWh");
                assertEquals(new QuantityType<>(16, Units.AMPERE), callback.lastStateOf("charging#requested-current"));

                charger.handleCommand(new ChannelUID(uid, "status#charging-allowed"), OnOffType.ON);
                await(() -> wallbox.commands.contains("alw=1"), "alw=1 on cmd/req", callback);
                Thread.sleep(2500); // five status periods: more than the three it would take to count as unconfirmed
                assertEquals(ThingStatus.ONLINE, callback.lastStatus().getStatus());
                assertNull(callback.lastStatus().getDescription(), "confirmed by the status: nothing to show");
                assertEquals(List.of(), callback.triggers());

                wallbox.applying = false;
                charger.handleCommand(new ChannelUID(uid, "status#charging-allowed"), OnOffType.OFF);
                await(() -> callback.triggers().contains("status#event alw:ERROR"), "alw:ERROR", callback);
                assertEquals("@text/online.command-unconfirmed [ \"alw\", \"0\", \"041.0\" ]",
                        callback.lastStatus().getDescription());
                assertTrue(wallbox.commands.contains("alw=0"));

                wallbox.stopStatus();
                await(() -> callback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR),
                        "OFFLINE after the silence", callback);
                wallbox.startStatus(500);
                await(() -> callback.lastStatus().getStatus() == ThingStatus.ONLINE, "ONLINE again", callback);
            } finally {
                charger.dispose();
                discovery.dispose();
                broker.dispose();
            }
        }
    }

    private static void await(BooleanSupplier condition, String what, RecordingCallback callback) {
        Await.until(condition, DELIVERY, () -> what + "; so far " + callback);
    }
}
