/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/**
 * Codecs of text: plain strings, URLs with their password masked, secrets nobody reads, lists, and the raw JSON of
 * keys the catalog does not know.
 */
@NonNullByDefault
final class TextCodecs {

    /** {@code scheme://user:password@host}: the password part. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(://[^:/@]*:)[^@/]*@");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");

    private TextCodecs() {
    }

    enum TextMode {
        /** As sent; a command's text is sent as a JSON string. */
        PLAIN,
        /** As {@link #PLAIN}, but an empty command resets the key to its default (JSON null). */
        EMPTY_RESETS,
        /** A URL: a password in it shows as {@code ***}. */
        MASKED_URL,
        /** Written only (keys, certificates): never shown. */
        SECRET
    }

    static final class TextCodec implements Codec {
        private final TextMode mode;

        TextCodec(TextMode mode) {
            this.mode = mode;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            String text = Json.text(value);
            if (mode == TextMode.MASKED_URL) {
                text = URL_PASSWORD.matcher(text).replaceFirst("$1***@");
            }
            return new StringType(text);
        }

        @Override
        public JsonElement encode(Command command) {
            if (!(command instanceof StringType text)) {
                throw new CommandRefusal("expects a text, not " + Commands.describe(command));
            }
            String value = text.toFullString();
            if (mode == TextMode.EMPTY_RESETS && value.isBlank()) {
                return JsonNull.INSTANCE;
            }
            return new JsonPrimitive(value);
        }

        @Override
        public boolean shown() {
            return mode != TextMode.SECRET;
        }
    }

    /** An array shown as one text, {@code "6, 10, 16"}; with {@code numeric}, written back from such a text. */
    static final class ListCodec implements Codec {
        private final boolean numeric;

        ListCodec(boolean numeric) {
            this.numeric = numeric;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            if (!(value instanceof JsonArray array)) {
                throw new ShapeException("expected an array, got " + Json.describe(value));
            }
            List<String> items = new ArrayList<>();
            for (JsonElement item : array) {
                items.add(numeric ? PayloadEncoder.number(Json.number(item)) : Json.text(item));
            }
            return new StringType(String.join(", ", items));
        }

        @Override
        public JsonElement encode(Command command) {
            if (!numeric || !(command instanceof StringType text)) {
                throw new CommandRefusal("expects a list of numbers such as '6, 10, 16', not "
                        + Commands.describe(command));
            }
            JsonArray array = new JsonArray();
            for (String item : LIST_SEPARATOR.split(text.toFullString().strip())) {
                if (!item.isEmpty()) {
                    try {
                        array.add(new BigDecimal(item));
                    } catch (NumberFormatException e) {
                        throw new CommandRefusal("expects a list of numbers, '" + item + "' is not a number");
                    }
                }
            }
            if (array.isEmpty()) {
                throw new CommandRefusal("expects a list of numbers such as '6, 10, 16', not an empty text");
            }
            return array;
        }
    }

    /** The JSON text of a value, for keys the catalog does not know. */
    static final class RawCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return new StringType(PayloadEncoder.encode(value));
        }
    }

    /** Known on purpose and never shown (credentials the charger publishes). */
    static final class HiddenCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            throw new ShapeException("never shown");
        }

        @Override
        public boolean shown() {
            return false;
        }
    }
}
