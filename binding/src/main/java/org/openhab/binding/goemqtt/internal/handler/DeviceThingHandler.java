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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.SetEcho;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a charger thing and a controller thing do alike, both being go-e devices publishing API keys under a base
 * topic: the last states posted, the thing status, the device session, thing properties from keys, raw channels of
 * unknown keys, the reaction to a command's outcome and the silence check.
 */
@NonNullByDefault
public abstract class DeviceThingHandler extends BaseThingHandler implements ChargerEndpoint {

    private final Logger logger = LoggerFactory.getLogger(DeviceThingHandler.class);
    final Clock clock;
    final ScheduledExecutorService executor;
    final ChannelStates states = new ChannelStates();
    final ChargerStatus status = new ChargerStatus(this::updateStatus);
    final Object messageLock = new Object();
    /** Held while the thing is edited: jobs on openHAB's pool run in parallel, each edit must see the last. */
    final Object editLock = new Object();
    volatile @Nullable ChargerSession session;

    /** @param executor runs timers and jobs; {@code null}: the handler's scheduler (tests pass a manual one) */
    DeviceThingHandler(Thing thing, Clock clock, @Nullable ScheduledExecutorService executor) {
        super(thing);
        this.clock = clock;
        this.executor = executor != null ? executor : scheduler;
    }

    @Override
    public void messageArrived(BaseTopic base, InboundMessage message) {
        synchronized (messageLock) { // dispose() waits for a message in hand: nothing is posted once it returned
            ChargerSession current = session;
            if (current == null || current.isClosed() || message instanceof SetEcho) {
                return; // a set seen on the bus (the broker returns ours) says nothing about the device
            }
            current.heard(base);
            status.heard();
            current.tracker().accept(message);
            if (message instanceof KeyValue value) {
                valueArrived(current, value);
            } else if (message instanceof Unparseable unreadable) {
                logger.debug("{} {}: unreadable {}{}: {} ({})", getThing().getThingTypeUID().getId(),
                        current.serial(), unreadable.key(), unreadable.kind().suffix(), unreadable.reason(),
                        unreadable.preview());
            }
        }
    }

    /** A value of the device's session arrived (on the transport's thread, one message at a time). */
    abstract void valueArrived(ChargerSession current, KeyValue value);

    /**
     * The bridge's status changed: an offline bridge resets the silence watch and ends waiting commands; the thing
     * status follows. Returns the session, null when there is none.
     */
    final @Nullable ChargerSession bridgeChanged(ThingStatusInfo bridgeStatusInfo) {
        ChargerSession current = session;
        if (current != null && bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            current.liveness().reset();
            current.tracker().connectionLost("the connection to the broker was lost");
        }
        status.bridgeChanged(bridgeStatusInfo.getStatus());
        return current;
    }

    /**
     * What the user sees of a command that ended: the item back to the last value, {@code <key>:ERROR} on
     * {@code eventChannel}, the status description ({@link CommandReaction}).
     */
    final void commandEnded(ChargerSession ended, @Nullable String channel, CommandOutcome outcome,
            String eventChannel) {
        if (ended != session) {
            return;
        }
        CommandReaction reaction = CommandReaction.of(outcome, ended.isMqttReadOnly(), ended.tracker().firmware());
        logger.debug("{} {}: {}={} ended {}: {}", getThing().getThingTypeUID().getId(), ended.serial(),
                outcome.key(), outcome.payload(), outcome.status(), outcome.detail());
        if (reaction.restore() && channel != null) {
            restore(channel);
        }
        if (reaction.trigger()) {
            triggerChannel(eventChannel, CommandReaction.triggerEvent(outcome.key()));
        }
        String description = reaction.description();
        if (outcome.status() == CommandStatus.NOT_SENT && status.isBridgeOffline()) {
            description = ChargerStatusTexts.notSentBridgeOffline(outcome.key(), outcome.payload());
        }
        status.commandProblem(description);
    }

    /**
     * Posts the changed states of one decoded key; a raw channel that does not exist yet is added first, on the
     * scheduler, and gets its value then.
     */
    final void post(ChargerSession current, String key, Catalog.Decoded decoded) {
        List<ChannelState> updates = decoded.states();
        for (int i = 0; i < updates.size(); i++) { // no iterator on the message path
            ChannelState update = updates.get(i);
            if (!states.changed(update.channel(), update.state())) {
                continue;
            }
            if (Catalog.isRawChannel(update.channel()) && !current.isRawChannelReady(update.channel())) {
                if (current.requestRawChannel(update.channel())) {
                    executor.execute(() -> addRawChannel(current, update.channel(), key));
                }
            } else {
                updateState(current.channelUid(update.channel()), update.state());
            }
        }
    }

    /**
     * A key that fills a thing property ({@code propertyOfKey}) or says MQTT is read only ({@code mcr}): the property
     * goes to the thing on the scheduler when it changed.
     */
    final void keyArrived(ChargerSession current, KeyValue value, Map<String, String> propertyOfKey) {
        String key = value.key();
        String property = propertyOfKey.get(key);
        if (property != null) {
            String text = ChargerSightings.propertyText(key, value.value());
            if (current.propertyChanged(property, text)) {
                executor.execute(() -> {
                    if (current == session) {
                        changeProperties(Collections.singletonMap(property, text));
                    }
                });
            }
        } else if ("mcr".equals(key)) {
            current.mqttReadOnly(value.value());
        }
    }

    /**
     * Sets the given properties in one update, removing those whose value is null; tells openHAB only when one
     * changed. openHAB's {@code updateProperties} sets just the names it is given (the others stay) and removes a
     * property whose value is null ({@code Thing.setProperty}). {@code updateProperty(name, null)} is avoided: openHAB
     * versions that implement it as {@code updateProperties(Map.of(name, value))} throw on the null.
     */
    @SuppressWarnings({ "unchecked", "null" })
    final void changeProperties(Map<String, @Nullable String> wanted) {
        synchronized (editLock) {
            Map<String, @Nullable String> changes = ChargerSession.propertyChanges(getThing().getProperties(),
                    wanted);
            if (!changes.isEmpty()) {
                updateProperties((Map<String, String>) (Map<String, ?>) changes);
            }
        }
    }

    /** Adds the raw channel of an unknown key, then posts the value that made it appear. Runs on the scheduler. */
    final void addRawChannel(ChargerSession current, String channel, String key) {
        if (current != session) {
            return;
        }
        ChannelUID uid = new ChannelUID(getThing().getUID(), channel);
        synchronized (editLock) {
            if (getThing().getChannel(uid) == null) {
                logger.debug("{} {}: adding channel {} for the unknown key {}", getThing().getThingTypeUID().getId(),
                        current.serial(), channel, key);
                updateThing(editThing().withChannel(ChargerSession.rawChannel(uid, key)).build());
            }
        }
        current.rawChannelReady(channel);
        restore(channel);
    }

    /** Posts the last value the device reported for {@code channel} again (REFRESH, a command that did not work). */
    final void restore(String channel) {
        State last = states.last(channel);
        if (last != null) {
            updateState(channel, last);
        }
    }

    final void checkLiveness() {
        ChargerSession current = session;
        if (current != null && status.isOnline() && !current.liveness().isAlive()) {
            logger.debug("{} {}: silent for {}", getThing().getThingTypeUID().getId(), current.serial(),
                    current.liveness().silence().orElse(null));
            status.silent();
        }
    }
}
