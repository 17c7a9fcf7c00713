/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.THING_TYPE_BROKER;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.THING_TYPE_CHARGER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.GoeMqttHandlerFactory;
import org.openhab.binding.goemqtt.internal.GoeMqttStateDescriptionProvider;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.TransportFactory;
import org.openhab.binding.goemqtt.runtime.OsgiFramework;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The binding as openHAB runs it, without openHAB: the production handler factory (Paho transport) makes a broker
 * bridge and charger things configured by serial only; a {@link CountingCallback} stands in for the framework and
 * passes bridge status changes on to the chargers, as openHAB's thing manager does.
 */
@NonNullByDefault
public final class BindingRig implements AutoCloseable {

    private final GoeMqttHandlerFactory factory;
    private final CountingCallback callback;
    private final Bridge bridge;
    private final BrokerHandler broker;
    private final List<ChargerHandler> chargers = new CopyOnWriteArrayList<>();

    private BindingRig(String brokerUri, CountingCallback callback, GoeMqttHandlerFactory factory) {
        this.factory = factory;
        this.callback = callback;
        // as in openHAB: the factory is an active component, so its handlers' services register with the framework
        new OsgiFramework().activate(factory);
        Map<String, Object> config = new HashMap<>(Map.of("uri", brokerUri));
        this.bridge = BridgeBuilder.create(THING_TYPE_BROKER, "bench").withConfiguration(new Configuration(config))
                .build();
        this.broker = (BrokerHandler) register(bridge);
        callback.withBridge(bridge);
        callback.observeBridgeStatus(this::bridgeStatusChanged);
    }

    /** A bridge to {@code brokerUri}, initialised (it connects on its scheduler). */
    public static BindingRig start(String brokerUri, CountingCallback callback) {
        return start(brokerUri, callback, new GoeMqttHandlerFactory(new GoeMqttStateDescriptionProvider()));
    }

    /** A bridge on the connections {@code transports} makes (e.g. in memory), initialised. */
    public static BindingRig start(String brokerUri, CountingCallback callback, TransportFactory transports) {
        return start(brokerUri, callback,
                new GoeMqttHandlerFactory(transports, new GoeMqttStateDescriptionProvider()));
    }

    private static BindingRig start(String brokerUri, CountingCallback callback, GoeMqttHandlerFactory factory) {
        BindingRig rig = new BindingRig(brokerUri, callback, factory);
        rig.broker.initialize();
        return rig;
    }

    /** Waits until the bridge reports ONLINE. */
    public BindingRig awaitOnline() {
        Sleep.until(() -> {
            ThingStatusInfo status = callback.status(bridge.getUID());
            return status != null && status.getStatus() == ThingStatus.ONLINE;
        }, MqttClients.TIMEOUT_MILLIS, "the bridge to go ONLINE");
        return this;
    }

    /** Adds and initialises a charger thing configured by its serial alone. */
    public ChargerHandler addCharger(String serial) {
        Map<String, Object> config = new HashMap<>(Map.of("serial", serial));
        Thing thing = ThingBuilder.create(THING_TYPE_CHARGER, chargerUid(serial)).withBridge(bridge.getUID())
                .withConfiguration(new Configuration(config)).build();
        ChargerHandler handler = (ChargerHandler) register(thing);
        chargers.add(handler);
        handler.initialize();
        return handler;
    }

    public ThingUID chargerUid(String serial) {
        return new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), serial);
    }

    public BrokerHandler broker() {
        return broker;
    }

    /** Disposes the chargers, then the bridge (which closes its connection). */
    @Override
    public void close() {
        for (ChargerHandler charger : chargers) {
            charger.dispose();
        }
        chargers.clear();
        broker.dispose();
    }

    private ThingHandler register(Thing thing) {
        ThingHandler handler = factory.registerHandler(thing);
        thing.setHandler(handler);
        handler.setCallback(callback);
        return handler;
    }

    private void bridgeStatusChanged(ThingStatusInfo status) {
        for (ChargerHandler charger : chargers) {
            charger.bridgeStatusChanged(status);
        }
    }
}
