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
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandTracker;

import com.google.gson.JsonElement;

/**
 * Where the control parts publish a {@code <key>/set}: the charger handler implements it with its command tracker
 * and transport. The contract:
 * <ul>
 * <li>{@link #send(String, JsonElement)} never throws and never blocks on the network;</li>
 * <li>every failure is an outcome ({@link org.openhab.binding.goemqtt.internal.protocol.CommandStatus}): not
 * connected is {@code NOT_SENT}, no answer in time is {@code TIMEOUT} (or {@code UNCONFIRMED} on firmware before
 * 051.5);</li>
 * <li>the future completes within {@link #commandTimeout()} of the send (it may be cancelled when the charger's
 * handler goes away).</li>
 * </ul>
 */
@NonNullByDefault
public interface CommandSink {

    /** Publishes {@code value} on {@code <key>/set}; the future completes with how it ended. */
    CompletableFuture<CommandOutcome> send(String key, JsonElement value);

    /** How long the charger is given to answer a set; a caller waiting on an outcome adds a margin to it. */
    default Duration commandTimeout() {
        return CommandTracker.DEFAULT_TIMEOUT;
    }
}
