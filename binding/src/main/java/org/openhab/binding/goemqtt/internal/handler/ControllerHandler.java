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

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.CONTROLLER_PROPERTY_OF_KEY;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels.Slot;
import org.openhab.binding.goemqtt.internal.control.CategoryPowers;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * A {@code goemqtt:controller} thing: a go-e Controller on the bridge, decoded by the controller's catalog, written
 * through the same command path as a charger ({@link ChargerSession}, {@link ChargerCommands},
 * {@link CommandReaction}: coalesced {@code /set}, {@code /result} confirmation, status texts, {@code <key>:ERROR} on
 * {@value #EVENT_CHANNEL}).
 * <ul>
 * <li>Status as a charger's: UNKNOWN until the first message, ONLINE on data, OFFLINE after the silence timeout or
 * while the bridge is offline.</li>
 * <li>Categories and current sensors ({@link ControllerSlots}): when {@code ccn} or {@code isn} names change, the
 * thing gets the channels of the named slots, labelled with the names (on the scheduler); states of slot channels
 * the thing does not have are not posted.</li>
 * <li>Every {@code ccp} message is handed to the charger things that name this controller as their PV source
 * ({@link ControllerReadings}).</li>
 * </ul>
 */
@NonNullByDefault
public class ControllerHandler extends DeviceThingHandler {

    /** Fires {@code <key>:ERROR} when the controller rejects a command or does not answer it. */
    public static final String EVENT_CHANNEL = "meter#event";

    private final Logger logger = LoggerFactory.getLogger(ControllerHandler.class);
    private final Catalog catalog;
    private final ChargerCommands commands;
    private final ControllerSlots slots;
    /** What the command path asks of control parts: a controller has none (no PV inputs, no current bounds). */
    private final ChargerControl noControl;

    /** @param executor runs timers and jobs; {@code null}: the handler's scheduler (tests pass a manual one) */
    public ControllerHandler(Thing thing, Clock clock, @Nullable ScheduledExecutorService executor) {
        super(thing, clock, executor);
        this.catalog = Catalog.controller();
        this.commands = new ChargerCommands(catalog, status, this::restore);
        this.slots = new ControllerSlots(thing.getUID());
        this.noControl = ChargerControl.detached(this::send, clock);
    }

    @Override
    public void initialize() {
        ChargerConfiguration config = getConfigAs(ControllerConfiguration.class).forSession();
        String problem = ChargerConfigCheck.problem(config);
        Bridge bridge = problem == null ? getBridge() : null;
        if (problem != null || bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    problem != null ? problem : ChargerStatusTexts.noBridge());
            return;
        }
        if (!(bridge.getHandler() instanceof BrokerHandler broker)) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_UNINITIALIZED);
            return;
        }
        ChargerSession started = new ChargerSession(broker, broker.controllerSightings(), getThing().getUID(), config,
                catalog, clock, executor, waiting -> send(waiting.channel(), waiting.key(), waiting.value()));
        getThing().getChannels().stream().map(channel -> channel.getUID().getId())
                .filter(id -> id.startsWith(Catalog.rawChannel(""))).forEach(started::rawChannelReady);
        slots.present(slotChannels(getThing()));
        session = started;
        changeProperties(started.startProperties());
        boolean bridgeOffline = bridge.getStatus() == ThingStatus.OFFLINE;
        status.start(bridgeOffline, ChargerStatusTexts.controllerWaiting(started.activeBase().value()),
                ChargerStatusTexts.controllerSilent(config.silenceTimeout));
        started.start(this, executor, this::checkLiveness);
    }

    @Override
    public void dispose() {
        ChargerSession ending;
        synchronized (messageLock) {
            ending = session;
            session = null;
        }
        status.stop();
        if (ending != null) {
            ending.close(this);
        }
        states.clear();
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        bridgeChanged(bridgeStatusInfo);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        ChargerSession current = session;
        if (command instanceof RefreshType) {
            restore(channelUID.getId());
        } else if (current != null) {
            commands.handle(current, noControl, channelUID.getId(), command);
        }
    }

    private CompletableFuture<CommandOutcome> send(String key, JsonElement value) {
        return send(catalog.writerChannelOf(key), key, value);
    }

    private CompletableFuture<CommandOutcome> send(@Nullable String channel, String key,
            JsonElement value) {
        ChargerSession current = session;
        if (current == null) {
            return CompletableFuture.completedFuture(new CommandOutcome(key, value.toString(),
                    CommandStatus.NOT_SENT, "the controller thing is not initialised", clock.instant(),
                    clock.instant()));
        }
        CompletableFuture<CommandOutcome> outcome = current.send(key, value).outcome();
        outcome.thenAccept(ended -> commandEnded(current, channel, ended, EVENT_CHANNEL));
        return outcome;
    }

    @Override
    void valueArrived(ChargerSession current, KeyValue value) {
        String key = value.key();
        keyArrived(current, value, CONTROLLER_PROPERTY_OF_KEY);
        Slot named = ControllerSlots.namedBy(key);
        if (named != null && slots.namesArrived(named, value.value())) {
            executor.execute(() -> editSlots(current, named));
        }
        Catalog.Decoded decoded = current.decoder().accept(key, value.value(), clock.instant());
        for (ChannelState update : decoded.states()) {
            String channel = update.channel();
            if (!states.changed(channel, update.state())
                    || ControllerSlots.isSlotChannel(channel) && !slots.isPresent(channel)) {
                continue;
            }
            if (Catalog.isRawChannel(channel) && !current.isRawChannelReady(channel)) {
                if (current.requestRawChannel(channel)) {
                    executor.execute(() -> addRawChannel(current, channel, key));
                }
            } else {
                updateState(current.channelUid(channel), update.state());
            }
        }
        if ("ccp".equals(key)) {
            current.broker().controllerReadings().publish(getThing().getUID(),
                    new CategoryPowers(slots.names(Slot.CATEGORY), CategoryPowers.watts(value.value())));
        }
    }

    /** Gives the thing the channels of the named slots of {@code slot}, then their last states. On the scheduler. */
    private void editSlots(ChargerSession current, Slot slot) {
        if (current != session) {
            return;
        }
        List<Channel> wanted;
        synchronized (editLock) { // the names of the last ccn or isn, whichever job runs last
            wanted = slots.wanted(slot);
            List<Channel> existing = ControllerSlots.existing(getThing(), slot);
            if (!ControllerSlots.same(existing, wanted)) {
                logger.debug("Controller {}: {} channels for {} {}", current.serial(), wanted.size(), slot,
                        slots.names(slot));
                ThingBuilder edit = editThing().withoutChannels(existing); // withChannels would replace them all
                wanted.forEach(edit::withChannel);
                updateThing(edit.build());
            }
            slots.present(slotChannels(getThing()));
        }
        wanted.forEach(channel -> restore(channel.getUID().getId()));
    }

    private static List<Channel> slotChannels(Thing thing) {
        List<Channel> channels = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            channels.addAll(ControllerSlots.existing(thing, slot));
        }
        return channels;
    }
}
