/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * Follows the {@code cmd/req} commands of one API v1 charger to their end. v1 has no answer topic: a command is
 * {@link CommandStatus#CONFIRMED} by the first later status that shows its value, {@link CommandStatus#UNCONFIRMED}
 * when {@code confirmPeriods} statuses came without it, {@link CommandStatus#NOT_SENT} when it could not be
 * published. The outcomes are those of the v2 {@code CommandTracker}, so the handlers show them alike.
 * <ul>
 * <li>{@code amx} acts like {@code amp} without the flash write: where the status holds no {@code amx}, its
 * {@code amp} shows it.</li>
 * <li>A newer command to a key replaces a waiting older one, which ends {@link CommandStatus#UNCONFIRMED} with
 * the detail {@value #SUPERSEDED} at once (a slider sends its first and its last value; only the last can show).</li>
 * <li>A lost connection or a silent charger ends every waiting command {@link CommandStatus#UNCONFIRMED}; closing
 * cancels their futures.</li>
 * </ul>
 * Counting by status periods needs no timer: the charger's own status beat is the clock. Thread-safe; futures
 * complete on the thread that decided them (the transport's for statuses), outside the lock.
 */
@NonNullByDefault
public final class V1CommandTracker {

    /** The detail of a command replaced by a newer one to its key before a status showed it. */
    public static final String SUPERSEDED = "superseded by a newer command to the key";
    public static final int MIN_PERIODS = 1;
    public static final int MAX_PERIODS = 20;
    public static final int DEFAULT_PERIODS = 3;
    private static final String AMX = "amx";
    private static final String AMP = "amp";

    private final Logger logger = LoggerFactory.getLogger(V1CommandTracker.class);
    private final Clock clock;
    private final int confirmPeriods;
    private final List<Waiting> waiting = new ArrayList<>(); // guarded by this
    private boolean closed; // guarded by this

    /** @throws IllegalArgumentException when {@code confirmPeriods} is not 1 to 20 */
    public V1CommandTracker(Clock clock, int confirmPeriods) {
        if (confirmPeriods < MIN_PERIODS || confirmPeriods > MAX_PERIODS) {
            throw new IllegalArgumentException("confirmPeriods must be " + MIN_PERIODS + " to " + MAX_PERIODS
                    + " status periods, not " + confirmPeriods);
        }
        this.clock = clock;
        this.confirmPeriods = confirmPeriods;
    }

    public int confirmPeriods() {
        return confirmPeriods;
    }

    /**
     * Publishes {@code key=value} on {@code topics}' {@code cmd/req} and follows it. Without a transport, with a
     * value v1 cannot carry, or when publishing fails, it ends {@link CommandStatus#NOT_SENT} at once. Never throws.
     */
    public CompletableFuture<CommandOutcome> send(@Nullable MqttTransport transport, V1Topics topics, String key,
            JsonElement value) {
        Instant now = clock.instant();
        String payload;
        try {
            payload = V1Commands.payload(key, value);
        } catch (IllegalArgumentException e) {
            return done(key, String.valueOf(V1Commands.plainText(value)), CommandStatus.NOT_SENT,
                    String.valueOf(e.getMessage()), now);
        }
        String text = payload.substring(key.length() + 1);
        if (transport == null) {
            return done(key, text, CommandStatus.NOT_SENT, "the bridge has no connection", now);
        }
        Waiting command = new Waiting(key, text, now);
        Waiting replaced = null;
        synchronized (this) {
            if (closed) {
                return done(key, text, CommandStatus.NOT_SENT, "the charger thing is disposed", now);
            }
            for (Iterator<Waiting> it = waiting.iterator(); it.hasNext();) {
                Waiting older = it.next();
                if (older.key.equals(key)) {
                    it.remove();
                    replaced = older;
                }
            }
            waiting.add(command);
        }
        if (replaced != null) {
            end(replaced, CommandStatus.UNCONFIRMED, SUPERSEDED);
        }
        try {
            logger.debug("Publishing {}={} on {}", key, V1Commands.shownValue(key, text), topics.commandTopic());
            transport.publish(topics.commandTopic(), payload.getBytes(StandardCharsets.UTF_8));
        } catch (TransportException e) {
            if (remove(command)) {
                end(command, CommandStatus.NOT_SENT, String.valueOf(e.getMessage()));
            }
        }
        return command.outcome;
    }

    /**
     * A status arrived: each waiting command whose value it shows is confirmed; the others count one more period
     * and end unconfirmed after {@code confirmPeriods}.
     */
    public void statusArrived(V1Status status) {
        List<Waiting> confirmed = new ArrayList<>();
        List<Waiting> unconfirmed = new ArrayList<>();
        synchronized (this) {
            for (Iterator<Waiting> it = waiting.iterator(); it.hasNext();) {
                Waiting command = it.next();
                JsonElement shown = status.get(command.key);
                if (shown == null && AMX.equals(command.key)) {
                    shown = status.get(AMP); // a firmware that does not show amx shows its effect in amp
                }
                if (shown != null && V1Commands.shows(shown, command.text)) {
                    it.remove();
                    confirmed.add(command);
                } else if (++command.periods >= confirmPeriods) {
                    it.remove();
                    unconfirmed.add(command);
                }
            }
        }
        confirmed.forEach(command -> end(command, CommandStatus.CONFIRMED, "shown by the status"));
        unconfirmed.forEach(command -> end(command, CommandStatus.UNCONFIRMED, "the value did not show in "
                + confirmPeriods + (confirmPeriods == 1 ? " status period" : " status periods")));
    }

    /** No status can come now ({@code reason}): every waiting command ends unconfirmed. */
    public void connectionLost(String reason) {
        List<Waiting> ended;
        synchronized (this) {
            ended = new ArrayList<>(waiting);
            waiting.clear();
        }
        ended.forEach(command -> end(command, CommandStatus.UNCONFIRMED, "no status: " + reason));
    }

    /** Stops for good: waiting commands' futures are cancelled, later sends end not sent. */
    public void close() {
        List<Waiting> ended;
        synchronized (this) {
            closed = true;
            ended = new ArrayList<>(waiting);
            waiting.clear();
        }
        ended.forEach(command -> command.outcome.cancel(false));
    }

    /** How many commands wait for a status. */
    public synchronized int pending() {
        return waiting.size();
    }

    /** The value of the newest command to {@code key} still waiting, as sent; null when none waits. */
    public synchronized @Nullable String waitingValue(String key) {
        for (int i = waiting.size() - 1; i >= 0; i--) {
            if (waiting.get(i).key.equals(key)) {
                return waiting.get(i).text;
            }
        }
        return null;
    }

    private synchronized boolean remove(Waiting command) {
        return waiting.remove(command);
    }

    private void end(Waiting command, CommandStatus status, String detail) {
        logger.debug("{}={} ended {}: {}", command.key, V1Commands.shownValue(command.key, command.text), status,
                detail);
        command.outcome.complete(outcome(command.key, command.text, status, detail, command.sentAt));
    }

    private CompletableFuture<CommandOutcome> done(String key, String text, CommandStatus status, String detail,
            Instant sentAt) {
        return CompletableFuture.completedFuture(outcome(key, text, status, detail, sentAt));
    }

    private CommandOutcome outcome(String key, String text, CommandStatus status, String detail, Instant sentAt) {
        return new CommandOutcome(key, V1Commands.shownValue(key, text), status, detail, sentAt, clock.instant());
    }

    /** One command waiting for a status that shows it. */
    private static final class Waiting {
        final String key;
        final String text;
        final Instant sentAt;
        final CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();
        int periods; // guarded by the tracker

        Waiting(String key, String text, Instant sentAt) {
            this.key = key;
            this.text = text;
            this.sentAt = sentAt;
        }
    }
}
