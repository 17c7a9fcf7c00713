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

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Codecs for structured values (objects and arrays shown as the charger's JSON) and the wrappers that add the
 * documented limits to a codec: a number range, a text length.
 */
@NonNullByDefault
final class StructuredCodecs {

    private StructuredCodecs() {
    }

    /** The shape a structured key takes. */
    enum Shape {
        OBJECT("a JSON object"),
        ARRAY("a JSON array"),
        ANY("JSON");

        private final String text;

        Shape(String text) {
            this.text = text;
        }

        boolean fits(JsonElement value) {
            return switch (this) {
                case OBJECT -> value.isJsonObject();
                case ARRAY -> value.isJsonArray();
                case ANY -> true;
            };
        }
    }

    /**
     * The whole value as its JSON text; with {@code writable}, a command's text is parsed as JSON of the key's shape
     * and sent as that JSON (not as a quoted string).
     */
    static final class JsonCodec implements Codec {
        private final Shape shape;
        private final boolean writable;

        JsonCodec(Shape shape, boolean writable) {
            this.shape = shape;
            this.writable = writable;
        }

        /** The JSON text, with credential-named fields (at any depth) and URL user info masked. */
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return new StringType(PayloadEncoder.encode(Secrets.mask("", value)));
        }

        @Override
        public JsonElement encode(Command command) {
            if (!writable) {
                throw new CommandRefusal("cannot be written");
            }
            if (!(command instanceof StringType text)) {
                throw new CommandRefusal("expects " + shape.text + " as text, not " + Commands.describe(command));
            }
            JsonElement parsed;
            try {
                parsed = JsonParser.parseString(text.toFullString());
            } catch (JsonParseException e) {
                throw new CommandRefusal("expects " + shape.text + ", the text is not JSON");
            }
            if (parsed.isJsonNull() || !shape.fits(parsed)) {
                throw new CommandRefusal("expects " + shape.text + ", not " + text.toFullString());
            }
            return parsed;
        }
    }

    /**
     * A codec with a limit on what it writes: decoding, unit and codes are the inner codec's; a written value the
     * limit refuses is never sent.
     */
    abstract static class LimitedCodec implements Codec {
        private final Codec inner;

        LimitedCodec(Codec inner) {
            this.inner = inner;
        }

        /** @throws CommandRefusal when {@code encoded} is outside the limit */
        abstract void check(JsonElement encoded);

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return inner.decode(value, context);
        }

        @Override
        public JsonElement encode(Command command) {
            JsonElement encoded = inner.encode(command);
            check(encoded);
            return encoded;
        }

        @Override
        public @Nullable Unit<?> unit() {
            return inner.unit();
        }

        @Override
        public @Nullable CodeList codes() {
            return inner.codes();
        }

        @Override
        public BootTime bootTime() {
            return inner.bootTime();
        }

        @Override
        public boolean shown() {
            return inner.shown();
        }
    }

    /** Written numbers must lie in {@code [min, max]} (in the key's unit, after conversion). */
    static final class RangedCodec extends LimitedCodec {
        private final BigDecimal min;
        private final BigDecimal max;

        RangedCodec(Codec inner, BigDecimal min, BigDecimal max) {
            super(inner);
            this.min = min;
            this.max = max;
        }

        @Override
        void check(JsonElement encoded) {
            if (encoded instanceof JsonPrimitive primitive && primitive.isNumber()) {
                BigDecimal number = primitive.getAsBigDecimal();
                if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                    Unit<?> unit = unit();
                    throw new CommandRefusal("takes " + min.toPlainString() + " to " + max.toPlainString()
                            + (unit == null ? "" : " " + unit) + ", not " + number.toPlainString());
                }
            }
        }
    }

    /** Written texts must have {@code minLength} to {@code maxLength} characters. */
    static final class BoundedTextCodec extends LimitedCodec {
        private final int minLength;
        private final int maxLength;

        BoundedTextCodec(Codec inner, int minLength, int maxLength) {
            super(inner);
            this.minLength = minLength;
            this.maxLength = maxLength;
        }

        @Override
        void check(JsonElement encoded) {
            if (encoded instanceof JsonPrimitive primitive && primitive.isString()) {
                int length = primitive.getAsString().length();
                if (length < minLength || length > maxLength) {
                    throw new CommandRefusal(
                            "takes a text of " + minLength + " to " + maxLength + " characters, not " + length);
                }
            }
        }
    }
}
