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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.PvFeedStatus.State;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Type;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

/**
 * Feeds the charger's own PV-surplus logic: keeps the latest grid, PV and battery power that openHAB sent (any
 * power unit, stored in watts, each with its arrival time) and, on {@link #tick()}, publishes
 * {@code ids} = {@code {"pGrid":…,"pPv":…,"pAkku":…}} in whole watts once per interval while the grid value is
 * fresh.
 * <ul>
 * <li>Values never received, and PV or battery values older than the maximum age, are left out (the charger
 * treats {@code pPv} and {@code pAkku} as optional).</li>
 * <li>A grid value older than the maximum age stops the sending ({@link State#STALE}); the next fresh value
 * resumes it.</li>
 * <li>{@link #connectionLost()} pauses, {@link #connectionRestored()} resumes at once. A set the transport could
 * not publish shows {@link State#NOT_CONNECTED} and is retried the next interval; a refusal of the charger shows
 * its text and sending goes on.</li>
 * </ul>
 * No threads: the handler calls {@link #tick()} from its scheduler at least once per interval (more often is fine,
 * e.g. every {@link #TICK_PERIOD}, and notices staleness sooner). Thread-safe; the status listener hears every
 * change of {@link #status()}, one call at a time.
 */
@NonNullByDefault
public final class PvFeed {

    /** The {@code ids} key. */
    public static final String KEY = "ids";
    /** A tick period that suits every interval. */
    public static final Duration TICK_PERIOD = Duration.ofSeconds(1);
    /** A tick this much earlier than the interval still sends: scheduler jitter must not skip a whole interval. */
    static final Duration GRACE = Duration.ofMillis(250);

    private final Logger logger = LoggerFactory.getLogger(PvFeed.class);
    private final CommandSink sink;
    private final Clock clock;
    private final PvFeedSettings settings;
    private final Consumer<PvFeedStatus> listener;
    private final Object notifyLock = new Object();

    // guarded by this
    private final Map<PvInput, Sample> samples = new EnumMap<>(PvInput.class);
    private @Nullable Instant lastSent;
    private boolean connected = true;
    private @Nullable CommandOutcome problem;
    // guarded by notifyLock
    private PvFeedStatus notified;

    private record Sample(BigDecimal watts, Instant at) {
    }

    public PvFeed(CommandSink sink, Clock clock, PvFeedSettings settings, Consumer<PvFeedStatus> listener) {
        this.sink = sink;
        this.clock = clock;
        this.settings = settings;
        this.listener = listener;
        this.notified = status();
    }

    public PvFeedSettings settings() {
        return settings;
    }

    /**
     * A new value of {@code input}: a power quantity in any unit, or a plain number in watts; UNDEF/NULL forgets
     * the input. Returns null when taken, else why not (nothing changes then).
     */
    public @Nullable String update(PvInput input, Type value) {
        if (value instanceof UnDefType) {
            synchronized (this) {
                samples.remove(input);
            }
            return null;
        }
        BigDecimal watts = ControlValues.inUnit(value, Units.WATT);
        if (watts == null) {
            return "'" + value + "' is not a power value for " + input.channel() + " (expected e.g. 1200 W)";
        }
        synchronized (this) {
            samples.put(input, new Sample(watts, clock.instant()));
        }
        return null;
    }

    /**
     * Values a rule hands over, in watts ({@code null} leaves PV or battery out): sent as {@code ids} at once.
     * When the feed is enabled they also become its inputs, so it goes on sending them while they are fresh.
     */
    public CompletableFuture<CommandOutcome> push(BigDecimal gridWatts, @Nullable BigDecimal pvWatts,
            @Nullable BigDecimal batteryWatts) {
        Map<PvInput, BigDecimal> given = new EnumMap<>(PvInput.class);
        given.put(PvInput.GRID, gridWatts);
        if (pvWatts != null) {
            given.put(PvInput.PV, pvWatts);
        }
        if (batteryWatts != null) {
            given.put(PvInput.BATTERY, batteryWatts);
        }
        JsonObject payload;
        synchronized (this) {
            Instant now = clock.instant();
            if (settings.enabled()) {
                given.forEach((input, watts) -> samples.put(input, new Sample(watts, now)));
                lastSent = now;
                payload = payload(now);
            } else {
                payload = new JsonObject();
                for (Map.Entry<PvInput, BigDecimal> entry : given.entrySet()) {
                    payload.addProperty(entry.getKey().member(), ControlValues.wholeWatts(entry.getValue()));
                }
            }
        }
        logger.debug("Sending PV data {} for a rule", payload);
        CompletableFuture<CommandOutcome> outcome = send(payload);
        notifyIfChanged();
        return outcome;
    }

