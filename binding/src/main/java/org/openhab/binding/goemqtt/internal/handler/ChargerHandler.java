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
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.GoeMqttStateDescriptionProvider;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.control.ActionTarget;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.control.CommandSink;
import org.openhab.binding.goemqtt.internal.control.ControlChannels;
import org.openhab.binding.goemqtt.internal.control.CurrentBounds;
import org.openhab.binding.goemqtt.internal.control.PvFeed;
import org.openhab.binding.goemqtt.internal.control.PvFeedStatus;
import org.openhab.binding.goemqtt.internal.control.TemporaryCurrentLimit;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.CommandTracker;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.internal.protocol.TrackedCommand;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

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
 * <li>Commands ({@link ChargerCommands}): catalog encoding, bridge must be connected (else refused at once), quick
 * successive commands to one key coalesced ({@link CommandCoalescer}), published on {@code <base><key>/set} and
 * followed to their outcome by the {@code CommandTracker}. {@link #sendCommand(String, JsonElement)} publishes
 * without coalescing, for rule actions and the binding's own control logic.</li>
 * <li>Threads: messages arrive on the transport's thread and are handled there (decoding and posting states is
 * quick and never blocks; openHAB queues the events). Changes of the thing itself (properties, raw channels) go to
 * the scheduler, as they may write openHAB's storage.</li>
 * <li>Control ({@link ChargerControl}): PV feed and temporary current limit on a tick, current bounds (commands to
 * {@code amp} outside them are refused; the bounds go to the state description), transition triggers, and the
 * rule actions ({@link ChargerActions}) with this handler as their {@link ActionTarget}.</li>
 * </ul>
 */
@NonNullByDefault
public class ChargerHandler extends DeviceThingHandler implements ActionTarget {

    /**
     * The trigger channel fired with {@code <key>:ERROR} when the charger rejects a command or does not answer: the
     * charger's event channel, next to the transitions the control parts fire there.
     */
    public static final String COMMAND_ERROR_CHANNEL = ControlChannels.EVENT;

    private final Catalog catalog;
    private final @Nullable GoeMqttStateDescriptionProvider descriptions;
    private final ChargerCommands commands;
    private volatile ChargerControl control;

    public ChargerHandler(Thing thing, Catalog catalog) {
        this(thing, catalog, Clock.systemUTC(), null, null);
    }

    /**
     * @param executor runs timers and jobs; {@code null}: the handler's scheduler (tests pass a manual one)
     * @param descriptions where the requested current's bounds are published; null: nowhere
     */
    public ChargerHandler(Thing thing, Catalog catalog, Clock clock, @Nullable ScheduledExecutorService executor,
            @Nullable GoeMqttStateDescriptionProvider descriptions) {
        super(thing, clock, executor);
        this.catalog = catalog;
        this.descriptions = descriptions;
        this.commands = new ChargerCommands(catalog, status, this::restore);
        this.control = ChargerControl.detached(commandSink(), clock);
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
        ChargerSession started = new ChargerSession(broker, getThing().getUID(), config, catalog, clock, executor,
                waiting -> send(waiting.channel(), waiting.key(), waiting.value(), true));
        getThing().getChannels().stream().map(channel -> channel.getUID().getId())
                .filter(id -> id.startsWith(Catalog.rawChannel(""))).forEach(started::rawChannelReady);
        session = started;
        ChargerControl parts = new ChargerControl(commandSink(), sink(false), clock,
                ChargerConfigCheck.pvFeed(config), feed -> feedChanged(started, feed));
        control = parts;
        parts.followController(broker.controllerReadings(), config);
        changeProperties(started.startProperties());
        boolean bridgeOffline = bridge.getStatus() == ThingStatus.OFFLINE;
        status.start(bridgeOffline, ChargerStatusTexts.waitingForData(started.activeBase().value()),
                ChargerStatusTexts.silent(config.silenceTimeout));
        feedChanged(started, parts.pvFeed().status());
        if (bridgeOffline) {
            parts.connectionLost();
        }
        started.start(this, executor, this::checkLiveness);
        parts.start(executor);
        parts.publishBounds(descriptions, getThing().getUID());
    }

