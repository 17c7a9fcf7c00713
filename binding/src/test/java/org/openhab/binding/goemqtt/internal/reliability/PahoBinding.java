/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The product binding over a real broker: a bridge on the Paho transport (the handler's own scheduler) with one
 * charger thing whose handler hears the bridge's status changes, as openHAB's thing manager would tell it.
 */
@NonNullByDefault
final class PahoBinding implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(20);

    final Bridge bridge;
    final BrokerHandler broker;
    final RecordingCallback bridgeCallback = new RecordingCallback();
    final RecordingCallback callback = new RecordingCallback();
    private @Nullable ChargerHandler charger;

    PahoBinding(Map<String, Object> brokerConfig) {
        bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
                .withConfiguration(new Configuration(new HashMap<>(brokerConfig))).build();
        broker = new BrokerHandler(bridge, PahoTransport::new);
        bridge.setHandler(broker);
        broker.setCallback(bridgeCallback.handlerCallback());
        callback.withBridge(bridge);
        bridgeCallback.onStatus(status -> {
            ChargerHandler current = charger;
            if (current != null) {
                current.bridgeStatusChanged(status);
            }
        });
    }

    PahoBinding start() {
        broker.initialize();
        return this;
    }

    /** Creates and initialises the charger thing. */
    ChargerHandler charger(Map<String, Object> config) {
        Thing thing = ThingBuilder.create(THING_TYPE_CHARGER, new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), "car"))
                .withBridge(bridge.getUID()).withConfiguration(new Configuration(new HashMap<>(config))).build();
        ChargerHandler handler = new ChargerHandler(thing, Catalog.standard());
        thing.setHandler(handler);
        handler.setCallback(callback.handlerCallback());
        charger = handler;
        handler.initialize();
        return handler;
    }

    void await(BooleanSupplier condition, String what) {
        Await.until(condition, DEADLINE, () -> what + "; bridge " + bridgeCallback + "; charger " + callback);
    }

    @Override
    public void close() {
        ChargerHandler current = charger;
        if (current != null) {
            current.dispose();
        }
        broker.dispose();
    }
}
