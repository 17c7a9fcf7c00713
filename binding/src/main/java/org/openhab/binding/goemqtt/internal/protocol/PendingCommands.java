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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;

/**
 * The per-key queues of a {@link CommandTracker}, oldest first. A queue holds commands that wait and, in front of
 * them, places of commands that timed out (their late answers are still owed); a queue in which nothing waits any
 * more is dropped. Not thread-safe: the tracker calls it under its lock.
 */
@NonNullByDefault
final class PendingCommands {

    private final Map<String, Deque<TrackedCommand>> queues = new HashMap<>();

    void add(TrackedCommand command) {
        Deque<TrackedCommand> queue = queues.get(command.key());
        if (queue == null) {
            queue = new ArrayDeque<>();
            queues.put(command.key(), queue);
        }
        queue.addLast(command);
    }

    /** Takes the oldest entry of {@code key}: a waiting command or a timed-out one's place; null when none. */
    @Nullable
    TrackedCommand pollOldest(String key) {
        Deque<TrackedCommand> queue = queues.get(key);
        TrackedCommand oldest = queue == null ? null : queue.pollFirst();
        dropIfNothingWaits(key);
        return oldest;
    }

    /** The oldest waiting command of {@code key} that expects an echo of exactly {@code value}; null when none. */
    @Nullable
    TrackedCommand oldestEchoOf(String key, JsonElement value) {
        Deque<TrackedCommand> queue = queues.get(key);
        if (queue != null) {
            for (TrackedCommand command : queue) {
                JsonElement sent = command.value().orElse(null);
                if (!command.expectsResult() && !command.decided && sent != null
                        && JsonValues.sameValue(sent, value)) {
                    return command;
                }
            }
        }
        return null;
    }

    void remove(TrackedCommand command) {
        Deque<TrackedCommand> queue = queues.get(command.key());
        if (queue != null) {
            queue.remove(command);
            dropIfNothingWaits(command.key());
        }
    }

    /** Forgets the queue of {@code key} once nothing in it waits (only timed-out places, or empty). */
    void dropIfNothingWaits(String key) {
        Deque<TrackedCommand> queue = queues.get(key);
        if (queue != null && queue.stream().allMatch(command -> command.decided)) {
            queues.remove(key);
        }
    }

    int waiting(String key) {
        Deque<TrackedCommand> queue = queues.get(key);
        return queue == null ? 0 : (int) queue.stream().filter(command -> !command.decided).count();
    }

    int waiting() {
        return queues.keySet().stream().mapToInt(this::waiting).sum();
    }

    /** Empties every queue; returns the commands that were waiting. */
    List<TrackedCommand> drainWaiting() {
        List<TrackedCommand> waiting = new ArrayList<>();
        queues.values().forEach(queue -> queue.stream().filter(command -> !command.decided).forEach(waiting::add));
        queues.clear();
        return waiting;
    }
}
