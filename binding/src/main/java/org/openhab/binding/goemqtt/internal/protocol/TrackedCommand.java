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

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;

/**
 * One {@code /set} registered with a {@link CommandTracker}: what was sent and the future of its outcome.
 */
@NonNullByDefault
public final class TrackedCommand {

    private final String key;
    private final @Nullable JsonElement value;
    private final String payload;
    private final Instant sentAt;
    private final boolean expectsResult;
    private final CompletableFuture<CommandOutcome> outcome = new CompletableFuture<>();

    // guarded by the tracker's lock
    boolean decided;
    boolean expired;
    @Nullable
    ScheduledFuture<?> timer;

    TrackedCommand(String key, @Nullable JsonElement value, String payload, Instant sentAt, boolean expectsResult) {
        this.key = key;
        this.value = value;
        this.payload = payload;
        this.sentAt = sentAt;
        this.expectsResult = expectsResult;
    }

    public String key() {
        return key;
    }

    /** The value sent; empty for a raw payload that is not JSON. */
    public Optional<JsonElement> value() {
        return Optional.ofNullable(value);
    }

    /** The JSON text published on {@code <key>/set}. */
    public String payload() {
        return payload;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** Whether an answer on {@code /result} decides it (else: an echo of the value, for firmware before 051.5). */
    public boolean expectsResult() {
        return expectsResult;
    }

    /** Completes once, with the outcome; cancelled when the tracker is closed first. */
    public CompletableFuture<CommandOutcome> outcome() {
        return outcome;
    }

    @Override
    public String toString() {
        return key + "/set " + Secrets.text(key, payload) + " at " + sentAt;
    }
}
