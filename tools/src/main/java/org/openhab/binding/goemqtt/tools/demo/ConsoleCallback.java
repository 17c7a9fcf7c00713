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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * The framework's side of the handlers, on the console: prints status changes (descriptions rendered as openHAB
 * shows them) and the state updates of the chosen channels, keeps the things, and tells a bridge's children when
 * its status changes (on {@code framework}, as openHAB does it off the handler's thread).
 */
@NonNullByDefault
final class ConsoleCallback implements ThingHandlerCallback {

    private final Consumer<String> printer;
    private final BindingTexts texts;
    private final Predicate<String> shownChannels;
    private final Executor framework;
    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();
    private final Map<ChannelUID, State> states = new ConcurrentHashMap<>();
    private final AtomicInteger updates = new AtomicInteger();
    private final Object change = new Object();

    /**
     * @param shownChannels which channel ids ({@code group#channel}) are printed; all are counted and kept
     * @param framework runs what openHAB runs off the handler's thread: {@code bridgeStatusChanged} of the children
     */
    ConsoleCallback(Consumer<String> printer, BindingTexts texts, Predicate<String> shownChannels,
            Executor framework) {
        this.printer = printer;
        this.texts = texts;
        this.shownChannels = shownChannels;
        this.framework = framework;
    }

    /** Makes {@code thing} known (a bridge for {@link #getBridge(ThingUID)}, a child to tell of its bridge). */
    void add(Thing thing) {
        things.put(thing.getUID(), thing);
    }

    /** The last state posted to {@code channel}, or null. */
    @Nullable
    State state(ChannelUID channel) {
        return states.get(channel);
    }

    /** How many state updates the handlers posted, shown or not. */
    int updates() {
        return updates.get();
    }

    /** Waits until {@code uid} has {@code status}; false when it did not within {@code timeout}. */
    boolean awaitStatus(ThingUID uid, ThingStatus status, Duration timeout) throws InterruptedException {
        return await(() -> hasStatus(uid, status), timeout);
    }

    /** Whether {@code uid} is a known thing with {@code status} now. */
    boolean hasStatus(ThingUID uid, ThingStatus status) {
        Thing thing = things.get(uid);
        return thing != null && thing.getStatus() == status;
    }

    /** Waits until {@code condition} holds after a status or state update; false when not within {@code timeout}. */
    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (change) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                change.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void changed() {
        synchronized (change) {
            change.notifyAll();
        }
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        updates.incrementAndGet();
        states.put(channelUID, state);
        String channel = channelUID.getId();
        if (shownChannels.test(channel)) {
            printer.accept("  " + channelUID.getThingUID().getId() + " " + texts.state(channel, state));
        }
        changed();
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        printer.accept("  " + channelUID + " command " + command);
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        printer.accept("  " + channelUID + " time series of " + timeSeries.size());
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo info) {
        thing.setStatusInfo(info);
        things.put(thing.getUID(), thing);
        String description = texts.description(info.getDescription());
        printer.accept("thing " + thing.getUID() + " is " + info.getStatus()
                + (info.getStatusDetail().name().equals("NONE") ? "" : " (" + info.getStatusDetail() + ")")
                + (description.isEmpty() ? "" : ": " + description));
        changed();
        if (thing instanceof Bridge) {
            for (Thing child : things.values()) {
                ThingHandler handler = child.getHandler();
                if (thing.getUID().equals(child.getBridgeUID()) && handler != null) {
                    framework.execute(() -> handler.bridgeStatusChanged(info));
                }
            }
        }
    }

    @Override
    public void thingUpdated(Thing thing) {
        Thing before = things.put(thing.getUID(), thing);
        if (before != null) {
            thing.setHandler(before.getHandler());
            thing.setStatusInfo(before.getStatusInfo());
        }
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        // no configuration descriptions outside openHAB: everything is accepted
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
        // as above
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null; // no configuration descriptions outside openHAB
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
        things.put(thing.getUID(), thing);
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        printer.accept("thing " + thing.getUID() + " asked to become a " + thingTypeUID + " (not done in the demo)");
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        printer.accept("  " + thing.getUID().getId() + " " + channelUID.getId() + " triggered " + event);
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = Objects.requireNonNull(thing.getChannel(channelUID), () -> "no channel " + channelUID);
        return ChannelBuilder.create(channel);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        return List.of(); // no channel group types outside openHAB
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return true;
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return things.get(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }
}
