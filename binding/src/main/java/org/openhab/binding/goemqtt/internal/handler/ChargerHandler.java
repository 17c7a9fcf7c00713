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

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.EncodeResult;
import org.openhab.binding.goemqtt.internal.catalog.KeyRow;
import org.openhab.binding.goemqtt.internal.control.CommandSink;
import org.openhab.binding.goemqtt.internal.control.ControlChannels;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.CommandTracker;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.SetEcho;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;
import org.openhab.binding.goemqtt.internal.protocol.TrackedCommand;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * A {@code goemqtt:charger} thing: the charger's values as channel states (decoded by the catalog), item commands as
 * confirmed {@code /set} writes, the charger's liveness as the thing status.
 * <ul>
 * <li>Status: UNKNOWN until the first message, ONLINE on data, OFFLINE/COMMUNICATION_ERROR after
 * {@code silenceTimeout} seconds without any (the charger sends no last will), OFFLINE/BRIDGE_OFFLINE while the
 * bridge is. A command problem shows as the description of the current status (see {@link CommandReaction}).</li>
 * <li>States: a value that did not change is not posted again; REFRESH is answered from the last value received,
 * nothing is published. A key the catalog does not know gets a raw channel ({@code raw#<key>}), added once.</li>
 * <li>Commands: catalog encoding, bridge must be connected (else refused at once), quick successive commands to
 * one key coalesced ({@link CommandCoalescer}), published on {@code <base><key>/set} and followed to their outcome
 * by the {@code CommandTracker}. {@link #sendCommand(String, JsonElement)} publishes without coalescing, for rule
 * actions and the binding's own control logic.</li>
 * <li>Threads: messages arrive on the transport's thread and are handled there (decoding and posting states is
 * quick and never blocks; openHAB queues the events). Changes of the thing itself (properties, raw channels) go to
 * the scheduler, as they may write openHAB's storage.</li>
 * </ul>
 */
@NonNullByDefault
public class ChargerHandler extends BaseThingHandler implements ChargerEndpoint {

    /**
     * The trigger channel fired with {@code <key>:ERROR} when the charger rejects a command or does not answer: the
     * charger's event channel, next to the transitions the control parts fire there.
     */
    public static final String COMMAND_ERROR_CHANNEL = ControlChannels.EVENT;

    private final Logger logger = LoggerFactory.getLogger(ChargerHandler.class);
    private final Catalog catalog;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private final ChannelStates states = new ChannelStates();
    private final ChargerStatus status = new ChargerStatus(this::updateStatus);
    private volatile @Nullable ChargerSession session;

    public ChargerHandler(Thing thing, Catalog catalog) {
        this(thing, catalog, Clock.systemUTC(), null);
    }

    /** @param executor runs timers and jobs; {@code null}: the handler's scheduler (tests pass a manual one) */
    public ChargerHandler(Thing thing, Catalog catalog, Clock clock, @Nullable ScheduledExecutorService executor) {
        super(thing);
        this.catalog = catalog;
        this.clock = clock;
        this.executor = executor != null ? executor : scheduler;
    }

    @Override
    public void initialize() {
        ChargerConfiguration config = getConfigAs(ChargerConfiguration.class);
        String problem = ChargerConfigCheck.problem(config);
        Bridge bridge = problem == null ? getBridge() : null;
        if (problem == null && bridge == null) {
            problem = ChargerStatusTexts.noBridge();
        }
        if (problem != null || bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, problem);
            return;
        }
        if (!(bridge.getHandler() instanceof BrokerHandler broker)) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_UNINITIALIZED);
            return;
        }
        ChargerSession started = new ChargerSession(broker, config, catalog, clock, executor,
                waiting -> send(waiting.channel(), waiting.key(), waiting.value()));
        getThing().getChannels().stream().map(channel -> channel.getUID().getId())
                .filter(id -> id.startsWith(Catalog.rawChannel(""))).forEach(started::rawChannelReady);
        session = started;
        updateProperty(PROPERTY_SERIAL, started.serial().value());
        status.start(bridge.getStatus() == ThingStatus.OFFLINE,
                ChargerStatusTexts.waitingForData(started.activeBase().value()),
                ChargerStatusTexts.silent(config.silenceTimeout));
        started.start(this, executor, this::checkLiveness);
    }

    @Override
    public void dispose() {
        ChargerSession ending = session;
        session = null;
        status.stop();
        if (ending != null) {
            ending.close(this);
        }
        states.clear();
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        ChargerSession current = session;
        if (current != null && bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            current.liveness().reset();
            current.tracker().connectionLost("the connection to the broker was lost");
        }
        status.bridgeChanged(bridgeStatusInfo.getStatus());
    }

    @Override
    public void messageArrived(BaseTopic base, InboundMessage message) {
        ChargerSession current = session;
        if (current == null || current.isClosed() || message instanceof SetEcho) {
            return; // a set seen on the bus (the broker returns ours) says nothing about the charger
        }
        current.heard(base);
        status.heard();
        current.tracker().accept(message);
        if (message instanceof KeyValue value) {
            valueArrived(current, value);
        } else if (message instanceof Unparseable unreadable) {
            logger.debug("Charger {}: unreadable {}{}: {} ({})", current.serial(), unreadable.key(),
                    unreadable.kind().suffix(), unreadable.reason(), unreadable.preview());
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        ChargerSession current = session;
        String channel = channelUID.getId();
        if (command instanceof RefreshType) {
            State last = states.last(channel);
            if (last != null) {
                updateState(channelUID, last);
            }
            return;
        }
        if (current == null) {
            return;
        }
        EncodeResult encoded = catalog.encode(channel, command);
        if (encoded instanceof EncodeResult.Refused refused) {
            logger.debug("Charger {}: command {} on {} refused: {}", current.serial(), command, channel,
                    refused.reason());
            restore(channel);
            status.commandProblem(ChargerStatusTexts.refused(channel, refused.reason()));
        } else if (encoded instanceof EncodeResult.Encoded set) {
            if (!current.broker().isConnected()) {
                logger.debug("Charger {}: {}={} not sent, the bridge is not connected", current.serial(), set.key(),
                        set.value());
                restore(channel);
                status.commandProblem(
                        ChargerStatusTexts.notSentBridgeOffline(set.key(), PayloadEncoder.encode(set.value())));
                return;
            }
            current.coalescer().submit(channel, set.key(), set.value());
        }
    }

    /**
     * Publishes {@code value} on {@code <base><key>/set} now (no coalescing); the future completes with the outcome,
     * which also shows in the thing status like an item command's. Never throws; a charger thing that is not
     * initialised or a bridge without connection make it {@link CommandStatus#NOT_SENT}.
     */
    public CompletableFuture<CommandOutcome> sendCommand(String key, JsonElement value) {
        return send(writerChannel(key), key, value);
    }

    /** {@link #sendCommand(String, JsonElement)} for the control parts, with the configured answer timeout. */
    public CommandSink commandSink() {
        return new CommandSink() {
            @Override
            public CompletableFuture<CommandOutcome> send(String key, JsonElement value) {
                return sendCommand(key, value);
            }

            @Override
            public Duration commandTimeout() {
                ChargerSession current = session;
                return current != null ? current.tracker().timeout() : CommandTracker.DEFAULT_TIMEOUT;
            }
        };
    }

    private CompletableFuture<CommandOutcome> send(@Nullable String channel, String key, JsonElement value) {
        ChargerSession current = session;
        if (current == null) {
            return notSent(key, value, "the charger thing is not initialised");
        }
        try {
            current.activeBase().setTopic(key);
        } catch (IllegalArgumentException e) {
            return notSent(key, value, "not a key: " + e.getMessage());
        }
        MqttTransport transport = current.transport();
        TrackedCommand command;
        if (transport == null) {
            command = current.tracker().register(key, value);
            current.tracker().notSent(command, "the bridge has no connection");
        } else {
            logger.debug("Charger {}: publishing {} on {}", current.serial(), PayloadEncoder.encode(value),
                    current.activeBase().setTopic(key));
            command = current.tracker().send(transport, current.activeBase(), key, value);
        }
        command.outcome().thenAccept(outcome -> commandEnded(current, channel, outcome));
        return command.outcome();
    }

    private CompletableFuture<CommandOutcome> notSent(String key, JsonElement value, String reason) {
        return CompletableFuture.completedFuture(new CommandOutcome(key, PayloadEncoder.encode(value),
                CommandStatus.NOT_SENT, reason, clock.instant(), clock.instant()));
    }

    private void commandEnded(ChargerSession ended, @Nullable String channel, CommandOutcome outcome) {
        if (ended != session) {
            return;
        }
        CommandReaction reaction = CommandReaction.of(outcome, ended.isMqttReadOnly(), ended.tracker().firmware());
        logger.debug("Charger {}: {}={} ended {}: {}", ended.serial(), outcome.key(), outcome.payload(),
                outcome.status(), outcome.detail());
        if (reaction.restore() && channel != null) {
            restore(channel);
        }
        if (reaction.trigger()) {
            triggerChannel(COMMAND_ERROR_CHANNEL, CommandReaction.triggerEvent(outcome.key()));
        }
        String description = reaction.description();
        if (outcome.status() == CommandStatus.NOT_SENT && status.isBridgeOffline()) {
            description = ChargerStatusTexts.notSentBridgeOffline(outcome.key(), outcome.payload());
        }
        status.commandProblem(description);
    }

    private void valueArrived(ChargerSession current, KeyValue value) {
        String key = value.key();
        String property = PROPERTY_OF_KEY.get(key);
        if (property != null) {
            String text = ChargerSightings.propertyText(value.value());
            executor.execute(() -> updateProperty(property, text));
        } else if ("mcr".equals(key)) {
            current.mqttReadOnly(value.value());
        }
        Catalog.Decoded decoded = current.decoder().accept(key, value.value(), clock.instant());
        for (ChannelState update : decoded.states()) {
            if (!states.changed(update.channel(), update.state())) {
                continue;
            }
            if (decoded.raw() && !current.isRawChannelReady(update.channel())) {
                if (current.requestRawChannel(update.channel())) {
                    executor.execute(() -> addRawChannel(current, update.channel(), key));
                }
            } else {
                updateState(update.channel(), update.state());
            }
        }
    }

    /** Adds the raw channel of an unknown key, then posts the value that made it appear. Runs on the scheduler. */
    private void addRawChannel(ChargerSession current, String channel, String key) {
        if (current != session) {
            return;
        }
        ChannelUID uid = new ChannelUID(getThing().getUID(), channel);
        if (getThing().getChannel(uid) == null) {
            logger.debug("Charger {}: adding channel {} for the unknown key {}", current.serial(), channel, key);
            Channel added = ChannelBuilder.create(uid, "String")
                    .withType(new ChannelTypeUID(BINDING_ID, Catalog.RAW_CHANNEL_TYPE)).withLabel(key)
                    .withDescription("Raw JSON of the API key " + key).build();
            updateThing(editThing().withChannel(added).build());
        }
        current.rawChannelReady(channel);
        State last = states.last(channel);
        if (last != null) {
            updateState(channel, last);
        }
    }

    /** Posts the last value the charger reported for {@code channel} again (after a command that did not work). */
    private void restore(String channel) {
        State last = states.last(channel);
        if (last != null) {
            updateState(channel, last);
        }
    }

    private @Nullable String writerChannel(String key) {
        return catalog.rowsOf(key).stream().filter(row -> row.access().writable()).map(KeyRow::channelUid)
                .filter(channel -> !channel.isEmpty()).findFirst().orElse(null);
    }

    private void checkLiveness() {
        ChargerSession current = session;
        if (current != null && status.isOnline() && !current.liveness().isAlive()) {
            logger.debug("Charger {}: silent for {}", current.serial(), current.liveness().silence().orElse(null));
            status.silent();
        }
    }
}
