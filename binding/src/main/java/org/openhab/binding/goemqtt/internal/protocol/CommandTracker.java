/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.ResultAnswer;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * Follows every {@code /set} of one charger until it is decided (see {@link CommandStatus}). Commands are queued
 * per key in the order they were sent; the charger answers in that order, so each {@code /result} decides the
 * oldest command still waiting on that key.
 * <ul>
 * <li>An answer with nothing waiting (a duplicate, another client's set, one after the timeout) is ignored.</li>
 * <li>A command that timed out while later ones to the same key wait keeps its place: its late answer, if it
 * comes, is ignored instead of deciding a later command. Once no command waits, such places are dropped.</li>
 * <li>Firmware before 051.5 sends no {@code /result}: the value topic echoing the sent value (same JSON value,
 * {@code 10} equals {@code 10.0}) confirms; silence until the timeout leaves the command unconfirmed.</li>
 * </ul>
 * Thread-safe. Timeouts run on the injected scheduler; listeners are called on the thread that decided the
 * outcome (the transport's thread for answers, the scheduler's for timeouts) and must not block.
 */
@NonNullByDefault
public final class CommandTracker {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final MessageDecoder RAW_PARSER = new MessageDecoder(Integer.MAX_VALUE);

    private final Logger logger = LoggerFactory.getLogger(CommandTracker.class);
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;
    private final List<Consumer<CommandOutcome>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final PendingCommands pending = new PendingCommands();
    private volatile FirmwareVersion firmware = FirmwareVersion.UNKNOWN;
    private boolean closed;

    public CommandTracker(Clock clock, ScheduledExecutorService scheduler) {
        this(clock, scheduler, DEFAULT_TIMEOUT);
    }

    public CommandTracker(Clock clock, ScheduledExecutorService scheduler, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("command timeout must be positive, not " + timeout);
        }
        this.clock = clock;
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public FirmwareVersion firmware() {
        return firmware;
    }

    /** The charger's firmware decides how later commands are confirmed; also learnt from {@code fwv} values. */
    public void setFirmware(FirmwareVersion firmware) {
        this.firmware = firmware;
    }

    /** {@code listener} receives every outcome from now on. */
    public void addListener(Consumer<CommandOutcome> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<CommandOutcome> listener) {
        listeners.remove(listener);
    }

    /**
     * Registers a command and publishes it on {@code base}'s {@code <key>/set}; a refusal of the transport makes it
     * {@link CommandStatus#NOT_SENT} at once.
     */
    public TrackedCommand send(MqttTransport transport, BaseTopic base, String key, JsonElement value) {
        return publish(transport, base, register(key, value));
    }

    /** {@link #send(MqttTransport, BaseTopic, String, JsonElement)} of a payload published verbatim. */
    public TrackedCommand sendRaw(MqttTransport transport, BaseTopic base, String key, String payload) {
        return publish(transport, base, registerRaw(key, payload));
    }

    /**
     * Registers a command about to be published (register first, so that no answer can overtake it). Call
     * {@link #notSent(TrackedCommand, String)} if publishing fails.
     */
    public TrackedCommand register(String key, JsonElement value) {
        return track(new TrackedCommand(KeyNames.requireValid(key), value, PayloadEncoder.encode(value),
                clock.instant(), firmware.supportsResultTopic()));
    }

    /**
     * Registers a command whose payload is published verbatim (tools replaying traffic, a user typing JSON). A
     * payload that is not JSON can still be answered on {@code /result}, but never confirmed by an echo.
     */
    public TrackedCommand registerRaw(String key, String payload) {
        InboundMessage parsed = RAW_PARSER.decode(ParsedTopic.value(key), payload.getBytes(StandardCharsets.UTF_8));
        JsonElement value = parsed instanceof KeyValue keyValue ? keyValue.value() : null;
        return track(new TrackedCommand(key, value, payload, clock.instant(), firmware.supportsResultTopic()));
    }

    /** The transport refused to publish {@code command}: it ends {@link CommandStatus#NOT_SENT} with the reason. */
    public void notSent(TrackedCommand command, String reason) {
        synchronized (lock) {
            if (!decide(command)) {
                return;
            }
            pending.remove(command);
        }
        complete(command, CommandStatus.NOT_SENT, reason);
    }

    /**
     * Feeds one inbound message of this charger: answers decide commands; values may echo them (and {@code fwv}
     * sets the firmware); everything else is ignored. Never throws.
     */
    public void accept(InboundMessage message) {
        if (message instanceof ResultAnswer answer) {
            answered(answer.key(), answer.isSuccess() ? CommandStatus.CONFIRMED : CommandStatus.REJECTED,
                    answer.text());
        } else if (message instanceof Unparseable unreadable && unreadable.kind() == TopicKind.RESULT) {
            answered(unreadable.key(), CommandStatus.REJECTED, "unreadable answer: " + unreadable.reason());
        } else if (message instanceof KeyValue value) {
            if ("fwv".equals(value.key()) && value.value().isJsonPrimitive()) {
                setFirmware(FirmwareVersion.parse(value.value().getAsString()));
            }
            echoed(value.key(), value.value());
        }
    }

    /** How many commands to {@code key} wait for their outcome. */
    public int pending(String key) {
        synchronized (lock) {
            return pending.waiting(key);
        }
    }

    /** How many commands wait for their outcome, all keys together. */
    public int pending() {
        synchronized (lock) {
            return pending.waiting();
        }
    }

    /**
     * The connection to the broker was lost: with clean sessions, an answer published meanwhile never arrives, so
     * every waiting command ends now (TIMEOUT, or UNCONFIRMED where no answer was expected) instead of taking the
     * answer of a later command to its key.
     */
    public void connectionLost(String reason) {
        List<TrackedCommand> waiting;
        synchronized (lock) {
            waiting = pending.drainWaiting();
            waiting.forEach(this::decide);
        }
        waiting.forEach(command -> complete(command,
                command.expectsResult() ? CommandStatus.TIMEOUT : CommandStatus.UNCONFIRMED,
                "no answer: " + reason));
    }

    /** Stops for good: cancels every timeout and the futures of waiting commands; listeners hear nothing more. */
    public void close() {
        List<TrackedCommand> waiting;
        synchronized (lock) {
            closed = true;
            waiting = pending.drainWaiting();
            waiting.forEach(this::decide);
        }
        listeners.clear();
        waiting.forEach(command -> command.outcome().cancel(false));
    }

    private TrackedCommand publish(MqttTransport transport, BaseTopic base, TrackedCommand command) {
        if (!command.outcome().isDone()) {
            try {
                transport.publish(base.setTopic(command.key()), command.payload().getBytes(StandardCharsets.UTF_8));
            } catch (TransportException e) {
                notSent(command, String.valueOf(e.getMessage()));
            }
        }
        return command;
    }

    private TrackedCommand track(TrackedCommand command) {
        String refusal = null;
        synchronized (lock) {
            if (closed) {
                refusal = "command tracker is closed";
            } else {
                try {
                    command.timer = scheduler.schedule(() -> expire(command), timeout.toMillis(),
                            TimeUnit.MILLISECONDS);
                    pending.add(command);
                } catch (RejectedExecutionException e) {
                    refusal = "scheduler refused the timeout";
                }
            }
            if (refusal != null) {
                command.decided = true;
            }
        }
        if (refusal != null) {
            complete(command, CommandStatus.NOT_SENT, refusal);
        }
        return command;
    }

    private void answered(String key, CommandStatus status, String text) {
        TrackedCommand oldest;
        synchronized (lock) {
            oldest = pending.pollOldest(key);
            if (oldest == null || oldest.expired) {
                logger.debug("Ignoring answer '{}' on {}/result: {}", Secrets.text(key, text), key,
                        oldest == null ? "no command waits" : "late answer to " + oldest);
                return;
            }
            decide(oldest);
            pending.dropIfNothingWaits(key);
        }
        complete(oldest, status, Secrets.maskUserInfo(text)); // the charger's text, should it quote a URL
    }

    private void echoed(String key, JsonElement value) {
        TrackedCommand echoed;
        synchronized (lock) {
            echoed = pending.oldestEchoOf(key, value);
            if (echoed == null) {
                return;
            }
            decide(echoed);
            pending.remove(echoed);
        }
        complete(echoed, CommandStatus.CONFIRMED, "value echoed");
    }

    private void expire(TrackedCommand command) {
        synchronized (lock) {
            if (!decide(command)) {
                return;
            }
            if (command.expectsResult()) {
                command.expired = true; // keeps its place while a command behind it waits
                pending.dropIfNothingWaits(command.key());
            } else {
                pending.remove(command);
            }
        }
        long seconds = timeout.toSeconds();
        String within = timeout.equals(Duration.ofSeconds(seconds)) ? seconds + " s" : timeout.toMillis() + " ms";
        if (command.expectsResult()) {
            complete(command, CommandStatus.TIMEOUT, "no answer on /result within " + within);
        } else {
            complete(command, CommandStatus.UNCONFIRMED, "value not echoed within " + within);
        }
    }

    /** Marks {@code command} decided and stops its timer; false when it already was. Call holding the lock. */
    private boolean decide(TrackedCommand command) {
        if (command.decided) {
            return false;
        }
        command.decided = true;
        ScheduledFuture<?> timer = command.timer;
        if (timer != null) {
            timer.cancel(false);
        }
        return true;
    }

    private void complete(TrackedCommand command, CommandStatus status, String detail) {
        CommandOutcome outcome = new CommandOutcome(command.key(), Secrets.text(command.key(), command.payload()),
                status, detail, command.sentAt(), clock.instant());
        logger.debug("{} ended {}: {}", command, status, detail);
        command.outcome().complete(outcome);
        for (Consumer<CommandOutcome> listener : listeners) {
            try {
                listener.accept(outcome);
            } catch (RuntimeException e) {
                logger.warn("Command listener failed on {}: {}", outcome, e.toString());
            }
        }
    }
}
