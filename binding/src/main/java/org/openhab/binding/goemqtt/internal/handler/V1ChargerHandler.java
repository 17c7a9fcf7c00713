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

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.PROPERTY_OF_KEY;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.EncodeResult;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.control.ControlChannels;
import org.openhab.binding.goemqtt.internal.control.PvInput;
import org.openhab.binding.goemqtt.internal.control.RuleCommandTarget;
import org.openhab.binding.goemqtt.internal.control.RuleCommands;
import org.openhab.binding.goemqtt.internal.control.V1ChargerReading;
import org.openhab.binding.goemqtt.internal.control.V1SurplusControl;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.FirmwareVersion;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1CommandTracker;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Commands;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Status;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1StatusDecoder;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Topics;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * A {@code goemqtt:charger-v1} thing: a charger with the legacy API v1 (HOME, HOME+ of hardware V2). What it shares
 * with the v2 charger comes from {@link DeviceThingHandler} and {@link ChargerSession}: bridge registration and
 * routing of {@code <base>#}, liveness, status texts, properties, raw channels, the reaction to command outcomes.
 * What is v1 is its protocol: the one {@code <base>status} object ({@link V1StatusDecoder}), decoded key by key with
 * {@link Catalog#v1()}, and commands as {@code key=value} on {@code <base>cmd/req} ({@link V1CommandTracker}: a later
 * status showing the value confirms; {@code confirmPeriods} statuses without it leave it unconfirmed, which shows as
 * on v2 and also fires {@code <key>:ERROR}, as a v1 status always shows the truth).
 * <ul>
 * <li>The requested current goes to {@code amx} or {@code amp} ({@link V1CurrentWriter}); start/stop is
 * {@code alw}.</li>
 * <li>PV control: with {@code pvControlEnabled}, each status goes through {@link V1SurplusControl#decide}, fed by
 * the PV input channels; its writes go out through the same tracker (quietly: the control reports through
 * {@code pv#control-state} and {@code pv#control-text}).</li>
 * <li>Rule actions: {@link ChargerActions}, with {@link V1RuleCommands}.</li>
 * </ul>
 */
@NonNullByDefault
public class V1ChargerHandler extends DeviceThingHandler implements RuleCommandTarget {

    public static final String CONTROL_STATE = "pv#control-state";
    public static final String CONTROL_TEXT = "pv#control-text";
    /** About how often a v1 charger publishes its status. */
    static final Duration STATUS_PERIOD = Duration.ofSeconds(5);

    private final Logger logger = LoggerFactory.getLogger(V1ChargerHandler.class);
    private final Catalog catalog;
    private final V1StatusDecoder statusDecoder = new V1StatusDecoder();
    private final V1CurrentWriter currentWriter;
    private volatile V1CommandTracker tracker;
    private volatile @Nullable V1SurplusControl control;
    private volatile @Nullable String firmware;

    public V1ChargerHandler(Thing thing) {
        this(thing, Catalog.v1(), Clock.systemUTC(), null);
    }

    /** @param executor runs timers and jobs; {@code null}: the handler's scheduler (tests pass a manual one) */
    public V1ChargerHandler(Thing thing, Catalog catalog, Clock clock, @Nullable ScheduledExecutorService executor) {
        super(thing, clock, executor);
        this.catalog = catalog;
        this.currentWriter = new V1CurrentWriter(clock);
        this.tracker = new V1CommandTracker(clock, V1CommandTracker.DEFAULT_PERIODS);
    }

    @Override
    public void initialize() {
        V1ChargerConfiguration config = getConfigAs(V1ChargerConfiguration.class);
        String problem = ChargerConfigCheck.problem(config);
        V1SurplusSettings settings = null;
        if (problem == null && (config.confirmPeriods < V1CommandTracker.MIN_PERIODS
                || config.confirmPeriods > V1CommandTracker.MAX_PERIODS)) {
            problem = ChargerStatusTexts.invalidParameter(V1ChargerConfiguration.CONFIRM_PERIODS, "must be "
                    + V1CommandTracker.MIN_PERIODS + " to " + V1CommandTracker.MAX_PERIODS + ", was "
                    + config.confirmPeriods);
        }
        if (problem == null) {
            try {
                settings = config.surplusSettings();
            } catch (IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                int space = message.indexOf(' ');
                problem = ChargerStatusTexts.invalidParameter(space > 0 ? message.substring(0, space) : message,
                        space > 0 ? message.substring(space + 1) : message);
            }
        }
        Bridge bridge = problem == null ? getBridge() : null;
        if (problem == null && bridge == null) {
            problem = ChargerStatusTexts.noBridge();
        }
        if (problem != null || bridge == null || settings == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, problem);
            return;
        }
        if (!(bridge.getHandler() instanceof BrokerHandler broker)) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_UNINITIALIZED);
            return;
        }
        ChargerSession started = new ChargerSession(broker, broker.v1Sightings(), getThing().getUID(), config,
                catalog, clock, executor, waiting -> send(waiting.channel(), waiting.key(), waiting.value(), true));
        getThing().getChannels().stream().map(channel -> channel.getUID().getId())
                .filter(id -> id.startsWith(Catalog.rawChannel(""))).forEach(started::rawChannelReady);
        tracker = new V1CommandTracker(clock, config.confirmPeriods);
        control = settings.enabled() ? new V1SurplusControl(settings, clock) : null;
        session = started;
        changeProperties(started.startProperties());
        boolean bridgeOffline = bridge.getStatus() == ThingStatus.OFFLINE;
        status.start(bridgeOffline, ChargerStatusTexts.waitingForData(started.activeBase().value()),
                ChargerStatusTexts.silent(config.silenceTimeout));
        started.start(this, executor, this::checkSilence);
    }

    @Override
    public void dispose() {
        ChargerSession ending;
        synchronized (messageLock) { // waits for a message in hand: nothing is posted once dispose() returned
            ending = session;
            session = null;
        }
        status.stop();
        tracker.close();
        if (ending != null) {
            ending.close(this);
        }
        states.clear();
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(ChargerActions.class);
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        bridgeChanged(bridgeStatusInfo);
        if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            tracker.connectionLost("the connection to the broker was lost");
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getId();
        ChargerSession current = session;
        if (command instanceof RefreshType) {
            restore(channel);
            return;
        } else if (current == null) {
            return;
        }
        PvInput input = PvInput.byChannel(channel);
        if (input != null) {
            V1SurplusControl parts = control;
            String refusal = parts == null
                    ? "PV control is switched off (configuration " + V1SurplusSettings.PARAM_ENABLED + ")"
                    : parts.update(input, command);
            if (refusal != null) {
                status.commandProblem(ChargerStatusTexts.refused(channel, refusal));
            }
            return;
        }
        EncodeResult encoded = catalog.encode(channel, command);
        if (encoded instanceof EncodeResult.Refused refused) {
            refuse(channel, refused.reason());
        } else if (encoded instanceof EncodeResult.Encoded set) {
            String key = set.key();
            if (ControlChannels.REQUESTED_CURRENT.equals(channel)) {
                JsonElement amps = set.value();
                if (!amps.isJsonPrimitive() || !amps.getAsJsonPrimitive().isNumber()) {
                    refuse(channel, "not a whole current: " + amps);
                    return;
                }
                V1CurrentWriter.Plan plan = currentWriter.plan(amps.getAsInt());
                String target = plan.key();
                if (target == null) {
                    refuse(channel, String.valueOf(plan.refusal()));
                    return;
                }
                key = target;
            }
            if (!current.isConnected()) {
                restore(channel);
                status.commandProblem(ChargerStatusTexts.notSentBridgeOffline(key,
                        V1Commands.shownValue(key, String.valueOf(V1Commands.plainText(set.value())))));
                return;
            }
            current.submit(channel, key, set.value());
        }
    }

    private void refuse(String channel, String reason) {
        logger.debug("Charger v1: command on {} refused: {}", channel, reason);
        restore(channel);
        status.commandProblem(ChargerStatusTexts.refused(channel, reason));
    }

    @Override
    public RuleCommands ruleCommands() {
        return new V1RuleCommands(this::send, currentWriter, this::surplusControl, commandWait());
    }

    /** How long a rule action waits for its outcome: the status periods it is given, and a margin. */
    Duration commandWait() {
        return STATUS_PERIOD.multipliedBy(tracker.confirmPeriods() + 1L);
    }

    private @Nullable V1SurplusControl surplusControl() {
        return control;
    }

    /**
     * Publishes {@code key=value} on {@code <base>cmd/req} now through the tracker; never throws. With
     * {@code report}, the outcome shows like an item command's.
     */
    CompletableFuture<CommandOutcome> send(String key, JsonElement value) {
        return send(catalog.writerChannelOf(key), key, value, true);
    }

    private CompletableFuture<CommandOutcome> send(@Nullable String channel, String key, JsonElement value,
            boolean report) {
        ChargerSession current = session;
        if (current == null) {
            return CompletableFuture.completedFuture(new CommandOutcome(key,
                    V1Commands.shownValue(key, String.valueOf(V1Commands.plainText(value))), CommandStatus.NOT_SENT,
                    "the charger thing is not initialised", clock.instant(), clock.instant()));
        }
        CompletableFuture<CommandOutcome> outcome = tracker.send(current.transport(),
                new V1Topics(current.activeBase()), key, value);
        if (!outcome.isDone() || outcome.join().status() != CommandStatus.NOT_SENT) {
            currentWriter.written(key);
        }
        if (report) {
            outcome.thenAccept(ended -> ended(current, channel, ended));
        }
        return outcome;
    }

    private void ended(ChargerSession current, @Nullable String channel, CommandOutcome outcome) {
        if (V1CommandTracker.SUPERSEDED.equals(outcome.detail())) {
            return; // the newer command to the key reports
        }
        commandEnded(current, channel == null ? writerChannel(outcome.key()) : channel, outcome,
                ControlChannels.EVENT);
        if (outcome.status() == CommandStatus.UNCONFIRMED && current == session) {
            triggerChannel(ControlChannels.EVENT, CommandReaction.triggerEvent(outcome.key()));
        }
    }

    private @Nullable String writerChannel(String key) {
        return "amx".equals(key) ? ControlChannels.REQUESTED_CURRENT : catalog.writerChannelOf(key);
    }

    @Override
    void valueArrived(ChargerSession current, KeyValue value) {
        if (!V1Topics.STATUS.equals(value.key())) {
            return; // below the base, a v1 charger publishes its status only
        }
        V1StatusDecoder.Result result = statusDecoder.decode(value);
        if (result instanceof V1StatusDecoder.Unreadable unreadable) {
            logger.debug("Charger v1 {}: unreadable status: {} ({})", current.serial(), unreadable.reason(),
                    unreadable.preview());
        } else if (result instanceof V1StatusDecoder.Read read) {
            statusArrived(current, read.status(), value.value());
        }
    }

    private void statusArrived(ChargerSession current, V1Status status, JsonElement object) {
        if (!status.dropped().isEmpty()) {
            logger.debug("Charger v1 {}: status members left out: {}", current.serial(), status.dropped());
        }
        String fwv = status.text("fwv");
        if (fwv != null && !fwv.equals(firmware)) {
            firmware = fwv;
            current.tracker().setFirmware(FirmwareVersion.parse(fwv)); // the text of an unconfirmed command
        }
        for (Map.Entry<String, JsonElement> member : status.values().entrySet()) {
            String key = member.getKey();
            if (PROPERTY_OF_KEY.containsKey(key)) {
                keyArrived(current, new KeyValue(key, member.getValue()), PROPERTY_OF_KEY);
            }
            post(current, key, current.decoder().accept(key, member.getValue(), clock.instant()));
        }
        currentWriter.statusArrived(status);
        tracker.statusArrived(status);
        V1SurplusControl parts = control;
        if (parts != null && object.isJsonObject()) {
            controlDecides(parts, V1ChargerReading.fromStatus(object.getAsJsonObject()));
        }
    }

    private void controlDecides(V1SurplusControl parts, V1ChargerReading reading) {
        V1SurplusDecision decision = parts.decide(reading);
        if (decision.hasWrites()) {
            logger.debug("Charger v1 PV control: {}", decision);
        }
        for (V1SurplusDecision.Write write : decision.writes()) {
            send(null, write.key(), new JsonPrimitive(write.value()), false);
        }
        post(CONTROL_STATE, new StringType(decision.state().name()));
        post(CONTROL_TEXT, new StringType(decision.text()));
    }

    private void post(String channel, StringType state) {
        if (states.changed(channel, state)) {
            updateState(channel, state);
        }
    }

    private void checkSilence() {
        checkLiveness();
        ChargerSession current = session;
        if (current != null && !current.liveness().isAlive() && tracker.pending() > 0) {
            tracker.connectionLost("the charger is silent");
        }
    }
}
