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

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;

/**
 * What one inbound message below a charger's base topic means: a closed set, so a {@code switch} covers every case.
 */
@NonNullByDefault
public sealed interface InboundMessage {

    /** The API key the message is about. */
    String key();

    /**
     * The charger published the value of {@code key}: parsed JSON (number, boolean, string, array, object, or
     * {@link com.google.gson.JsonNull#INSTANCE}). Numbers keep every digit of the payload.
     */
    record KeyValue(String key, JsonElement value) implements InboundMessage {
    }

    /**
     * The charger answered a set of {@code key} on {@code <key>/result}: plain text, kept verbatim (e.g.
     * {@code String length  2 exceeds range 4 to 64 "go"}, two spaces included).
     */
    record ResultAnswer(String key, String text) implements InboundMessage {

        /** The text that means the set was applied. */
        public static final String SUCCESS = "success";

        /** Whether the charger applied the set ({@code success}, surrounding white space ignored). */
        public boolean isSuccess() {
            return SUCCESS.equals(text.strip());
        }
    }

    /** A set of {@code key} seen on the bus (ours, echoed by the broker, or another client's), text as sent. */
    record SetEcho(String key, String payload) implements InboundMessage {
    }

    /**
     * A message that could not be read: too large, not UTF-8, not JSON (for a value). {@code kind} says which
     * topic of the key it came on; {@code preview} shows its start, printable, for a log line.
     */
    record Unparseable(String key, TopicKind kind, String reason, String preview) implements InboundMessage {
    }
}
