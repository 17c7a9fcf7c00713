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

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;

import com.google.gson.JsonElement;

/**
 * A {@link CommandSink} that records every set (time, topic, payload as published) and decides it at once: as
 * scripted with {@link #answerNext}, else confirmed. {@link #holdAnswers()} leaves the futures open instead.
 */
@NonNullByDefault
final class RecordingSink implements CommandSink {

    /** One published set. */
    record Sent(String time, String key, String payload, CompletableFuture<CommandOutcome> outcome) {
        @Override
        public String toString() {
            return time + " " + key + "/set " + payload;
        }
    }

    private record Answer(CommandStatus status, String detail) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final TestClock clock;
    private final List<Sent> sent = new ArrayList<>();
    private final Deque<Answer> scripted = new ArrayDeque<>();
    private boolean hold;
    private boolean cancel;
    private Duration timeout = Duration.ofSeconds(5);

    RecordingSink(TestClock clock) {
        this.clock = clock;
    }

    /** The next set ends like this (instead of being confirmed). */
    RecordingSink answerNext(CommandStatus status, String detail) {
        scripted.add(new Answer(status, detail));
        return this;
    }

    /** Every set from now on stays undecided. */
    RecordingSink holdAnswers() {
        hold = true;
        return this;
    }

    /** Every set from now on has its outcome cancelled (as when the handler is disposed). */
    RecordingSink cancelAnswers() {
        cancel = true;
        return this;
    }

    RecordingSink timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    @Override
    public CompletableFuture<CommandOutcome> send(String key, JsonElement value) {
        String payload = PayloadEncoder.encode(value);
        String time = TIME.format(LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();
        sent.add(new Sent(time, key, payload, outcome));
        if (cancel) {
            outcome.cancel(false);
        } else if (!hold) {
            Answer answer = scripted.isEmpty() ? new Answer(CommandStatus.CONFIRMED, "success") : scripted.poll();
            outcome.complete(new CommandOutcome(key, payload, answer.status(), answer.detail(), clock.instant(),
                    clock.instant()));
        }
        return outcome;
    }

    @Override
    public Duration commandTimeout() {
        return timeout;
    }

    List<Sent> sent() {
        return sent;
    }

    /** Every set as {@code HH:mm:ss key/set payload}. */
    List<String> traffic() {
        return sent.stream().map(Sent::toString).toList();
    }

    /** The payloads sent to {@code key}, in order. */
    List<String> payloads(String key) {
        return sent.stream().filter(s -> s.key().equals(key)).map(Sent::payload).toList();
    }

    void clear() {
        sent.clear();
    }
}
