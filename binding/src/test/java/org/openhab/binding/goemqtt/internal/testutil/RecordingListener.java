/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;

/**
 * A {@link TransportListener} that records every event and message with the time it arrived, and waits for them.
 */
@NonNullByDefault
public final class RecordingListener implements TransportListener {

    /** Generous limit for anything a real broker has to do. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    /** An event and when it arrived ({@link System#nanoTime()}). */
    public record TimedEvent(long nanos, ConnectionEvent event) {
    }

    /** A message as text and when it arrived. */
    public record Message(long nanos, String topic, String payload) {
    }

    private final List<TimedEvent> events = new CopyOnWriteArrayList<>();
    private final List<Message> messages = new CopyOnWriteArrayList<>();

    @Override
    public void messageArrived(String topic, byte[] payload) {
        messages.add(new Message(System.nanoTime(), topic, new String(payload, StandardCharsets.UTF_8)));
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        events.add(new TimedEvent(System.nanoTime(), event));
    }

    public List<TimedEvent> timedEvents() {
        return List.copyOf(events);
    }

    public List<ConnectionEvent> events() {
        return events.stream().map(TimedEvent::event).toList();
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** How many events are recorded so far; with {@link #awaitEventAfter} waits for a new one. */
    public int eventCount() {
        return events.size();
    }

    /** Waits for an event in the given state, recorded at or after index {@code from}; returns it. */
    public ConnectionEvent awaitEventAfter(int from, ConnectionState state) {
        return awaitEventAfter(from, e -> e.state() == state, "a " + state + " event");
    }

    /** Waits for an event with the given state and reason, recorded at or after index {@code from}; returns it. */
    public ConnectionEvent awaitEventAfter(int from, ConnectionState state, FailureReason reason) {
        return awaitEventAfter(from, e -> e.state() == state && e.reason() == reason,
                "a " + state + "/" + reason + " event");
    }

    private ConnectionEvent awaitEventAfter(int from, Predicate<ConnectionEvent> wanted, String what) {
        Await.until(() -> find(from, wanted) != null, DEADLINE, () -> what + "; events so far: " + describeEvents());
        ConnectionEvent found = find(from, wanted);
        if (found == null) {
            throw new AssertionError(what + " vanished");
        }
        return found;
    }

    private @Nullable ConnectionEvent find(int from, Predicate<ConnectionEvent> wanted) {
        List<ConnectionEvent> all = events();
        return all.subList(Math.min(from, all.size()), all.size()).stream().filter(wanted).findFirst().orElse(null);
    }

    /** Waits until {@code count} events with this reason are recorded (e.g. failed reconnect attempts). */
    public void awaitReasonCount(FailureReason reason, int count) {
        Await.until(() -> events().stream().filter(e -> e.reason() == reason).count() >= count, DEADLINE,
                () -> count + " events " + reason + "; events so far: " + describeEvents());
    }

    /** Waits for a message with this topic and payload. */
    public void awaitMessage(String topic, String payload) {
        Await.until(() -> messages.stream().anyMatch(m -> m.topic().equals(topic) && m.payload().equals(payload)),
                DEADLINE, () -> "message '" + payload + "' on '" + topic + "'; messages so far: " + messages);
    }

    /** The events as lines of text, for failure messages and reports. */
    public String describeEvents() {
        return events().stream().map(e -> e.state() + "/" + e.reason() + " " + e.detail())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
