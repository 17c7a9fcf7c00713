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
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The codecs of API v1 values that the v2 codecs do not cover: v1 sends nearly every value as a JSON string
 * ({@code "1"}), flags as bits of one number, colours as integers, the time zone as hours + 100 and the clock as
 * {@code ddmmyyHHMM}. Commands become whole numbers (or text), which the v1 command path writes as {@code key=value}.
 */
@NonNullByDefault
public final class V1Codecs {

    private static final Codec SWITCH = new Switch01Codec();
    private static final Codec ID_PRESENCE = new IdPresenceCodec();
    private static final Codec COLOUR = new ColourCodec();
    private static final Codec TIME_ZONE = new TimeZoneCodec();
    private static final Codec CLOCK = new ClockCodec();
    private static final Codec CURRENT_LEVEL = new CurrentLevelCodec();

    /** {@code tof}: the offset is sent as hours + 100. */
    static final int TIME_ZONE_BIAS = 100;
    private static final long MINUTES_PER_HOUR = 60;
    static final int TIME_ZONE_MIN = -12;
    static final int TIME_ZONE_MAX = 14;
    static final int MIN_CURRENT = 6;
    static final int MAX_CURRENT = 32;
    private static final int MAX_COLOUR = 0xFFFFFF;

    private V1Codecs() {
    }

    /** 0/1 (as string or number): OFF/ON; written as 0 or 1. */
    public static Codec onOff() {
        return SWITCH;
    }

    /** Bit {@code bit} of a number: ON when set. Read only (the other bits would be overwritten). */
    public static Codec bit(int bit) {
        return new BitCodec(bit);
    }

    /** An RFID card id: ON when a card is learned (the id is not empty); the id itself is never shown. */
    public static Codec idPresence() {
        return ID_PRESENCE;
    }

    /** A colour as an integer (0xRRGGBB): shown and written as {@code #RRGGBB}. */
    public static Codec colour() {
        return COLOUR;
    }

    /** {@code tof}: hours + 100, shown as the offset from UTC; written in whole hours from -12 to +14. */
    public static Codec timeZoneOffset() {
        return TIME_ZONE;
    }

    /** {@code tme}: the charger's local clock as {@code ddmmyyHHMM}, in the zone of the decode context. */
    public static Codec clock() {
        return CLOCK;
    }

    /** {@code al1}..{@code al5}: a push-button current level, 0 (level skipped) or 6 to 32 A. */
    public static Codec currentLevel() {
        return CURRENT_LEVEL;
    }

    /** A current setting in whole amperes from 6 to 32 ({@code amp}, {@code amx}, {@code ama}). */
    public static Codec current() {
        return Codecs.ranged(Codecs.wholeQuantity(Units.AMPERE), MIN_CURRENT, MAX_CURRENT);
    }

    /**
     * A number in a scaled v1 unit (0.1 A, 0.01 kW, 0.1 kWh, 10 J) shown in {@code shown}, the unit the v2 channel
     * of the same id uses: the value is multiplied by {@code multiplier} and divided by {@code divisor} exactly in
     * decimal (a divisor other than 1 rounds to {@code fractionDigits}). Commands are written by {@code source},
     * in the v1 unit, so range checks around this codec see what is sent.
     */
    public static <Q extends Quantity<Q>> Codec shownIn(Codec source, Unit<Q> shown, long multiplier, long divisor,
            int fractionDigits) {
        return new ShownInCodec(source, Codecs.quantity(shown), BigDecimal.valueOf(multiplier),
                BigDecimal.valueOf(divisor), fractionDigits);
    }

    static final class ShownInCodec implements Codec {
        private final Codec source;
        private final Codec shown;
        private final BigDecimal multiplier;
        private final BigDecimal divisor;
        private final int fractionDigits;

        ShownInCodec(Codec source, Codec shown, BigDecimal multiplier, BigDecimal divisor, int fractionDigits) {
            this.source = source;
            this.shown = shown;
            this.multiplier = multiplier;
            this.divisor = divisor;
            this.fractionDigits = fractionDigits;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            BigDecimal scaled = Json.number(value).multiply(multiplier);
            if (divisor.compareTo(BigDecimal.ONE) != 0) {
                scaled = scaled.divide(divisor, fractionDigits, RoundingMode.HALF_EVEN);
            }
            return shown.decode(new JsonPrimitive(scaled.stripTrailingZeros()), context);
        }

        @Override
        public JsonElement encode(Command command) {
            return source.encode(command);
        }

        @Override
        public @Nullable Unit<?> unit() {
            return source.unit();
        }
    }

