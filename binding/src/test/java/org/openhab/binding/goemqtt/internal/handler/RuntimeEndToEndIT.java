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
import static org.openhab.binding.goemqtt.internal.handler.RuntimeInbox.call;
import static org.openhab.binding.goemqtt.internal.handler.RuntimeInbox.index;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.GoeMqttHandlerFactory;
import org.openhab.binding.goemqtt.internal.GoeMqttStateDescriptionProvider;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.control.ControlCommands;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.EmbeddedBroker;
import org.openhab.binding.goemqtt.runtime.OsgiFramework;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup.ActionType;
import org.openhab.binding.goemqtt.runtime.ThingRuntime;
import org.openhab.binding.goemqtt.runtime.ThingRuntime.Call;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The binding run the way openHAB runs it: the production handler factory (Paho) activated and registered through
 * the OSGi framework double, a broker bridge and the charger it discovers added to the thing manager double, a
 * discovery listener bound to the framework's discovery services as openHAB's discovery registry binds itself, rule
 * actions found as scripts find them; against the embedded Moquette broker and a scripted charger.
 */
@NonNullByDefault
class RuntimeEndToEndIT {

    private static final String BASE = "/go-eCharger/072246/";
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    private final OsgiFramework framework = new OsgiFramework();

    @Test
    void theBindingStartsDiscoversServesActionsAndStopsAsInOpenhab() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                ScriptedCharger device = new ScriptedCharger(broker.uri(), BASE, Map.of());
                ThingRuntime runtime = new ThingRuntime(framework);
                ThingActionsLookup lookup = new ThingActionsLookup(framework, runtime::get)) {
            device.publishDump("fw60.5-v3-retained-burst.txt");
            device.startHeartbeat();
            RuntimeInbox inbox = new RuntimeInbox(framework);
            GoeMqttHandlerFactory factory = new GoeMqttHandlerFactory(new GoeMqttStateDescriptionProvider());
            framework.startComponent(factory, ThingHandlerFactory.class);

            Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").withConfiguration(
                    new Configuration(new HashMap<>(Map.of("uri", broker.uri(), "reconnectDelayMax", 2)))).build();
            runtime.add(bridge);
            await(() -> bridge.getStatus() == ThingStatus.ONLINE, "bridge ONLINE", runtime, bridge);
            assertTrue(call(runtime, "initialize", bridge).thread().startsWith("OH-safeCall-"));
            assertEquals(1, framework.services(DiscoveryService.class).size(), "the bridge's discovery service");

            await(() -> !inbox.discovered.isEmpty(), "the charger discovered", runtime, bridge);
            DiscoveryResult result = inbox.discovered.get(0);
            ThingUID chargerUID = new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), "072246");
            assertEquals(chargerUID, result.getThingUID());
            assertEquals(bridge.getUID(), result.getBridgeUID());
            assertEquals("072246", result.getProperties().get(CONFIG_SERIAL));

            Map<String, Object> config = new HashMap<>(Map.of(CONFIG_SERIAL, "072246"));
            Thing charger = ThingBuilder.create(THING_TYPE_CHARGER, chargerUID).withBridge(bridge.getUID())
                    .withLabel(result.getLabel()).withConfiguration(new Configuration(config)).build();
            runtime.add(charger);
            await(() -> charger.getStatus() == ThingStatus.ONLINE, "charger ONLINE", runtime, charger);
            ChannelUID current = new ChannelUID(chargerUID, "charging#requested-current");
            await(() -> new QuantityType<>(6, Units.AMPERE).equals(runtime.state(current)), "a state with unit",
                    runtime, charger);
            await(() -> call(runtime, "childHandlerInitialized", charger) != null, "the bridge told of its charger",
                    runtime, charger);

            assertTrue(runtime.command(current, new QuantityType<>(16, Units.AMPERE)));
            await(() -> device.sets.contains("amp=16"), "the command on the charger", runtime, charger);

            ChargerActions actions = assertInstanceOf(ChargerActions.class,
                    lookup.actions("goemqtt", chargerUID.getAsString()));
            assertSame(charger.getHandler(), actions.getThingHandler());
            ActionType start = lookup.moduleTypes().stream()
                    .filter(type -> type.uid().startsWith("goemqtt.startCharging#")).findFirst().orElseThrow();
            assertEquals(Map.of("result", ControlCommands.SUCCESS),
                    lookup.execute(start.uid(), chargerUID.getAsString(), Map.of()));
            assertTrue(device.sets.contains("frc=2"), device.sets.toString());
            assertEquals(ControlCommands.SUCCESS, actions.stopCharging(), "as a script calls it");

            BrokerHandler brokerHandler = (BrokerHandler) bridge.getHandler();
            runtime.remove(bridge.getUID());
            await(() -> call(runtime, "removeThing", bridge) != null, "the bridge removed", runtime, bridge);
            List<Call> calls = runtime.calls();
            assertTrue(index(calls, "disposed", charger) < index(calls, "unregisterHandler", charger));
            assertTrue(index(calls, "unregisterHandler", charger) < index(calls, "dispose", bridge),
                    "the charger is gone before its bridge: " + calls);
            assertTrue(index(calls, "disposed", bridge) < index(calls, "unregisterHandler", bridge));
            assertNull(brokerHandler.transport(), "the MQTT connection closed");
            assertTrue(framework.services(DiscoveryService.class).isEmpty());
            assertNull(lookup.actions("goemqtt", chargerUID.getAsString()));
            assertTrue(lookup.moduleTypes().isEmpty());
            assertTrue(framework.referenceFailures().isEmpty(), framework.referenceFailures().toString());
            assertEquals(List.of(), runtime.log(), "openHAB logs no warning or error");
        }
    }

    private static void await(BooleanSupplier condition, String what, ThingRuntime runtime, Thing thing) {
        Await.until(condition, DELIVERY,
                () -> what + "; statuses " + runtime.statusHistory(thing.getUID()) + ", log " + runtime.log());
    }
}
