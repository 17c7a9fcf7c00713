/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.GoeMqttHandlerFactory;
import org.openhab.binding.goemqtt.internal.GoeMqttStateDescriptionProvider;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.runtime.OsgiFramework;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup.ActionType;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup.ParameterType;
import org.openhab.binding.goemqtt.runtime.ThingRuntime;
import org.openhab.core.automation.Visibility;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The charger's rule actions as openHAB finds them once the thing manager registered the charger's handler: by
 * scope {@code goemqtt} and thing UID for scripts, as valid action module types for rules, and a call through them
 * reaches the charger. The binding runs on the runtime double with the fake transport.
 */
@NonNullByDefault
class ChargerActionsRuntimeTest {

    private static final String BASE = "/go-eCharger/072246/";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TEXT = "java.lang.String";

    private final FakeTransport transport = new FakeTransport();
    private final GoeMqttHandlerFactory factory = new GoeMqttHandlerFactory((config, scheduler) -> transport,
            new GoeMqttStateDescriptionProvider());
    private final OsgiFramework framework = new OsgiFramework();
    private final ThingRuntime runtime = new ThingRuntime(framework);
    private final ThingActionsLookup lookup = new ThingActionsLookup(framework, runtime::get);
    private final Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
            .withConfiguration(new Configuration(new HashMap<>(Map.of("host", "broker.local")))).build();
    private final Thing charger = ThingBuilder
            .create(THING_TYPE_CHARGER, new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), "garage"))
            .withBridge(bridge.getUID())
            .withConfiguration(new Configuration(new HashMap<>(Map.of(CONFIG_SERIAL, "072246")))).build();

    ChargerActionsRuntimeTest() {
        framework.startComponent(factory, ThingHandlerFactory.class);
        runtime.add(bridge);
        runtime.add(charger);
        Await.until(() -> charger.getHandler() != null, WAIT,
                () -> "charger handler registered; " + runtime.statusHistory(charger.getUID()));
    }

    @AfterEach
    void stop() {
        lookup.close();
        runtime.close();
    }

    private Map<String, ActionType> types() {
        return lookup.moduleTypes().stream().collect(Collectors.toMap(type -> type.uid().split("#")[0], t -> t));
    }

    @Test
    void scriptsFindTheChargersActionsByScopeAndThingUid() {
        ThingActions actions = lookup.actions("goemqtt", charger.getUID().getAsString());

        ChargerActions chargerActions = assertInstanceOf(ChargerActions.class, actions);
        assertSame(charger.getHandler(), chargerActions.getThingHandler());
        assertNull(lookup.actions("goemqtt", bridge.getUID().getAsString()), "the bridge has none");
        assertTrue(framework.referenceFailures().isEmpty(), framework.referenceFailures().toString());
    }

    @Test
    void everyActionIsAValidVisibleModuleTypeWithItsInputsAndATextResult() {
        Map<String, ActionType> types = types();

        Map<String, List<String>> expected = new HashMap<>();
        expected.put("goemqtt.setChargingCurrent", List.of("amps:int"));
        expected.put("goemqtt.setTemporaryCurrentLimit", List.of("amps:int"));
        expected.put("goemqtt.clearTemporaryCurrentLimit", List.of());
        expected.put("goemqtt.startCharging", List.of());
        expected.put("goemqtt.stopCharging", List.of());
        expected.put("goemqtt.resumeAutomaticCharging", List.of());
        expected.put("goemqtt.setPhaseMode", List.of("mode:" + TEXT));
        expected.put("goemqtt.setLogicMode", List.of("mode:" + TEXT));
        expected.put("goemqtt.sendPvData", List.of("gridW:double", "pvW:double", "batteryW:double"));
        expected.put("goemqtt.setKey", List.of("key:" + TEXT, "json:" + TEXT));
        expected.put("goemqtt.restartCharger", List.of());
        assertEquals(expected,
                types.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue()
                        .inputs().stream().map(input -> input.name() + ":" + input.type()).toList())),
                "the eleven @RuleAction methods, not their static twins");
        for (ActionType type : types.values()) {
            assertEquals(Visibility.VISIBLE, type.visibility(), type.uid() + ": every input type can be entered");
            assertEquals(List.of("result:" + TEXT),
                    type.outputs().stream().map(output -> output.name() + ":" + output.type()).toList(), type.uid());
            assertFalse(type.label().isEmpty(), type.uid());
            assertEquals(List.of(charger.getUID().getAsString()), type.configuration().get(0).options());
        }
        assertEquals("goemqtt.setChargingCurrent#fa7153f7ed1cb6c0fcf2ffb2fac21748",
                types.get("goemqtt.setChargingCurrent").uid());
        assertEquals(ParameterType.INTEGER, types.get("goemqtt.setChargingCurrent").configuration().get(1).type());
        assertEquals(ParameterType.DECIMAL, types.get("goemqtt.sendPvData").configuration().get(2).type());
        assertEquals(List.of(), lookup.log(), "openHAB warns about nothing");
    }

    @Test
    void anActionCalledThroughItsModuleTypeReachesTheChargerAndAnswersSuccess() throws Exception {
        Await.until(() -> bridge.getStatus() == ThingStatus.ONLINE, WAIT, () -> "bridge ONLINE");
        transport.inject(BASE + "fwv", "\"60.5\"");
        transport.inject(BASE + "amp", "16");
        Await.until(() -> charger.getStatus() == ThingStatus.ONLINE, WAIT,
                () -> "charger ONLINE; " + runtime.statusHistory(charger.getUID()));
        ActionType start = types().get("goemqtt.startCharging");

        CompletableFuture<@Nullable Map<String, @Nullable Object>> answer = CompletableFuture
                .supplyAsync(() -> lookup.execute(start.uid(), charger.getUID().getAsString(), Map.of()));
        Await.until(() -> !transport.publishedTo(BASE + "frc/set").isEmpty(), WAIT, () -> "frc published");
        assertEquals(List.of("2"), transport.publishedTo(BASE + "frc/set"));
        transport.inject(BASE + "frc/result", "success");

        assertEquals(Map.of("result", ControlCommands.SUCCESS), answer.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    @Test
    void theRestApisNumbersBecomeTheActionsTypesAndAWrongCurrentIsRefusedWithoutPublishing() {
        ActionType current = types().get("goemqtt.setChargingCurrent");

        Map<String, Object> inputs = lookup.serializedInputs(current, Map.of("amps", 99.0));
        assertEquals(Map.of("amps", 99), inputs);
        Map<String, @Nullable Object> answer = lookup.execute(current.uid(), charger.getUID().getAsString(), inputs);

        assertNotNull(answer);
        assertTrue(String.valueOf(answer.get("result")).startsWith(ControlCommands.REFUSED), String.valueOf(answer));
        assertTrue(transport.publishedTo(BASE + "amp/set").isEmpty());
    }

    @Test
    void removingTheChargerTakesItsActionsAway() {
        runtime.forceRemove(charger.getUID());

        assertNull(lookup.actions("goemqtt", charger.getUID().getAsString()));
        assertTrue(lookup.moduleTypes().isEmpty());
    }
}
