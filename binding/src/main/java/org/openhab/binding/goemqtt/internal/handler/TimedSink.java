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
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.control.CommandSink;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;

import com.google.gson.JsonElement;

/**
 * A {@link CommandSink} made of the handler's send function and its current answer timeout.
 */
@NonNullByDefault
final class TimedSink implements CommandSink {

    private final BiFunction<String, JsonElement, CompletableFuture<CommandOutcome>> sender;
    private final Supplier<Duration> timeout;

    TimedSink(BiFunction<String, JsonElement, CompletableFuture<CommandOutcome>> sender, Supplier<Duration> timeout) {
        this.sender = sender;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<CommandOutcome> send(String key, JsonElement value) {
        return sender.apply(key, value);
    }

    @Override
    public Duration commandTimeout() {
        return timeout.get();
    }
}
