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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * Keeps quick item commands to one key from flooding the charger without delaying the first: a slider dragged across
 * its range sends its first value and its last, not twenty.
 * <ul>
 * <li>A command to a key without an open window is sent at once; the send opens the key's window
 * ({@link #WINDOW}).</li>
 * <li>A command arriving while the window is open waits, replacing the one waiting before it.</li>
 * <li>When the window ends, the command waiting (if any) is sent and opens the next window; with none waiting, the key
 * is idle again. So a lone command is sent once, at once, and a key gets at most one send per window.</li>
 * </ul>
 * Keys do not affect each other. Thread-safe.
 * <p>
 * Threads: the first command is sent on the thread that submits it. That is openHAB's thread calling
 * {@code handleCommand} (never the transport's callback thread: the handler's control logic publishes with
 * {@code sendCommand}, past the coalescer), and sending there is safe because publishing never blocks: the transport
 * hands the message to Paho's asynchronous client, whose bounded in-flight window fails at once when full, and no
 * lock of this class is held meanwhile. A command that waited is sent on the scheduler when its window ends. A window
 * starts only once the send that opened it returned, so a waiting command can never overtake it.
 */
@NonNullByDefault
final class CommandCoalescer {

    /** How long after a send commands to the same key wait for a later one. */
    static final Duration WINDOW = Duration.ofMillis(200);

    /** A command to send. */
    record Waiting(String channel, String key, JsonElement value) {
    }

    /** The open window of one key: the command waiting for its end, and the timer (null while its send runs). */
    private static final class Window {
        private @Nullable Waiting waiting;
        private @Nullable ScheduledFuture<?> timer;
    }

    private final Logger logger = LoggerFactory.getLogger(CommandCoalescer.class);
    private final ScheduledExecutorService scheduler;
    private final Consumer<Waiting> sender;
    private final Map<String, Window> windows = new HashMap<>();
    private boolean closed;

    CommandCoalescer(ScheduledExecutorService scheduler, Consumer<Waiting> sender) {
        this.scheduler = scheduler;
        this.sender = sender;
    }

    /**
     * Sends {@code value} to {@code key} now if the key's window is not open; otherwise keeps it for the window's end,
     * in place of a command that waited there.
     */
    void submit(String channel, String key, JsonElement value) {
        Waiting command = new Waiting(channel, key, value);
        synchronized (this) {
            if (closed) {
                return;
            }
            Window open = windows.get(key);
            if (open != null) {
                Waiting replaced = open.waiting;
                open.waiting = command;
                if (replaced != null) {
                    logger.debug("Command {}={} replaced by {} before it was sent", key,
                            Secrets.text(key, replaced.value()), Secrets.text(key, value));
                }
                return;
            }
            windows.put(key, new Window());
        }
        sendAndOpenWindow(command);
    }

    /** How many keys have a command waiting for the end of their window. */
    synchronized int waiting() {
        return (int) windows.values().stream().map(window -> window.waiting).filter(Objects::nonNull).count();
    }

    /** Drops every waiting command and closes every window; later submits are ignored. */
    void close() {
        List<ScheduledFuture<?>> timers = new ArrayList<>();
        synchronized (this) {
            closed = true;
            for (Window window : windows.values()) {
                ScheduledFuture<?> timer = window.timer;
                if (timer != null) {
                    timers.add(timer);
                }
            }
            windows.clear();
        }
        timers.forEach(timer -> timer.cancel(false));
    }

    /** Sends {@code first}, then starts its key's window; a command that cannot wait (no scheduler) goes at once. */
    private void sendAndOpenWindow(Waiting first) {
        @Nullable Waiting next = first;
        while (next != null) {
            try {
                sender.accept(next);
            } finally {
                next = startTimer(next.key());
            }
        }
    }

    /** Starts the timer of {@code key}'s window; if the scheduler refuses, closes the window, returns its command. */
    private synchronized @Nullable Waiting startTimer(String key) {
        Window window = windows.get(key);
        if (closed || window == null) {
            return null;
        }
        try {
            window.timer = scheduler.schedule(() -> windowEnded(key, window), WINDOW.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (RejectedExecutionException e) {
            windows.remove(key);
            return window.waiting;
        }
    }

    private void windowEnded(String key, Window ended) {
        Waiting command;
        synchronized (this) {
            if (windows.get(key) != ended) {
                return; // closed meanwhile
            }
            command = ended.waiting;
            ended.waiting = null;
            ended.timer = null;
            if (command == null) {
                windows.remove(key);
                return;
            }
        }
        sendAndOpenWindow(command);
    }
}
