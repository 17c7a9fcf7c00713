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

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The bridge and chargers on the in-memory transport, with real threads (a small scheduled pool, the system
 * clock) and callbacks that only count: for the flood and concurrency scenarios, where recording every state
 * would itself exhaust the heap.
 */
@NonNullByDefault
final class LiveBinding implements AutoCloseable {

    /** One charger thing and what its callback counted. */
    static final class Charger {
        final ChargerHandler handler;
        final AtomicLong states = new AtomicLong();
        final AtomicLong statesAfterDispose = new AtomicLong();
        final AtomicBoolean disposed = new AtomicBoolean();
        volatile @Nullable ThingStatusInfo status;

        Charger(ChargerHandler handler) {
            this.handler = handler;
        }

        void dispose() {
            handler.dispose();
            disposed.set(true);
        }
    }

    final FakeTransport transport = new FakeTransport();
    final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2);
    final Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
            .withConfiguration(new Configuration(new HashMap<>(Map.of("host", "broker.local")))).build();
    final BrokerHandler broker = new BrokerHandler(bridge, (config, scheduler) -> transport, executor);

    LiveBinding() {
        executor.setRemoveOnCancelPolicy(true);
        bridge.setHandler(broker);
        broker.setCallback(callback(null));
        broker.initialize();
    }

    /** A charger thing for {@code serial}, initialised. */
    Charger charger(String serial, Map<String, Object> config) {
        Map<String, Object> all = new HashMap<>(config);
        all.put("serial", serial);
        Thing thing = ThingBuilder.create(THING_TYPE_CHARGER, new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), serial))
                .withBridge(bridge.getUID()).withConfiguration(new Configuration(all)).build();
        ChargerHandler handler = new ChargerHandler(thing, Catalog.standard(), Clock.systemUTC(), executor,
                null);
        thing.setHandler(handler);
        Charger charger = new Charger(handler);
        handler.setCallback(callback(charger));
        handler.initialize();
        return charger;
    }

    private ThingHandlerCallback callback(@Nullable Charger charger) {
        return (ThingHandlerCallback) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ThingHandlerCallback.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getBridge":
                            return bridge;
                        case "stateUpdated":
                            if (charger != null) {
                                charger.states.incrementAndGet();
                                if (charger.disposed.get()) {
                                    charger.statesAfterDispose.incrementAndGet();
                                }
                            }
                            return null;
                        case "statusUpdated":
                            if (charger != null) {
                                charger.status = (ThingStatusInfo) args[1];
                            }
                            return null;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        case "toString":
                            return "counting callback";
                        default:
                            return null;
                    }
                });
    }

    @Override
    public void close() throws InterruptedException {
        broker.dispose();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
