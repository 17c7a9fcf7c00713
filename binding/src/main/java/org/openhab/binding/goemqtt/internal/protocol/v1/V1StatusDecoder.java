/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.protocol.KeyNames;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the status object of an API v1 charger. The payload goes through {@link MessageDecoder} (strict JSON, UTF-8,
 * size and nesting limits), so a status is read like any v2 value; this class adds what a v1 status must be: one
 * JSON object of at most {@value #MAX_MEMBERS} members whose names can be keys and whose values are plain or an
 * array of plain values (as {@code nrg}, {@code tma}). A member that breaks the rule is left out with its reason;
 * anything else that is wrong makes the whole status unreadable. Never throws; immutable and thread-safe.
 */
@NonNullByDefault
public final class V1StatusDecoder {

    /** More members than any firmware sends (041.0: 93), few enough to bound the work per status. */
    public static final int MAX_MEMBERS = 512;
    /** Elements of one array member ({@code nrg} has 16). */
    public static final int MAX_ARRAY = 64;
    /** A status object is about 1.5 KB; one of 64 KB is no charger's. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private static final MessageDecoder PAYLOADS = new MessageDecoder(MAX_PAYLOAD_BYTES);

    /** What reading gave: a status, or why there is none. */
    public sealed interface Result {
    }

    /** A status. */
    public record Read(V1Status status) implements Result {
    }

    /** No status: the reason and the start of the payload, printable. */
    public record Unreadable(String reason, String preview) implements Result {
    }

    /** Reads the payload of a {@code <base>status} message. */
    public Result decode(byte[] payload) {
        return decode(PAYLOADS.decode(ParsedTopic.value(V1Topics.STATUS), payload));
    }

    /** Reads a message the bridge decoded already (the router decodes each message once). */
    public Result decode(InboundMessage message) {
        if (message instanceof Unparseable unreadable) {
            return new Unreadable(unreadable.reason(), unreadable.preview());
        }
        if (!(message instanceof KeyValue value)) {
            return new Unreadable("not a status message", "");
        }
        JsonElement element = value.value();
        if (!element.isJsonObject()) {
            return new Unreadable("the status is no JSON object", V1Commands.preview(element.toString()));
        }
        JsonObject object = element.getAsJsonObject();
        if (object.size() > MAX_MEMBERS) {
            return new Unreadable("the status has " + object.size() + " members, more than " + MAX_MEMBERS,
                    V1Commands.preview(element.toString()));
        }
        Map<String, JsonElement> values = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            String name = member.getKey();
            String problem = problem(name, member.getValue());
            if (problem == null) {
                values.put(name, member.getValue());
            } else {
                dropped.add(problem);
            }
        }
        return new Read(new V1Status(values, dropped));
    }

    private static @Nullable String problem(String name, JsonElement value) {
        if (!KeyNames.isValid(name)) {
            return "member '" + V1Commands.preview(name) + "' cannot be a key";
        }
        if (value.isJsonArray()) {
            if (value.getAsJsonArray().size() > MAX_ARRAY) {
                return name + ": array of " + value.getAsJsonArray().size() + " elements, more than " + MAX_ARRAY;
            }
            for (JsonElement element : value.getAsJsonArray()) {
                if (!element.isJsonPrimitive() && !element.isJsonNull()) {
                    return name + ": nested arrays or objects";
                }
            }
            return null;
        }
        return value.isJsonObject() ? name + ": an object, v1 values are plain" : null;
    }

    /** The status of the capture text {@code json}, for tests and tools. */
    public Result decode(String json) {
        return decode(json.getBytes(StandardCharsets.UTF_8));
    }
}
