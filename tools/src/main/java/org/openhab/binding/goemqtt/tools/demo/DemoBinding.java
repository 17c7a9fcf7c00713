/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.handler.BrokerConfiguration;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.ControllerHandler;
import org.openhab.binding.goemqtt.internal.handler.V1ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The real binding, wired as openHAB would wire it: a {@code goemqtt:broker:demo} bridge with its
 * {@link BrokerHandler} on the binding's MQTT transport (observed, see {@link ObservedTransport}), the bridge's
 * discovery service, and a charger thing ({@code charger}, or {@code charger-v1} for an API v1 charger) made from the
 * discovery result as approving it in the inbox would; with a controller, a controller thing made the same way that
 * the charger names as its PV source ({@code pvController}).
 */
@NonNullByDefault
final class DemoBinding implements AutoCloseable {

    static final ThingUID BRIDGE_UID = new ThingUID(THING_TYPE_BROKER, "demo");

    private final ConsoleCallback callback;
    private final Consumer<String> printer;
    private final BrokerHandler broker;
    private final GoeMqttDiscoveryService discovery = new GoeMqttDiscoveryService();
    /** Completes with the first result that carries firmware, device type and variant. */
    private final CompletableFuture<DiscoveryResult> completeResult = new CompletableFuture<>();
    private final AtomicReference<@Nullable DiscoveryResult> latestResult = new AtomicReference<>();
    /** Completes with the first controller result that carries the controller's name. */
    private final CompletableFuture<DiscoveryResult> controllerResult = new CompletableFuture<>();
    private final AtomicReference<@Nullable DiscoveryResult> latestControllerResult = new AtomicReference<>();
    /** Completes with the first API v1 result that carries the firmware. */
    private final CompletableFuture<DiscoveryResult> v1Result = new CompletableFuture<>();
    private final AtomicReference<@Nullable DiscoveryResult> latestV1Result = new AtomicReference<>();
    private final Map<String, CompletableFuture<String>> expectedResults = new ConcurrentHashMap<>();
    private @Nullable BaseThingHandler charger;
    private @Nullable ControllerHandler controller;

