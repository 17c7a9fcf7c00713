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

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.GoeMqttStateDescriptionProvider;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;

/**
 * A broker bridge on the fake transport with one charger thing, on a manual clock and scheduler: what the charger
 * handler tests start from. Both configurations reach the handlers as openHAB hands them over: values converted by
 * the parameters of the thing XML and completed with its defaults ({@link OpenhabConfiguration#prepare}), but not
 * validated, so that the handlers' own checks can be tested with values openHAB would refuse.
 */
@NonNullByDefault
public final class ChargerHarness {

    public static final String BASE = "/go-eCharger/072246/";

    public final ManualClock clock = new ManualClock();
    public final ManualScheduler scheduler = new ManualScheduler(clock);
    public final FakeTransport transport = new FakeTransport();
    public final RecordingCallback bridgeCallback = new RecordingCallback();
    public final RecordingCallback callback = new RecordingCallback();
    public final Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
            .withConfiguration(OpenhabConfiguration.broker().prepare(Map.of("host", "broker.local"))).build();
    public final BrokerHandler broker = new BrokerHandler(bridge, (config, executor) -> transport, scheduler);
    final GoeMqttStateDescriptionProvider descriptions = new GoeMqttStateDescriptionProvider();
    public final Thing thing;
    public final ChargerHandler handler;

    public ChargerHarness() {
        this(Map.of("serial", "072246"));
    }

    public ChargerHarness(Map<String, Object> config) {
        bridge.setHandler(broker);
        broker.setCallback(bridgeCallback.handlerCallback());
        broker.initialize();
        scheduler.runDue();
        assertTrue(broker.isConnected());
        thing = ThingBuilder.create(THING_TYPE_CHARGER, new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), "garage"))
                .withBridge(bridge.getUID()).withConfiguration(OpenhabConfiguration.charger().prepare(config)).build();
        handler = new ChargerHandler(thing, Catalog.standard(), clock, scheduler, descriptions);
        thing.setHandler(handler);
        callback.withBridge(bridge);
        handler.setCallback(callback.handlerCallback());
    }

    public ChargerHarness initialize() {
        handler.initialize();
        scheduler.runDue();
        return this;
    }

    /** The charger publishes {@code payload} on {@code <base><key>} (not retained). */
    public void publish(String key, String payload) {
        transport.inject(BASE + key, payload);
    }

    /** The charger publishes its retained values of a capture, in its order. */
    public void publishCapture(String name) {
        for (CaptureFile.Line line : CaptureFile.read(name)) {
            transport.retain(line.topic(), line.payload());
        }
    }

    /** The charger answers the oldest set of {@code key} on {@code <base><key>/result}. */
    public void answer(String key, String text) {
        transport.inject(BASE + key + "/result", text);
    }

    public void command(String channel, Command command) {
        handler.handleCommand(new ChannelUID(thing.getUID(), channel), command);
    }

    /** Runs what is due after the coalescing window. */
    public void afterWindow() {
        scheduler.advance(CommandCoalescer.WINDOW);
    }
}
