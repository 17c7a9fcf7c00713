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
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import javax.measure.Unit;
import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Codecs of time: the charger's clock texts, moments counted in milliseconds since boot, epoch milliseconds and the
 * charging duration object.
 */
@NonNullByDefault
final class TimeCodecs {

    static final Unit<Time> MILLISECOND = MetricPrefix.MILLI(Units.SECOND);

    private TimeCodecs() {
    }

    /** The charger's clock as text; without an offset it is UTC ({@code utc}) or the local zone ({@code loc}). */
    static final class ClockCodec implements Codec {
        private final boolean utc;

        ClockCodec(boolean utc) {
            this.utc = utc;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            try {
                ClockText clock = ClockText.parse(Json.text(value).strip());
                if (clock == null) {
                    throw new ShapeException("expected a date and time, got " + Json.describe(value));
                }
                ZoneOffset offset = clock.offset();
                ZoneId zone = offset != null ? offset : utc ? ZoneOffset.UTC : context.zone();
                ZonedDateTime moment = ZonedDateTime.of(clock.local(), zone);
                return new DateTimeType(utc ? moment.withZoneSameInstant(context.zone()) : moment);
            } catch (DateTimeException e) {
                throw new ShapeException("expected a valid date and time, got " + Json.describe(value));
            }
        }
    }

    /** A moment in milliseconds since boot ({@code lcctc}, {@code mcca}, …): a date-time once {@code rbt} is known. */
    static final class SinceBootCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            ZonedDateTime moment = context.sinceBoot(Json.whole(value));
            return moment == null ? UnDefType.UNDEF : new DateTimeType(moment);
        }

        @Override
        public BootTime bootTime() {
            return BootTime.ONCE;
        }
    }

    /** Milliseconds since 1970 ({@code tab}). */
    static final class EpochMillisCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            try {
                return new DateTimeType(Instant.ofEpochMilli(Json.whole(value)).atZone(context.zone()));
            } catch (DateTimeException e) {
                throw new ShapeException("expected milliseconds since 1970, got " + Json.describe(value));
            }
        }
    }

    /**
     * {@code cdi}: {@code {"type":1,"value":<ms>}} is a duration; {@code {"type":0,"value":<ms since boot>}} a
     * counter going up from that moment, so its duration is {@code rbt - value} and grows with uptime.
     */
    static final class ChargingDurationCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            if (!(value instanceof JsonObject object) || object.get("type") == null || object.get("value") == null) {
                throw new ShapeException("expected {\"type\":..,\"value\":..}, got " + Json.describe(value));
            }
            long type = Json.whole(object.get("type"));
            BigDecimal millis = Json.number(object.get("value"));
            if (type == 1) {
                return new QuantityType<>(millis, MILLISECOND);
            }
            if (type == 0) {
                Long uptime = context.rbt();
                return uptime == null ? UnDefType.UNDEF
                        : new QuantityType<>(BigDecimal.valueOf(uptime).subtract(millis).max(BigDecimal.ZERO),
                                MILLISECOND);
            }
            throw new ShapeException("expected type 0 or 1, got " + Json.describe(value));
        }

        @Override
        public @NonNull Unit<?> unit() {
            return MILLISECOND;
        }

        @Override
        public BootTime bootTime() {
            return BootTime.CONTINUOUS;
        }
    }
}
