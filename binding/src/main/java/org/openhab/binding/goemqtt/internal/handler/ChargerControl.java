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

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.GoeMqttStateDescriptionProvider;
import org.openhab.binding.goemqtt.internal.catalog.EncodeResult;
import org.openhab.binding.goemqtt.internal.control.ActionTarget;
import org.openhab.binding.goemqtt.internal.control.CommandSink;
import org.openhab.binding.goemqtt.internal.control.ControlChannels;
import org.openhab.binding.goemqtt.internal.control.ControlCommands;
import org.openhab.binding.goemqtt.internal.control.ControllerPvSource;
import org.openhab.binding.goemqtt.internal.control.CurrentBounds;
import org.openhab.binding.goemqtt.internal.control.PvFeed;
import org.openhab.binding.goemqtt.internal.control.PvFeedSettings;
import org.openhab.binding.goemqtt.internal.control.PvFeedStatus;
import org.openhab.binding.goemqtt.internal.control.PvInput;
import org.openhab.binding.goemqtt.internal.control.TemporaryCurrentLimit;
import org.openhab.binding.goemqtt.internal.control.TransitionTriggers;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * The control parts of one initialised charger handler: the PV feed, the temporary current limit keeper, the
 * current bounds and the transition triggers, and the tick that drives the feed and the keeper. The handler
 * routes commands, values and connection changes here and shows what comes back.
 * <p>
 * The feed publishes through a sink whose outcomes do not touch the thing's command problem or the event channel
 * (an {@code ids} set every few seconds would otherwise hide the outcome of a user's command); the feed reports
 * through its own status. The keeper's sets are reported like item commands.
 */
@NonNullByDefault
final class ChargerControl implements ActionTarget {

    private final Logger logger = LoggerFactory.getLogger(ChargerControl.class);
    private final CommandSink commands;
    private final PvFeed feed;
    private final TemporaryCurrentLimit tcl;
    private final CurrentBounds bounds = new CurrentBounds();
    private final TransitionTriggers triggers = new TransitionTriggers();
    private @Nullable ScheduledFuture<?> tickJob;
    private volatile @Nullable Runnable unfollow;

    /**
     * @param commands publishes sets whose outcomes show like an item command's (the keeper, the actions)
     * @param quiet publishes the feed's {@code ids} sets
     */
    ChargerControl(CommandSink commands, CommandSink quiet, Clock clock, PvFeedSettings settings,
            Consumer<PvFeedStatus> feedListener) {
        this.commands = commands;
        this.feed = new PvFeed(quiet, clock, settings, feedListener);
        this.tcl = new TemporaryCurrentLimit(commands, clock);
    }

    /** Control parts of a handler that is not initialised: sets end as not sent, the feed is switched off. */
    static ChargerControl detached(CommandSink commands, Clock clock) {
        PvFeedSettings off = new PvFeedSettings(false, PvFeedSettings.DEFAULT_INTERVAL, PvFeedSettings.DEFAULT_MAX_AGE);
        return new ChargerControl(commands, commands, clock, off, status -> {
        });
    }

    /** Ticks the feed and the keeper every {@link PvFeed#TICK_PERIOD} on {@code scheduler}. */
    void start(ScheduledExecutorService scheduler) {
        long period = PvFeed.TICK_PERIOD.toMillis();
        tickJob = scheduler.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * When the configuration names a controller: feeds the PV data from its categories (as configured) instead of the PV input
     * channels, whose values are then ignored: the controller wins, as docs/pv-surplus.md says.
     */
    void followController(ControllerReadings readings, ChargerConfiguration config) {
        ThingUID controller = ChargerConfigCheck.pvController(config);
        if (controller == null) {
            return;
        }
        ControllerPvSource source = ChargerConfigCheck.pvSource(config);
        logger.debug("PV feed follows controller {}: grid '{}', PV '{}', battery '{}'", controller,
                source.category(PvInput.GRID), source.category(PvInput.PV), source.category(PvInput.BATTERY));
        unfollow = readings.follow(controller, powers -> source.feed(powers, feed));
    }

    /** Stops the tick: nothing is sent any more (the charger drops the limit and the PV data by itself). */
    void stop() {
        Runnable following = unfollow;
        unfollow = null;
        if (following != null) {
            following.run();
        }
        ScheduledFuture<?> job = tickJob;
        tickJob = null;
        if (job != null) {
            job.cancel(false);
        }
    }

    void tick() {
        try {
            feed.tick();
            tcl.tick();
        } catch (RuntimeException e) {
            logger.warn("PV feed or temporary current limit failed: {}", e.toString());
        }
    }

    /** Whether commands on {@code channel} are handled here rather than by the catalog. */
    static boolean handles(String channel) {
        return PvInput.byChannel(channel) != null || ControlChannels.TEMPORARY_CURRENT_LIMIT.equals(channel);
    }

    /** A command on a channel this {@link #handles(String)}: null when taken, else why not (nothing sent). */
    @Nullable
    String command(String channel, Command command) {
        PvInput input = PvInput.byChannel(channel);
        if (input != null && unfollow != null) {
            logger.debug("{} ignored: the PV feed follows a controller", channel);
            return null;
        } else if (input != null) {
            return feed.update(input, command);
        }
        return new ControlCommands(this).temporaryLimitCommand(command);
    }

    /** Null when an encoded command may go out; for {@code amp}, why not when it is outside the bounds. */
    @Nullable
    String outOfBounds(EncodeResult.Encoded set) {
        if (!"amp".equals(set.key())) {
            return null;
        }
        OptionalLong amps = JsonValues.integral(set.value());
        return amps.isPresent() ? bounds.check((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                amps.getAsLong()))) : null;
    }

    /** Hands the bounds to {@code provider} as the state description of the requested-current channel. */
    void publishBounds(@Nullable GoeMqttStateDescriptionProvider provider, ThingUID thing) {
        if (provider != null) {
            provider.setBounds(new ChannelUID(thing, ControlChannels.REQUESTED_CURRENT), bounds.fragment());
            logger.debug("Charger {}: requested current bounded to {}", thing, bounds);
        }
    }

    /** The requested-current channel goes back to its channel type's description. */
    static void removeBounds(@Nullable GoeMqttStateDescriptionProvider provider, ThingUID thing) {
        if (provider != null) {
            provider.removeBounds(new ChannelUID(thing, ControlChannels.REQUESTED_CURRENT));
        }
    }

    /** Whether a reported value moved the bounds. */
    boolean boundsChanged(String key, JsonElement value) {
        return bounds.update(key, value);
    }

    /** The trigger events a reported value causes, in order. */
    List<String> events(String key, JsonElement value) {
        return triggers.accept(key, value);
    }

    void connectionLost() {
        feed.connectionLost();
    }

    void connectionRestored() {
        feed.connectionRestored();
        tcl.connectionRestored();
    }

    @Override
    public CommandSink commands() {
        return commands;
    }

    @Override
    public TemporaryCurrentLimit tcl() {
        return tcl;
    }

    @Override
    public PvFeed pvFeed() {
        return feed;
    }

    @Override
    public CurrentBounds bounds() {
        return bounds;
    }
}
