/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.State;

/**
 * The binding's real bridge and charger handlers over the embedded broker, against the simulated charger: grid
 * power commanded on the PV input channel reaches the charger as {@code ids}, and the charger's own PV logic
 * lowers its current.
 */
@NonNullByDefault
class PvFeedEndToEndTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final ThingTypeUID BROKER_TYPE = new ThingTypeUID("goemqtt", "broker");
    private static final ThingTypeUID CHARGER_TYPE = new ThingTypeUID("goemqtt", "charger");

    private final List<ThingStatusInfo> statuses = new CopyOnWriteArrayList<>();
    private final Map<String, State> states = new ConcurrentHashMap<>();

    @Test
    void gridImportSentByTheBindingMakesTheSimulatedChargerLowerItsCurrent() throws Exception {
        try (EmbeddedBroker embedded = EmbeddedBroker.startOnFreePort();
                SimulatedCharger sim = new SimulatedCharger("072246", FirmwareProfile.of("60.5"), BaseTopic.SLASH,
                        Clock.systemUTC(), 7, ChargerListener.NONE)) {
            sim.connect(embedded.uri());
            assertTrue(sim.awaitPublished(DEADLINE));
            sim.setValue("fup", "true");
            sim.setValue("frc", "0");
            sim.setValue("psm", "2");
            sim.setValue("amp", "16");
            sim.plugIn();
            sim.tick();
            sim.tick();
            assertEquals("16", sim.getValue("acu"), "charging at 16 A without PV data");

            Bridge bridge = BridgeBuilder.create(BROKER_TYPE, "home").withConfiguration(
                    new Configuration(new HashMap<>(Map.of("uri", embedded.uri())))).build();
            Thing thing = ThingBuilder.create(CHARGER_TYPE, new ThingUID(CHARGER_TYPE, bridge.getUID(), "garage"))
                    .withBridge(bridge.getUID()).withConfiguration(new Configuration(
                            new HashMap<>(Map.of("serial", "072246", "pvFeedInterval", 1))))
                    .build();
            BrokerHandler broker = new BrokerHandler(bridge, PahoTransport::new);
            ChargerHandler charger = new ChargerHandler(thing, Catalog.standard());
            bridge.setHandler(broker);
            thing.setHandler(charger);
            broker.setCallback(mock(ThingHandlerCallback.class));
            charger.setCallback(recordingCallback(bridge));
            try {
                broker.initialize();
                await(broker::isConnected, "bridge connected");
                charger.initialize();
                await(() -> !statuses.isEmpty() && statuses.get(statuses.size() - 1).getStatus() == ThingStatus.ONLINE,
                        "charger ONLINE");

                charger.handleCommand(new ChannelUID(thing.getUID(), "pv#grid-power-input"),
                        new QuantityType<>(20, MetricPrefix.KILO(Units.WATT)));
                await(() -> "20000".equals(sim.getValue("pgrid")), "ids reached the charger");
                sim.tick();

                assertEquals("6", sim.getValue("acu"), "20 kW drawn from the grid: the charger drops to its minimum");
                await(() -> OnOffType.ON.equals(states.get("pv#feed-active")), "feed active");
            } finally {
                charger.dispose();
                broker.dispose();
            }
        }
    }

    private ThingHandlerCallback recordingCallback(Bridge bridge) {
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        when(callback.getBridge(bridge.getUID())).thenReturn(bridge);
        doAnswer(call -> statuses.add(call.getArgument(1))).when(callback).statusUpdated(any(), any());
        doAnswer(call -> states.put(((ChannelUID) call.getArgument(0)).getId(), call.getArgument(1))).when(callback)
                .stateUpdated(any(), any());
        return callback;
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(what + " not reached; statuses " + statuses + ", states " + states);
            }
            Thread.sleep(20);
        }
    }
}
