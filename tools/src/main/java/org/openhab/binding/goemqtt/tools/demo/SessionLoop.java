/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.tools.StopSignal;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.Command;

/**
 * The clock of a scripted session, shared by both APIs: one simulated second at a time, every device ticks once,
 * the binding catches up, then the next second begins at its place on the wall clock. A step runs at its second;
 * a step that leaves something pending (a command waiting for the charger's next status) holds back the later
 * steps, not the clock, and the session is over once its length has passed and no step is left or pending.
 */
@NonNullByDefault
final class SessionLoop {

    /** What a step does; it may hand back what it waits for (the later steps wait for it too), else null. */
    @FunctionalInterface
    interface Action {
        @Nullable
        CompletableFuture<?> run() throws InterruptedException;

        /** An action that is done when {@code action} returns. */
        static Action of(Runnable action) {
            return () -> {
                action.run();
                return null;
            };
        }
    }

    /** What happens at one second of the session (or as soon after it as the step before is done). */
    record Step(int second, String text, Action action) {
    }

    /** Longest wait for the binding to catch up with a tick of the charger. */
    static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(10);

    private static final String UPTIME_CHANNEL = "device#uptime";

    private final Simulation simulation;
    private final ConsoleCallback callback;
    private final Consumer<String> printer;
    private final StopSignal stop;

    SessionLoop(Simulation simulation, ConsoleCallback callback, Consumer<String> printer, StopSignal stop) {
        this.simulation = simulation;
        this.callback = callback;
        this.printer = printer;
        this.stop = stop;
    }

    /** The second at {@code fraction} of a session of {@code length} seconds, never before the fourth. */
    static int at(int length, double fraction) {
        return Math.max(4, (int) Math.round(length * fraction));
    }

    /**
     * Plays {@code steps} (in the order of their seconds), waiting after each tick until {@code caughtUp} holds.
     *
     * @param caughtUp whether the binding has taken in what the devices published on the last tick
     */
    void play(DemoSession.Options options, List<Step> steps, BooleanSupplier caughtUp) throws InterruptedException {
        int length = options.seconds();
        printer.accept("charging session of " + length + " s begins");
        long begin = System.nanoTime();
        int next = 0;
        CompletableFuture<?> pending = null;
        boolean announced = false;
        for (int second = 1;; second++) {
            while (next < steps.size() && steps.get(next).second() <= second && done(pending)) {
                Step step = steps.get(next++);
                printer.accept(">> " + step.text());
                pending = step.action().run();
            }
            simulation.tickAll();
            if (!callback.await(caughtUp, CATCH_UP_TIMEOUT)) {
                printer.accept("(the binding has not caught up with the charger within "
                        + CATCH_UP_TIMEOUT.toSeconds() + " s)");
            }
            long untilNextSecond = options.second().multipliedBy(second).minusNanos(System.nanoTime() - begin)
                    .toMillis();
            if (stop.await(Duration.ofMillis(Math.max(1, untilNextSecond)))) {
                printer.accept("stopped");
                break;
            }
            boolean over = second >= length && next == steps.size() && done(pending);
            if (over && !announced) {
                announced = true;
                printer.accept(options.keepRunning() ? "session over; the binding keeps running, press Ctrl-C to stop"
                        : "session over");
            }
            if (over && !options.keepRunning()) {
                break;
            }
        }
        printer.accept("the handlers posted " + callback.updates() + " state updates in all");
    }

    /**
     * Ticks every device once a simulated second until {@code condition} holds (checked before each tick), e.g.
     * until a charger that publishes every few seconds has been discovered; false when it did not within
     * {@code timeout} or the demo was stopped.
     */
    boolean tickUntil(BooleanSupplier condition, Duration second, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            simulation.tickAll();
            if (stop.await(second)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the binding has posted {@code uptime} (the charger's {@code rbt}, ms) on the thing's
     * {@code device#uptime}: it has taken in what the charger published with it.
     */
    boolean postedUptime(ThingUID thing, @Nullable String uptime) {
        return callback.state(new ChannelUID(thing, UPTIME_CHANNEL)) instanceof QuantityType<?> posted
                && uptime != null && posted.toBigDecimal().compareTo(new BigDecimal(uptime)) == 0;
    }

    /** Sends {@code command} to {@code channel} of the thing, as an item linked to it would. */
    static void command(ThingHandler handler, ThingUID thing, String channel, Command command) {
        handler.handleCommand(new ChannelUID(thing, channel), command);
    }

    private static boolean done(@Nullable CompletableFuture<?> pending) {
        return pending == null || pending.isDone();
    }
}
