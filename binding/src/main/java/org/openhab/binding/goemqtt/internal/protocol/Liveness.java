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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether a charger is alive: it is while its messages arrive (real chargers publish changed keys about every
 * second: {@code rbt}, {@code utc}, {@code nrg}); silent for longer than the limit (default 30 s), or never heard,
 * it is not. The charger sends no MQTT last will, so silence is the only sign of its loss.
 * <p>
 * Thread-safe: the transport thread reports messages, the handler's scheduler asks.
 */
@NonNullByDefault
public final class Liveness {

    public static final Duration DEFAULT_SILENCE_LIMIT = Duration.ofSeconds(30);

    private final Clock clock;
    private final Duration silenceLimit;
    private volatile @Nullable Instant lastMessage;

    public Liveness(Clock clock) {
        this(clock, DEFAULT_SILENCE_LIMIT);
    }

    public Liveness(Clock clock, Duration silenceLimit) {
        if (silenceLimit.isNegative() || silenceLimit.isZero()) {
            throw new IllegalArgumentException("silence limit must be positive, not " + silenceLimit);
        }
        this.clock = clock;
        this.silenceLimit = silenceLimit;
    }

    public Duration silenceLimit() {
        return silenceLimit;
    }

    /** A message of the charger arrived now. */
    public void messageArrived() {
        lastMessage = clock.instant();
    }

    /** Forgets every message (e.g. after the broker connection was lost): not alive until the next one. */
    public void reset() {
        lastMessage = null;
    }

    /** When the last message arrived; empty when none has since the start or the last {@link #reset()}. */
    public Optional<Instant> lastMessage() {
        return Optional.ofNullable(lastMessage);
    }

    /** Whether a message arrived within the silence limit (a silence of exactly the limit still counts as alive). */
    public boolean isAlive() {
        Instant last = lastMessage;
        return last != null && silentFor(last).compareTo(silenceLimit) <= 0;
    }

    /** How long the charger has been silent; empty when it was never heard. */
    public Optional<Duration> silence() {
        Instant last = lastMessage;
        return last == null ? Optional.empty() : Optional.of(silentFor(last));
    }

    private Duration silentFor(Instant last) {
        Duration silence = Duration.between(last, clock.instant());
        return silence.isNegative() ? Duration.ZERO : silence;
    }
}