    /** Sends {@code ids} when it is due and the grid value is fresh; refreshes the status. Never throws. */
    public void tick() {
        JsonObject payload = null;
        synchronized (this) {
            Instant now = clock.instant();
            Instant sent = lastSent;
            boolean due = sent == null || !now.isBefore(sent.plus(settings.interval()).minus(GRACE));
            if (due && sendable(now)) {
                payload = payload(now);
                lastSent = now;
            }
        }
        if (payload != null) {
            logger.debug("Sending PV data {}", payload);
            send(payload);
        }
        notifyIfChanged();
    }

    /** The broker connection is gone: nothing is sent until {@link #connectionRestored()}. */
    public void connectionLost() {
        synchronized (this) {
            connected = false;
        }
        notifyIfChanged();
    }

    /** The broker connection is back: sends at once if the grid value is fresh, then every interval. */
    public void connectionRestored() {
        synchronized (this) {
            connected = true;
            problem = null;
            lastSent = null;
        }
        tick();
    }

    /** Where the feed stands now. */
    public synchronized PvFeedStatus status() {
        Instant now = clock.instant();
        if (!settings.enabled()) {
            return new PvFeedStatus(State.DISABLED, "");
        } else if (!connected) {
            return new PvFeedStatus(State.NOT_CONNECTED, "");
        } else if (!samples.containsKey(PvInput.GRID)) {
            return new PvFeedStatus(State.WAITING, "");
        } else if (!fresh(PvInput.GRID, now)) {
            return new PvFeedStatus(State.STALE, Long.toString(settings.maxAge().toSeconds()));
        }
        CommandOutcome last = problem;
        if (last != null && last.status() == CommandStatus.REJECTED) {
            return new PvFeedStatus(State.REJECTED, last.detail());
        } else if (last != null) {
            return new PvFeedStatus(State.NOT_CONNECTED, "");
        }
        return new PvFeedStatus(State.ACTIVE, Long.toString(settings.interval().toSeconds()));
    }

    private CompletableFuture<CommandOutcome> send(JsonObject payload) {
        CompletableFuture<CommandOutcome> outcome = sink.send(KEY, payload);
        outcome.whenComplete((@Nullable CommandOutcome result, @Nullable Throwable failure) -> {
            if (result != null) {
                decided(result);
            }
        });
        return outcome;
    }

    private void decided(CommandOutcome outcome) {
        synchronized (this) {
            // no answer in time is no refusal: the charger may not answer ids sets at all
            boolean failed = outcome.status() == CommandStatus.REJECTED || outcome.status() == CommandStatus.NOT_SENT;
            problem = failed ? outcome : null;
        }
        if (outcome.status() == CommandStatus.REJECTED) {
            logger.debug("Charger refused PV data {}: {}", outcome.payload(), outcome.detail());
        }
        notifyIfChanged();
    }

    private boolean sendable(Instant now) {
        return settings.enabled() && connected && fresh(PvInput.GRID, now);
    }

    private boolean fresh(PvInput input, Instant now) {
        Sample sample = samples.get(input);
        return sample != null && Duration.between(sample.at(), now).compareTo(settings.maxAge()) <= 0;
    }

    private JsonObject payload(Instant now) {
        JsonObject ids = new JsonObject();
        for (PvInput input : PvInput.values()) {
            Sample sample = samples.get(input);
            if (sample != null && fresh(input, now)) {
                ids.addProperty(input.member(), ControlValues.wholeWatts(sample.watts()));
            }
        }
        return ids;
    }

    private void notifyIfChanged() {
        synchronized (notifyLock) {
            PvFeedStatus now = status();
            if (now.equals(notified)) {
                return;
            }
            logger.debug("PV feed: {} (was: {})", now, notified);
            notified = now;
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                logger.warn("PV feed status listener failed: {}", e.toString());
            }
        }
    }
}
