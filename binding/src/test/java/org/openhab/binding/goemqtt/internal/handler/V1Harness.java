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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A broker bridge on the fake transport with one API v1 charger thing (serial {@value #SERIAL} of the capture), on
 * a manual clock and scheduler. The status it publishes starts as the real capture
 * {@code captures/v1-041.0-status.json} (read byte for byte from the shared folder); tests change members of it.
 */
@NonNullByDefault
final class V1Harness {

    static final String SERIAL = "123345";
    static final String BASE = "/go-eCharger/" + SERIAL + "/";
    static final String COMMAND_TOPIC = BASE + "cmd/req";

    final ManualClock clock = new ManualClock();
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final FakeTransport transport = new FakeTransport();
    final RecordingCallback bridgeCallback = new RecordingCallback();
    final RecordingCallback callback = new RecordingCallback();
    final Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
            .withConfiguration(OpenhabConfiguration.broker().prepare(Map.of("host", "broker.local"))).build();
    final BrokerHandler broker = new BrokerHandler(bridge, (config, executor) -> transport, scheduler);
    final Thing thing;
    final V1ChargerHandler handler;
    /** The status the charger publishes next. */
    final JsonObject status;

    V1Harness() {
        this(Map.of());
    }

    /** @param config parameters besides the serial (numbers as openHAB hands them over: BigDecimal) */
    V1Harness(Map<String, Object> config) {
        bridge.setHandler(broker);
        broker.setCallback(bridgeCallback.handlerCallback());
        broker.initialize();
        scheduler.runDue();
        assertTrue(broker.isConnected());
        Map<String, Object> full = new HashMap<>(config);
        full.putIfAbsent(CONFIG_SERIAL, SERIAL);
        thing = ThingBuilder
                .create(THING_TYPE_CHARGER_V1, new ThingUID(THING_TYPE_CHARGER_V1, bridge.getUID(), "garage"))
                .withBridge(bridge.getUID()).withConfiguration(new Configuration(full)).build();
        handler = new V1ChargerHandler(thing, Catalog.v1(), clock, scheduler);
        thing.setHandler(handler);
        callback.withBridge(bridge);
        handler.setCallback(callback.handlerCallback());
        status = JsonParser.parseString(captureText()).getAsJsonObject();
    }

    static String captureText() {
        try {
            return new String(Files.readAllBytes(SharedReference.resolve("captures/v1-041.0-status.json")),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    V1Harness initialize() {
        handler.initialize();
        scheduler.runDue();
        return this;
    }

    /** The charger publishes the capture as it is, byte for byte. */
    void publishCapture() {
        transport.inject(BASE + "status", captureText());
    }

    /** The charger publishes {@link #status}, with {@code key} set to the text {@code value} first. */
    void publishStatus(String key, String value) {
        status.addProperty(key, value);
        publishStatus();
    }

    void publishStatus() {
        transport.inject(BASE + "status", status.toString());
    }

    void command(String channel, Command command) {
        handler.handleCommand(new ChannelUID(thing.getUID(), channel), command);
    }
}
