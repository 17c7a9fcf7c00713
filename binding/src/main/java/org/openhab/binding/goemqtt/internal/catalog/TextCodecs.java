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
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

/**
 * Codecs of text: plain strings, URLs with their credentials masked, secrets nobody reads or only sees as set / not
 * set, identifiers shown by their end, lists, structured values with secret fields masked, and the raw JSON of
 * keys the catalog does not know.
 */
@NonNullByDefault
final class TextCodecs {

    /** What a key, certificate or token shows when the charger holds one. */
    static final String SET = "set";
    /** What it shows when the charger holds none (an empty text). */
    static final String NOT_SET = "not set";
    /** How many characters of an identifier (RFID card, OCPP id tag) stay visible. */
    private static final int VISIBLE_ID_CHARACTERS = 4;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\s]+");

    private TextCodecs() {
    }

    enum TextMode {
        /** As sent; a command's text is sent as a JSON string. */
        PLAIN,
        /** As {@link #PLAIN}, but an empty command resets the key to its default (JSON null). */
        EMPTY_RESETS,
        /** A URL: its user info and query values show as {@code ***} ({@link Secrets#maskUrl}). */
        MASKED_URL,
        /** Written only (keys, certificates): never shown. */
        SECRET,
        /** A key, certificate or token: shows only {@value TextCodecs#SET} or {@value TextCodecs#NOT_SET}. */
        PRESENCE,
        /** An identifier that works as a credential (RFID card id, OCPP id tag): only its last characters show. */
        ID_SUFFIX
    }

    static final class TextCodec implements Codec {
        private final TextMode mode;

        TextCodec(TextMode mode) {
            this.mode = mode;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            if (mode == TextMode.PRESENCE) {
                // never Json.text: its shape error would name the value
                boolean empty = value instanceof JsonPrimitive primitive && primitive.isString()
                        && primitive.getAsString().isEmpty();
                return new StringType(empty ? NOT_SET : SET);
            }
            String text = Json.text(value);
            return new StringType(switch (mode) {
                case MASKED_URL -> Secrets.maskUrl(text);
                case ID_SUFFIX -> idSuffix(text);
                default -> text;
            });
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
            boolean masked = mode == TextMode.MASKED_URL || mode == TextMode.ID_SUFFIX || mode == TextMode.PRESENCE;
            if (masked && value.contains(Secrets.MASK)) {
                // the shown (masked) value sent back would overwrite the real one with the mask
                throw new CommandRefusal("holds the mask " + Secrets.MASK + "; send the whole value");
            }
            if (mode == TextMode.PRESENCE && (SET.equals(value.strip()) || NOT_SET.equals(value.strip()))) {
                throw new CommandRefusal("expects the whole text (e.g. a PEM block), not '" + value.strip() + "'");
            }
            return new JsonPrimitive(value);
        }

        @Override
        public boolean shown() {
            return mode != TextMode.SECRET;
        }
    }

    /** {@code ***} and the last {@value #VISIBLE_ID_CHARACTERS} characters; {@code ***} alone for short ids. */
    static String idSuffix(String id) {
        if (id.isEmpty()) {
            return id;
        }
        return id.length() <= 2 * VISIBLE_ID_CHARACTERS ? Secrets.MASK
                : Secrets.MASK + id.substring(id.length() - VISIBLE_ID_CHARACTERS);
    }

    /**
     * A structured value shown as its JSON text with every secret-named field masked ({@link Secrets#mask}):
     * {@code wifis} shows its networks, never their keys. Read only: a masked value sent back would overwrite
     * the real keys.
     */
    static final class MaskedJsonCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return new StringType(PayloadEncoder.encode(Secrets.mask("", value)));
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

    /** The JSON text of a value, for keys the catalog does not know; secret-named fields inside are masked. */
    static final class RawCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return new StringType(PayloadEncoder.encode(Secrets.mask("", value)));
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