    DemoBinding(String brokerUri, ConsoleCallback callback, Consumer<String> printer) {
        this.callback = callback;
        this.printer = printer;
        Map<String, @Nullable Object> config = new HashMap<>();
        config.put(BrokerConfiguration.URI, brokerUri);
        config.put("clientId", "goemqtt-demo-binding");
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, BRIDGE_UID).withLabel("go-e MQTT Broker")
                .withConfiguration(new Configuration(config)).build();
        broker = new BrokerHandler(bridge,
                (transport, scheduler) -> new ObservedTransport(new PahoTransport(transport, scheduler), printer,
                        this::resultArrived));
        bridge.setHandler(broker);
        broker.setCallback(callback);
        callback.add(bridge);
        discovery.setThingHandler(broker);
        discovery.addDiscoveryListener(new DiscoveryListener() {
            @Override
            public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
                if (THING_TYPE_CONTROLLER.equals(result.getThingTypeUID())) {
                    latestControllerResult.set(result);
                    if (result.getProperties().keySet().containsAll(CONTROLLER_PROPERTY_OF_KEY.values())) {
                        controllerResult.complete(result);
                    }
                    return;
                }
                if (THING_TYPE_CHARGER_V1.equals(result.getThingTypeUID())) {
                    latestV1Result.set(result);
                    if (result.getProperties().containsKey(Thing.PROPERTY_FIRMWARE_VERSION)) {
                        v1Result.complete(result);
                    }
                    return;
                }
                latestResult.set(result);
                if (result.getProperties().keySet()
                        .containsAll(PROPERTY_OF_KEY.values())) {
                    completeResult.complete(result);
                }
            }

            @Override
            public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
                printer.accept("discovery: " + thingUID + " gone");
            }
        });
    }

    /** Initialises the bridge (it connects in the background) and starts its discovery service. */
    void start() {
        broker.initialize();
        discovery.initialize();
    }

    /**
     * The discovery result, printed, once it carries the charger's firmware, type and variant (or as it is when
     * {@code timeout} passed); null when there was none.
     */
    @Nullable
    DiscoveryResult awaitDiscovery(Duration timeout) throws InterruptedException {
        return awaitResult(completeResult, latestResult, timeout);
    }

    /** As {@link #awaitDiscovery} for the controller: its result once it carries the controller's properties. */
    @Nullable
    DiscoveryResult awaitControllerDiscovery(Duration timeout) throws InterruptedException {
        return awaitResult(controllerResult, latestControllerResult, timeout);
    }

    /**
     * As {@link #awaitDiscovery} for an API v1 charger: its result once it carries the firmware. A v1 charger is
     * seen by its status, which comes every few seconds: the caller lets the charger's time run meanwhile.
     */
    @Nullable
    DiscoveryResult awaitV1Discovery(Duration timeout) throws InterruptedException {
        return awaitResult(v1Result, latestV1Result, timeout);
    }

    /** Whether an API v1 charger has been discovered with its firmware. */
    boolean v1Discovered() {
        return v1Result.isDone();
    }

    private @Nullable DiscoveryResult awaitResult(CompletableFuture<DiscoveryResult> complete,
            AtomicReference<@Nullable DiscoveryResult> latest, Duration timeout) throws InterruptedException {
        DiscoveryResult result;
        try {
            result = complete.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            result = latest.get();
        }
        if (result == null) {
            return null;
        }
        StringJoiner properties = new StringJoiner(", ");
        result.getProperties().forEach((name, value) -> properties.add(name + "=" + value));
        printer.accept("discovered " + result.getThingUID() + " \"" + result.getLabel() + "\" on bridge "
                + result.getBridgeUID() + ": " + properties);
        return result;
    }

    /**
     * Approves {@code result}: builds the charger thing (configuration {@code serial} and {@code baseTopic}, the
     * other values as properties), creates its {@link ChargerHandler} and initialises it.
     */
    ChargerHandler addCharger(DiscoveryResult result) {
        return addCharger(result, Map.of());
    }

    /**
     * As {@link #addCharger(DiscoveryResult)} with more configuration, e.g. {@code pvController} naming the
     * controller thing the charger takes its PV data from.
     */
    ChargerHandler addCharger(DiscoveryResult result, Map<String, Object> settings) {
        Map<String, @Nullable Object> config = new HashMap<>(settings);
        Thing thing = thingOf(result, config);
        ChargerHandler handler = new ChargerHandler(thing, Catalog.standard());
        StringJoiner how = new StringJoiner(", ", " with ", "").setEmptyValue("");
        new TreeMap<>(settings).forEach((name, value) -> how.add(name + "=" + value));
        initialise(thing, handler, how.toString());
        charger = handler;
        return handler;
    }

    /**
     * Approves an API v1 charger's {@code result} as {@link #addCharger(DiscoveryResult)} does a charger's: a
     * {@link V1ChargerHandler}.
     */
    V1ChargerHandler addV1Charger(DiscoveryResult result) {
        Thing thing = thingOf(result, new HashMap<>());
        V1ChargerHandler handler = new V1ChargerHandler(thing);
        initialise(thing, handler, "");
        charger = handler;
        return handler;
    }

    /**
     * The rule actions of {@code handler} as a rule gets them: the {@link ChargerActions} service of its
     * {@code getServices()}, given the handler.
     */
    static ChargerActions actionsOf(V1ChargerHandler handler) {
        ChargerActions actions = new ChargerActions();
        actions.setThingHandler(handler);
        return actions;
    }

    /** Approves a controller's {@code result} as {@link #addCharger} does a charger's: a {@link ControllerHandler}. */
    ControllerHandler addController(DiscoveryResult result) {
        Thing thing = thingOf(result, new HashMap<>());
        ControllerHandler handler = new ControllerHandler(thing, Clock.systemUTC(), null);
        initialise(thing, handler, "");
        controller = handler;
        return handler;
    }

    /** The thing of {@code result}: configuration {@code serial} and {@code baseTopic}, the rest as properties. */
    private static Thing thingOf(DiscoveryResult result, Map<String, @Nullable Object> config) {
        Map<String, String> properties = new HashMap<>();
        result.getProperties().forEach((name, value) -> {
            if (CONFIG_SERIAL.equals(name) || CONFIG_BASE_TOPIC.equals(name)) {
                config.put(name, value);
            } else {
                properties.put(name, String.valueOf(value));
            }
        });
        return ThingBuilder.create(result.getThingTypeUID(), result.getThingUID()).withBridge(result.getBridgeUID())
                .withLabel(result.getLabel()).withConfiguration(new Configuration(config))
                .withProperties(properties).build();
    }

    private void initialise(Thing thing, BaseThingHandler handler, String how) {
        thing.setHandler(handler);
        handler.setCallback(callback);
        callback.add(thing);
        printer.accept("thing " + thing.getUID() + " created from the discovery result" + how + ", initialising");
        handler.initialize();
        broker.childHandlerInitialized(handler, thing);
    }

    /** Completes with the text of the next {@code /result} of {@code key} the bridge receives. */
    CompletableFuture<String> expectResult(String key) {
        CompletableFuture<String> result = new CompletableFuture<>();
        expectedResults.put(key, result);
        return result;
    }

    private void resultArrived(String key, String text) {
        CompletableFuture<String> expected = expectedResults.remove(key);
        if (expected != null) {
            expected.complete(text);
        }
    }

    /** Disposes the charger, the controller, the discovery service and the bridge (closes the MQTT connection). */
    @Override
    public void close() {
        dispose(charger);
        dispose(controller);
        discovery.dispose();
        broker.dispose();
    }

    private void dispose(@Nullable BaseThingHandler handler) {
        if (handler != null) {
            handler.dispose();
            broker.childHandlerDisposed(handler, handler.getThing());
        }
    }
}
