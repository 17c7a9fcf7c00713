/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.figures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.DecodeSession;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;

import com.google.gson.JsonElement;

/**
 * The retained sets of simulated chargers (the simulator's newest firmware profile, one retained message per key) on
 * a broker, as chargers of a car park leave them before openHAB starts. One client publishes them all: a hundred
 * simulator connections would take half a minute to set up and give the broker the same retained messages. Knows how
 * many messages there are and how many channels each charger thing gets from them.
 */
@NonNullByDefault
final class Fleet {

    private final List<String> serials;
    private final int messagesPerCharger;
    private final int channelsPerCharger;

    private Fleet(List<String> serials, FirmwareProfile profile) {
        this.serials = serials;
        this.messagesPerCharger = profile.publishedKeys().size();
        this.channelsPerCharger = channels(profile.initialValues());
    }

    /** The retained sets of {@code size} chargers, serials {@code 100001} on; returns once the broker has them. */
    static Fleet publish(String uri, int size) throws Exception {
        List<String> serials = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            serials.add(String.format(Locale.ROOT, "%06d", 100_000 + i));
        }
        FirmwareProfile profile = FirmwareProfile.of(FirmwareProfile.DEFAULT_VERSION);
        List<Outgoing> retained = new ArrayList<>();
        for (String serial : serials) {
            profile.initialValues().forEach((key, value) -> retained.add(new Outgoing(
                    "/go-eCharger/" + serial + "/" + key, value.toString().getBytes(StandardCharsets.UTF_8), true)));
        }
        try (Publisher publisher = Publisher.connect(uri)) {
            publisher.publishAll(retained);
        }
        return new Fleet(serials, profile);
    }

    List<String> serials() {
        return serials;
    }

    /** The filters a bare subscriber uses to receive every retained message: one per charger. */
    List<String> filters() {
        return serials.stream().map(serial -> "/go-eCharger/" + serial + "/#").toList();
    }

    int retainedMessages() {
        return messagesPerCharger * serials.size();
    }

    int channelsPerCharger() {
        return channelsPerCharger;
    }

    /**
     * Adds every charger to {@code rig} and waits until each has a state on every channel ({@code callback} counts
     * them, so that waiting costs the binding no processor time).
     */
    void addAllAndAwaitStates(BindingRig rig, CountingCallback callback, long timeoutMillis) {
        callback.trackChannels(channelsPerCharger);
        serials.forEach(rig::addCharger);
        Sleep.until(() -> callback.completeThings() >= serials.size(), timeoutMillis,
                serials.size() + " chargers to get " + channelsPerCharger + " channel states each");
    }

    /** The channels the values give states to (raw channels of unknown keys included). */
    private static int channels(Map<String, JsonElement> values) {
        DecodeSession session = new DecodeSession(Catalog.standard(), ZoneId.systemDefault());
        Set<String> channels = new HashSet<>();
        for (Map.Entry<String, JsonElement> value : values.entrySet()) {
            for (ChannelState state : session.accept(value.getKey(), value.getValue(), Instant.now()).states()) {
                channels.add(state.channel());
            }
        }
        return channels.size();
    }
}