    @Override
    public void dispose() {
        ChargerSession ending;
        synchronized (messageLock) { // waits for a message in hand: nothing is posted once dispose() returned
            ending = session;
            session = null;
        }
        control.stop(); // kept for actions that still arrive: without a session they end as not sent
        status.stop();
        if (ending != null) {
            ending.close(this);
        }
        ChargerControl.removeBounds(descriptions, getThing().getUID());
        states.clear();
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(ChargerActions.class);
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        ChargerSession current = bridgeChanged(bridgeStatusInfo); // first: the feed's pause is no ONLINE problem
        if (current != null && bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            control.connectionLost();
        } else if (current != null && bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            control.connectionRestored();
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getId();
        ChargerSession current = session;
        if (command instanceof RefreshType) {
            restore(channel);
        } else if (current != null) {
            commands.handle(current, control, channel, command);
        }
    }

    /**
     * Publishes {@code value} on {@code <base><key>/set} now (no coalescing); the future completes with the outcome,
     * which also shows in the thing status like an item command's. Never throws; a charger thing that is not
     * initialised or a bridge without connection make it {@link CommandStatus#NOT_SENT}.
     */
    public CompletableFuture<CommandOutcome> sendCommand(String key, JsonElement value) {
        return send(writerChannel(key), key, value, true);
    }

    /** {@link #sendCommand(String, JsonElement)} for the control parts, with the configured answer timeout. */
    public CommandSink commandSink() {
        return sink(true);
    }

    /** With {@code report} false, outcomes leave the thing status and the event channel alone (PV feed). */
    private CommandSink sink(boolean report) {
        return new TimedSink((key, value) -> send(writerChannel(key), key, value, report), this::commandTimeout);
    }

    private Duration commandTimeout() {
        ChargerSession current = session;
        return current != null ? current.tracker().timeout() : CommandTracker.DEFAULT_TIMEOUT;
    }

    private CompletableFuture<CommandOutcome> send(@Nullable String channel, String key, JsonElement value,
            boolean report) {
        ChargerSession current = session;
        if (current == null) {
            return notSent(key, value, "the charger thing is not initialised");
        }
        try {
            current.activeBase().setTopic(key);
        } catch (IllegalArgumentException e) {
            return notSent(key, value, "not a key: " + e.getMessage());
        }
        TrackedCommand command = current.send(key, value);
        if (report) {
            command.outcome().thenAccept(outcome -> commandEnded(current, channel, outcome, COMMAND_ERROR_CHANNEL));
        }
        return command.outcome();
    }

    private CompletableFuture<CommandOutcome> notSent(String key, JsonElement value, String reason) {
        return CompletableFuture.completedFuture(new CommandOutcome(key, Secrets.text(key, value),
                CommandStatus.NOT_SENT, reason, clock.instant(), clock.instant()));
    }

    @Override
    void valueArrived(ChargerSession current, KeyValue value) {
        String key = value.key();
        keyArrived(current, value, PROPERTY_OF_KEY);
        post(current, key, current.decoder().accept(key, value.value(), clock.instant()));
        ChargerControl parts = control;
        if (parts.boundsChanged(key, value.value())) {
            parts.publishBounds(descriptions, getThing().getUID());
        }
        List<String> events = parts.events(key, value.value());
        for (int i = 0; i < events.size(); i++) {
            triggerChannel(ControlChannels.EVENT, events.get(i));
        }
    }

    /** The PV feed changed: the "feed active" channel, and the thing's description when the feed has a problem. */
    private void feedChanged(ChargerSession owner, PvFeedStatus feed) {
        if (owner != session) {
            return;
        }
        OnOffType active = OnOffType.from(feed.active());
        if (states.changed(ControlChannels.FEED_ACTIVE, active)) {
            updateState(ControlChannels.FEED_ACTIVE, active);
        }
        status.pvProblem(ChargerStatusTexts.pvFeed(feed));
    }

    @Override
    public CommandSink commands() {
        return control.commands();
    }

    @Override
    public TemporaryCurrentLimit tcl() {
        return control.tcl();
    }

    @Override
    public PvFeed pvFeed() {
        return control.pvFeed();
    }

    @Override
    public CurrentBounds bounds() {
        return control.bounds();
    }

    private @Nullable String writerChannel(String key) {
        return catalog.writerChannelOf(key);
    }
}
