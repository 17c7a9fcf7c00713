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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
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
 * The API v1 charger and the go-e Controller run the way openHAB runs the binding, as {@link RuntimeEndToEndIT}
 * does for the v2 charger: the production factory registered through the OSGi framework double, both devices found
 * by the bridge's discovery service, their things added to the thing manager double with the configuration of the
 * inbox (openHAB's normalisation included), ONLINE with states in units, a v1 command on {@code cmd/req}, the v1
 * charger's rule actions found as scripts find them, and a clean removal with no warning logged.
 */
@NonNullByDefault
class RuntimeV1AndControllerIT {

    private static final String V1_BASE = "/go-eCharger/123345/";
    private static final String CONTROLLER_BASE = "/go-eController/900100/";
    private static final Duration DELIVERY = Duration.ofSeconds(15);

    private final OsgiFramework framework = new OsgiFramework();

    @Test
    void theV1ChargerAndTheControllerStartServeAndStopAsInOpenhab() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start();
                ScriptedV1Charger wallbox = new ScriptedV1Charger(broker.uri(), V1_BASE, V1Harness.captureText());
                ScriptedController meter = new ScriptedController(broker.uri(), CONTROLLER_BASE);
                ThingRuntime runtime = new ThingRuntime(framework);
                ThingActionsLookup lookup = new ThingActionsLookup(framework, runtime::get)) {
            wallbox.startStatus(500);
            meter.start();
            RuntimeInbox inbox = new RuntimeInbox(framework);
            framework.startComponent(new GoeMqttHandlerFactory(new GoeMqttStateDescriptionProvider()),
                    ThingHandlerFactory.class);

            Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").withConfiguration(
                    new Configuration(new HashMap<>(Map.of("uri", broker.uri(), "reconnectDelayMax", 2)))).build();
            runtime.add(bridge);
            await(() -> bridge.getStatus() == ThingStatus.ONLINE, "bridge ONLINE", runtime, bridge);

            ThingUID v1UID = new ThingUID(THING_TYPE_CHARGER_V1, bridge.getUID(), "123345");
            ThingUID controllerUID = new ThingUID(THING_TYPE_CONTROLLER, bridge.getUID(), "900100");
            Thing v1 = approve(awaitResult(inbox, v1UID, runtime, bridge), Map.of("confirmPeriods", 3));
            Thing controller = approve(awaitResult(inbox, controllerUID, runtime, bridge), Map.of());
            runtime.add(v1);
            runtime.add(controller);
            await(() -> v1.getStatus() == ThingStatus.ONLINE, "v1 charger ONLINE", runtime, v1);
            await(() -> controller.getStatus() == ThingStatus.ONLINE, "controller ONLINE", runtime, controller);
            assertInstanceOf(BigDecimal.class, v1.getConfiguration().get("confirmPeriods"),
                    "openHAB hands numbers to the handler as BigDecimal");

            ChannelUID requested = new ChannelUID(v1UID, "charging#requested-current");
            await(() -> new QuantityType<>(16, Units.AMPERE).equals(runtime.state(requested)), "amp 16 A", runtime,
                    v1);
            ChannelUID total = new ChannelUID(v1UID, "energy#total-energy");
            await(() -> new QuantityType<>(7_398_000, Units.WATT_HOUR).equals(runtime.state(total)),
                    "eto in Wh, as on v2", runtime, v1);
            ChannelUID grid = new ChannelUID(controllerUID, "categories#category-1-power");
            await(() -> new QuantityType<>(-1240, Units.WATT).equals(runtime.state(grid)), "grid power in W",
                    runtime, controller);

            assertTrue(runtime.command(requested, new QuantityType<>(10, Units.AMPERE)));
            await(() -> wallbox.commands.contains("amp=10"), "amp on cmd/req (041.0 has no amx)", runtime, v1);

            ChargerActions actions = assertInstanceOf(ChargerActions.class,
                    lookup.actions("goemqtt", v1UID.getAsString()));
            assertSame(v1.getHandler(), actions.getThingHandler());
            ActionType start = lookup.moduleTypes().stream()
                    .filter(type -> type.uid().startsWith("goemqtt.startCharging#")).findFirst().orElseThrow();
            assertEquals(Map.of("result", ControlCommands.SUCCESS),
                    lookup.execute(start.uid(), v1UID.getAsString(), Map.of()));
            await(() -> wallbox.commands.contains("alw=1"), "start is alw=1 on v1", runtime, v1);
            assertTrue(actions.setPhaseMode("THREE").startsWith("refused: "), "v1 cannot switch phases");

            runtime.remove(bridge.getUID());
            await(() -> call(runtime, "removeThing", bridge) != null, "the bridge removed", runtime, bridge);
            List<Call> calls = runtime.calls();
            for (Thing child : List.of(v1, controller)) {
                assertTrue(index(calls, "unregisterHandler", child) < index(calls, "dispose", bridge),
                        child.getUID() + " is gone before its bridge: " + calls);
            }
            assertTrue(framework.services(DiscoveryService.class).isEmpty());
            assertNull(lookup.actions("goemqtt", v1UID.getAsString()));
            assertTrue(framework.referenceFailures().isEmpty(), framework.referenceFailures().toString());
            assertEquals(List.of(), runtime.log(), "openHAB logs no warning or error");
        }
    }

    private static DiscoveryResult awaitResult(RuntimeInbox inbox, ThingUID uid, ThingRuntime runtime, Thing bridge) {
        await(() -> inbox.discovered.stream().anyMatch(r -> uid.equals(r.getThingUID())), uid + " discovered", runtime,
                bridge);
        return inbox.discovered.stream().filter(r -> uid.equals(r.getThingUID())).reduce((a, b) -> b).orElseThrow();
    }

    /** What approving an inbox entry makes: the result's properties as configuration, plus what the owner set. */
    private static Thing approve(DiscoveryResult result, Map<String, Object> owner) {
        Map<String, Object> config = new HashMap<>();
        result.getProperties().forEach((name, value) -> {
            if (CONFIG_SERIAL.equals(name) || CONFIG_BASE_TOPIC.equals(name)) {
                config.put(name, value);
            }
        });
        config.putAll(owner);
        return ThingBuilder.create(result.getThingTypeUID(), result.getThingUID())
                .withBridge(result.getBridgeUID()).withLabel(result.getLabel())
                .withConfiguration(new Configuration(config)).build();
    }

    private static void await(BooleanSupplier condition, String what, ThingRuntime runtime, Thing thing) {
        Await.until(condition, DELIVERY,
                () -> what + "; statuses " + runtime.statusHistory(thing.getUID()) + ", log " + runtime.log());
    }
}