    static final class Switch01Codec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            if (value instanceof JsonPrimitive primitive && primitive.isString()) {
                String text = primitive.getAsString().strip().toLowerCase(Locale.ROOT);
                if ("true".equals(text) || "false".equals(text)) {
                    return OnOffType.from("true".equals(text));
                }
            }
            return OnOffType.from(Json.whole(value) != 0);
        }

        @Override
        public JsonElement encode(Command command) {
            if (command instanceof OnOffType onOff) {
                return new JsonPrimitive(onOff == OnOffType.ON ? 1 : 0);
            }
            throw new CommandRefusal("expects ON or OFF, not " + Commands.describe(command));
        }
    }

    static final class BitCodec implements Codec {
        private final int bit;

        BitCodec(int bit) {
            this.bit = bit;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            long number = Json.whole(value);
            if (number < 0) {
                throw new ShapeException("expected flags (a number from 0), got " + Json.describe(value));
            }
            return OnOffType.from(((number >> bit) & 1) == 1);
        }
    }

    static final class IdPresenceCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            if (!(value instanceof JsonPrimitive)) {
                // never Json.describe: the message would show part of the id
                throw new ShapeException("expected a card id as a string");
            }
            return OnOffType.from(!value.getAsString().isBlank());
        }
    }

    static final class ColourCodec implements Codec {
        private static final Pattern HEX = Pattern.compile("#?([0-9A-Fa-f]{6})");

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            long number = Json.whole(value);
            if (number < 0 || number > MAX_COLOUR) {
                throw new ShapeException("expected a colour from 0 to 16777215, got " + Json.describe(value));
            }
            return new StringType(String.format(Locale.ROOT, "#%06X", number));
        }

        @Override
        public JsonElement encode(Command command) {
            if (command instanceof StringType text) {
                Matcher hex = HEX.matcher(text.toFullString().strip());
                if (hex.matches()) {
                    return new JsonPrimitive(Long.parseLong(hex.group(1), 16));
                }
            }
            throw new CommandRefusal("expects a colour as #RRGGBB, not " + Commands.describe(command));
        }
    }

    static final class TimeZoneCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            // shown in minutes, as the v2 channel of the same id
            return new QuantityType<>(BigDecimal.valueOf((Json.whole(value) - TIME_ZONE_BIAS) * MINUTES_PER_HOUR),
                    Units.MINUTE);
        }

        @Override
        public JsonElement encode(Command command) {
            BigDecimal hours = Commands.number(command, Units.HOUR);
            long whole;
            try {
                whole = hours.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                throw new CommandRefusal("takes whole hours only, not " + hours.toPlainString() + " h");
            }
            if (whole < TIME_ZONE_MIN || whole > TIME_ZONE_MAX) {
                throw new CommandRefusal(
                        "takes " + TIME_ZONE_MIN + " to " + TIME_ZONE_MAX + " h, not " + hours.toPlainString());
            }
            return new JsonPrimitive(whole + TIME_ZONE_BIAS);
        }

        @Override
        public @NonNull Unit<Time> unit() {
            return Units.HOUR;
        }
    }

    static final class ClockCodec implements Codec {
        private static final Pattern DDMMYYHHMM = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})");
        private static final int CLOCK_DIGITS = 10;

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            String text = Json.text(value).strip();
            boolean number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            if (number && text.length() == CLOCK_DIGITS - 1) {
                text = "0" + text; // sent as a number, a day before the 10th loses its leading zero
            }
            Matcher m = DDMMYYHHMM.matcher(text);
            if (!m.matches()) {
                throw new ShapeException("expected ddmmyyHHMM, got " + Json.describe(value));
            }
            try {
                LocalDateTime local = LocalDateTime.of(2000 + Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)));
                return new DateTimeType(ZonedDateTime.of(local, context.zone()));
            } catch (DateTimeException e) {
                throw new ShapeException("expected a valid date and time, got " + Json.describe(value));
            }
        }
    }

    static final class CurrentLevelCodec extends StructuredCodecs.LimitedCodec {
        CurrentLevelCodec() {
            super(Codecs.wholeQuantity(Units.AMPERE));
        }

        @Override
        void check(JsonElement encoded) {
            long amperes = encoded.getAsLong();
            if (amperes != 0 && (amperes < MIN_CURRENT || amperes > MAX_CURRENT)) {
                throw new CommandRefusal("takes 0 (level skipped) or " + MIN_CURRENT + " to " + MAX_CURRENT
                        + " A, not " + encoded.getAsString());
            }
        }
    }
}
