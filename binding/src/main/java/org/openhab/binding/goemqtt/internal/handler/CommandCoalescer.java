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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * Lets only the last of several quick item commands to one key reach the charger, so that a slider dragged across
 * its range sends one {@code /set}, not twenty. The first command to a key opens a window ({@link #WINDOW}); a
 * command arriving within it replaces the one waiting; when the window ends, the command waiting is sent. Keys do
 * not affect each other. Thread-safe; sends happen on the scheduler.
 */
@NonNullByDefault
final class CommandCoalescer {

    /** How long a command waits for a later one to the same key. */
    static final Duration WINDOW = Duration.ofMillis(200);

    /** A command waiting for its window to end. */
    record Waiting(String channel, String key, JsonElement value) {
    }

    private final Logger logger = LoggerFactory.getLogger(CommandCoalescer.class);
    private final ScheduledExecutorService scheduler;
    private final Consumer<Waiting> sender;
    private final Map<String, Waiting> waiting = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> windows = new HashMap<>();
    private boolean closed;

    CommandCoalescer(ScheduledExecutorService scheduler, Consumer<Waiting> sender) {
        this.scheduler = scheduler;
        this.sender = sender;
    }

    /** Sends {@code value} to {@code key} when the key's window ends, unless a later command replaces it. */
    void submit(String channel, String key, JsonElement value) {
        synchronized (this) {
            if (closed) {
                return;
            }
            Waiting replaced = waiting.put(key, new Waiting(channel, key, value));
            if (replaced != null) {
                logger.debug("Command {}={} replaced by {} before it was sent", key, replaced.value(), value);
                return;
            }
            try {
                windows.put(key, scheduler.schedule(() -> windowEnded(key), WINDOW.toMillis(),
                        TimeUnit.MILLISECONDS));
                return;
            } catch (RejectedExecutionException e) {
                waiting.remove(key);
            }
        }
        sender.accept(new Waiting(channel, key, value));
    }

    /** How many keys have a command waiting. */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Drops every waiting command; later submits are ignored. */
    void close() {
        List<ScheduledFuture<?>> open;
        synchronized (this) {
            closed = true;
            waiting.clear();
            open = new ArrayList<>(windows.values());
            windows.clear();
        }
        open.forEach(window -> window.cancel(false));
    }

    private void windowEnded(String key) {
        Waiting command;
        synchronized (this) {
            windows.remove(key);
            command = waiting.remove(key);
        }
        if (command != null) {
            sender.accept(command);
        }
    }
}
