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

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.ResultAnswer;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.SetEcho;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Turns one inbound payload into an {@link InboundMessage}. Never throws: whatever cannot be read becomes
 * {@link Unparseable} with the reason.
 * <ul>
 * <li>value topics: strict JSON (no unquoted strings, comments, NaN or trailing text), numbers with all their
 * digits, nesting at most {@value #MAX_NESTING} levels;</li>
 * <li>{@code /result}: plain text, verbatim;</li>
 * <li>{@code /set}: the text as sent (the charger itself judges it);</li>
 * <li>all: UTF-8 and at most the configured number of bytes (default {@value #DEFAULT_MAX_PAYLOAD_BYTES}).</li>
 * </ul>
 * Immutable and safe to share between threads.
 */
@NonNullByDefault
public final class MessageDecoder {

    public static final int DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;
    public static final int MAX_NESTING = 64;
    static final int PREVIEW_CHARS = 60;

    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
    private static final Pattern LOCATION = Pattern.compile("line \\d+ column \\d+");

    private final int maxPayloadBytes;

    public MessageDecoder() {
        this(DEFAULT_MAX_PAYLOAD_BYTES);
    }

    public MessageDecoder(int maxPayloadBytes) {
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("payload limit must be at least 1 byte, not " + maxPayloadBytes);
        }
        this.maxPayloadBytes = maxPayloadBytes;
    }

    public int maxPayloadBytes() {
        return maxPayloadBytes;
    }

    /** Decodes {@code payload} of a {@code topic} below {@code base}; empty when the topic is not one of base's. */
    public Optional<InboundMessage> decode(BaseTopic base, String topic, byte[] payload) {
        return base.parse(topic).map(parsed -> decode(parsed, payload));
    }

    /** Decodes {@code payload} received on the topic {@code topic}. */
    public InboundMessage decode(ParsedTopic topic, byte[] payload) {
        String key = topic.key();
        TopicKind kind = topic.kind();
        if (payload.length > maxPayloadBytes) {
            return new Unparseable(key, kind,
                    "payload of " + payload.length + " bytes exceeds the limit of " + maxPayloadBytes + " bytes",
                    preview(key, payload));
        }
        String text;
        if (isAscii(payload)) {
            text = new String(payload, StandardCharsets.US_ASCII);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
            } catch (CharacterCodingException e) {
                return new Unparseable(key, kind, "payload is not valid UTF-8", preview(key, payload));
            }
        }
        return switch (kind) {
            case RESULT -> new ResultAnswer(key, text);
            case SET -> new SetEcho(key, text);
            case VALUE -> decodeValue(key, text);
        };
    }

    private InboundMessage decodeValue(String key, String text) {
        if (text.isBlank()) {
            return new Unparseable(key, TopicKind.VALUE, "empty payload (a retained value was cleared)",
                    preview(key, text));
        }
        JsonElement plain = PlainJson.parse(text, MAX_NESTING);
        if (plain != null) {
            return new KeyValue(key, plain);
        }
        if (nesting(text) > MAX_NESTING) {
            return new Unparseable(key, TopicKind.VALUE, "JSON nested deeper than " + MAX_NESTING + " levels",
                    preview(key, text));
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setLenient(false);
            JsonElement value = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return new Unparseable(key, TopicKind.VALUE, "not valid JSON: text after the value",
                        preview(key, text));
            }
            // Gson's element adapter reads JSON null as JsonNull; the adapter type in general may answer null
            return new KeyValue(key, value != null ? value : JsonNull.INSTANCE);
        } catch (IOException | RuntimeException e) {
            return new Unparseable(key, TopicKind.VALUE, "not valid JSON" + location(e), preview(key, text));
        }
    }

    /** Whether every byte is ASCII (nearly every payload): such bytes are valid UTF-8 and need no decoder. */
    private static boolean isAscii(byte[] payload) {
        for (byte b : payload) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The deepest nesting of arrays and objects, counted outside strings. */
    static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }

    private static String location(Exception e) {
        String message = e.getMessage();
        if (message == null) {
            return "";
        }
        Matcher matcher = LOCATION.matcher(message);
        return matcher.find() ? " (at " + matcher.group() + ")" : "";
    }

    /** The start of a payload for log lines: at most {@value #PREVIEW_CHARS} characters, control characters escaped. */
    static String preview(String key, byte[] payload) {
        int length = Math.min(payload.length, PREVIEW_CHARS * 4);
        return preview(key, new String(payload, 0, length, StandardCharsets.UTF_8));
    }

    /** Masked ({@link Secrets#text(String, String)}) before it is cut: a secret never shows, not even its start. */
    static String preview(String key, String payload) {
        String text = Secrets.text(key, payload);
        String start = text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
        return TopicText.printable(start);
    }
}
