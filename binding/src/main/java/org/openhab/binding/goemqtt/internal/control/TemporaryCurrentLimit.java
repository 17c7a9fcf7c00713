/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/**
 * Keeps a temporary current limit ({@code tcl}) alive: the charger drops it 10 minutes after the last set, so
 * while a limit is set it is sent again every {@link #DEFAULT_REFRESH} (a set that did not get through is
 * retried after {@link #RETRY}). Clearing stops the refreshing and sends {@code null} once. If openHAB stops,
 * the refreshing stops with it and the charger falls back to its own current within 10 minutes: the limit
 * cannot get stuck.
 * <p>
 * A refusal of the charger ends the limit (it would be refused again). No threads: {@link #tick()} is called by
 * the handler's scheduler (every few seconds is plenty). Thread-safe.
 */
@NonNullByDefault
public final class TemporaryCurrentLimit {

    /** The {@code tcl} key. */
    public static final String KEY = "tcl";
    /** How long the charger keeps a limit without a new set. */
    public static final Duration CHARGER_EXPIRY = Duration.ofMinutes(10);
    /** Refresh period: half the charger's expiry, so one lost refresh changes nothing. */
    public static final Duration DEFAULT_REFRESH = Duration.ofMinutes(5);
    /** Wait after a set that did not get through before the next try. */
    public static final Duration RETRY = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(TemporaryCurrentLimit.class);
    private final CommandSink sink;
    private final Clock clock;
    private final Duration refresh;

    // guarded by this
    private @Nullable Integer amps;
    private Instant nextAttempt = Instant.MIN;
    private long generation;

    public TemporaryCurrentLimit(CommandSink sink, Clock clock) {
        this(sink, clock, DEFAULT_REFRESH);
    }

    public TemporaryCurrentLimit(CommandSink sink, Clock clock, Duration refresh) {
        if (refresh.compareTo(RETRY) < 0 || refresh.compareTo(CHARGER_EXPIRY) >= 0) {
            throw new IllegalArgumentException("tcl refresh must be from 30 s to under 10 min, not " + refresh);
        }
        this.sink = sink;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** Sets the limit and keeps it alive; the future tells how the first set ended. Bounds are the caller's job. */
    public CompletableFuture<CommandOutcome> set(int amps) {
        long current;
        synchronized (this) {
            this.amps = amps;
            nextAttempt = clock.instant().plus(RETRY);
            current = ++generation;
        }
        logger.debug("Setting a temporary current limit of {} A", amps);
        return publish(amps, current);
    }

    /** Stops refreshing and sends {@code null} once, which clears the limit on the charger at once. */
    public CompletableFuture<CommandOutcome> clear() {
        synchronized (this) {
            amps = null;
            generation++;
        }
        logger.debug("Clearing the temporary current limit");
        return sink.send(KEY, JsonNull.INSTANCE);
    }

    /** The limit being kept alive, if any. */
    public synchronized OptionalInt limit() {
        Integer current = amps;
        return current == null ? OptionalInt.empty() : OptionalInt.of(current);
    }

    /** Sends the limit again when its refresh (or, after a set that did not get through, its retry) is due. */
    public void tick() {
        Integer due;
        long current;
        synchronized (this) {
            Instant now = clock.instant();
            due = amps;
            if (due == null || now.isBefore(nextAttempt)) {
                return;
            }
            nextAttempt = now.plus(RETRY);
            current = generation;
        }
        logger.debug("Refreshing the temporary current limit of {} A", due);
        publish(due, current);
    }

    /** The broker connection is back: the charger may have dropped the limit meanwhile, so it is sent at once. */
    public void connectionRestored() {
        synchronized (this) {
            nextAttempt = Instant.MIN;
        }
        tick();
    }

    private CompletableFuture<CommandOutcome> publish(int limit, long sentGeneration) {
        CompletableFuture<CommandOutcome> outcome = sink.send(KEY, new JsonPrimitive(limit));
        outcome.whenComplete((@Nullable CommandOutcome result, @Nullable Throwable failure) -> {
            if (result != null) {
                decided(result, limit, sentGeneration);
            }
        });
        return outcome;
    }

    private void decided(CommandOutcome outcome, int limit, long sentGeneration) {
        synchronized (this) {
            if (sentGeneration != generation) {
                return; // set again or cleared meanwhile
            }
            if (outcome.status() == CommandStatus.CONFIRMED || outcome.status() == CommandStatus.UNCONFIRMED) {
                nextAttempt = outcome.sentAt().plus(refresh);
            } else if (outcome.status() == CommandStatus.REJECTED) {
                amps = null;
                logger.debug("Charger refused the temporary current limit of {} A: {}", limit, outcome.detail());
            } // TIMEOUT, NOT_SENT: the retry set when it was sent stands
        }
    }
}
