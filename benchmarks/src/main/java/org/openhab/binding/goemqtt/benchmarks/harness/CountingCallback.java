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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * What openHAB would be to the handlers, reduced to counting: state updates (all, and the channels seen per thing
 * when asked), the last status per thing; bridge status changes are passed on to the bridge's children as openHAB's
 * thing manager does. Thread-safe and cheap, so that it does not weigh on the figures.
 */
@NonNullByDefault
public final class CountingCallback implements ThingHandlerCallback {

    private final AtomicLong states = new AtomicLong();
    private final Map<ThingUID, Set<String>> channelsSeen = new ConcurrentHashMap<>();
    private final Map<ThingUID, ThingStatusInfo> statuses = new ConcurrentHashMap<>();
    private final Map<ThingUID, Bridge> bridges = new ConcurrentHashMap<>();
    private final AtomicLong completeThings = new AtomicLong();
    private volatile int channelsPerThing;
    private volatile @Nullable BiConsumer<ChannelUID, State> stateObserver;
    private volatile @Nullable Consumer<ThingStatusInfo> bridgeStatusObserver;

    /** Answers {@code getBridge} with {@code bridge}. */
    public CountingCallback withBridge(Bridge bridge) {
        bridges.put(bridge.getUID(), bridge);
        return this;
    }

    /**
     * Remembers which channels each thing got a state for and counts the things that got {@code channels} distinct
     * ones (for "all chargers have all states"); 0 stops it.
     */
    public void trackChannels(int channels) {
        channelsPerThing = channels;
    }

    /** How many things got a state on as many channels as {@link #trackChannels(int)} asked for. */
    public long completeThings() {
        return completeThings.get();
    }

    /** Called with each state update, on the updating thread. */
    public void observeStates(@Nullable BiConsumer<ChannelUID, State> observer) {
        stateObserver = observer;
    }

    /** Called with each status a bridge reports (to pass it on to the children). */
    public void observeBridgeStatus(@Nullable Consumer<ThingStatusInfo> observer) {
        bridgeStatusObserver = observer;
    }

    public long states() {
        return states.get();
    }

    public @Nullable ThingStatusInfo status(ThingUID thing) {
        return statuses.get(thing);
    }

    /** Forgets the counts and the channels seen (statuses stay). */
    public void reset() {
        states.set(0);
        completeThings.set(0);
        channelsSeen.clear();
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        states.incrementAndGet();
        int wanted = channelsPerThing;
        if (wanted > 0) {
            Set<String> seen = channelsSeen.computeIfAbsent(channelUID.getThingUID(),
                    t -> ConcurrentHashMap.newKeySet());
            if (seen.add(channelUID.getId()) && seen.size() == wanted) {
                completeThings.incrementAndGet();
            }
        }
        BiConsumer<ChannelUID, State> observer = stateObserver;
        if (observer != null) {
            observer.accept(channelUID, state);
        }
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        statuses.put(thing.getUID(), thingStatus);
        Consumer<ThingStatusInfo> observer = bridgeStatusObserver;
        if (observer != null && thing instanceof Bridge) {
            observer.accept(thingStatus);
        }
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
    }

    @Override
    public void thingUpdated(Thing thing) {
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null;
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = thing.getChannel(channelUID);
        return channel != null ? ChannelBuilder.create(channel) : ChannelBuilder.create(channelUID);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        return List.of();
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return true;
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return bridges.get(bridgeUID);
    }
}
