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

import javax.measure.Quantity;
import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.catalog.NumericCodecs.CodeCodec;
import org.openhab.binding.goemqtt.internal.catalog.NumericCodecs.NumberCodec;
import org.openhab.binding.goemqtt.internal.catalog.NumericCodecs.QuantityCodec;
import org.openhab.binding.goemqtt.internal.catalog.NumericCodecs.SwitchCodec;
import org.openhab.binding.goemqtt.internal.catalog.StructuredCodecs.JsonCodec;
import org.openhab.binding.goemqtt.internal.catalog.StructuredCodecs.Shape;
import org.openhab.binding.goemqtt.internal.catalog.TextCodecs.HiddenCodec;
import org.openhab.binding.goemqtt.internal.catalog.TextCodecs.ListCodec;
import org.openhab.binding.goemqtt.internal.catalog.TextCodecs.MaskedJsonCodec;
import org.openhab.binding.goemqtt.internal.catalog.TextCodecs.RawCodec;
import org.openhab.binding.goemqtt.internal.catalog.TextCodecs.TextCodec;
import org.openhab.binding.goemqtt.internal.catalog.TextCodecs.TextMode;
import org.openhab.binding.goemqtt.internal.catalog.TimeCodecs.ChargingDurationCodec;
import org.openhab.binding.goemqtt.internal.catalog.TimeCodecs.ClockCodec;
import org.openhab.binding.goemqtt.internal.catalog.TimeCodecs.EpochMillisCodec;
import org.openhab.binding.goemqtt.internal.catalog.TimeCodecs.SinceBootCodec;

/**
 * The codecs the key table uses, by what the value means.
 */
@NonNullByDefault
public final class Codecs {

    private static final Codec NUMBER = new NumberCodec(false);
    private static final Codec WHOLE_NUMBER = new NumberCodec(true);
    private static final Codec ON_OFF = new SwitchCodec();
    private static final Codec TEXT = new TextCodec(TextMode.PLAIN);
    private static final Codec TEXT_OR_DEFAULT = new TextCodec(TextMode.EMPTY_RESETS);
    private static final Codec MASKED_URL = new TextCodec(TextMode.MASKED_URL);
    private static final Codec SECRET = new TextCodec(TextMode.SECRET);
    private static final Codec PRESENCE = new TextCodec(TextMode.PRESENCE);
    private static final Codec ID_SUFFIX = new TextCodec(TextMode.ID_SUFFIX);
    private static final Codec MASKED_JSON = new MaskedJsonCodec();
    private static final Codec NUMBER_LIST = new ListCodec(true);
    private static final Codec TEXT_LIST = new ListCodec(false);
    private static final Codec RAW = new RawCodec();
    private static final Codec HIDDEN = new HiddenCodec();
    private static final Codec UTC_CLOCK = new ClockCodec(true);
    private static final Codec LOCAL_CLOCK = new ClockCodec(false);
    private static final Codec SINCE_BOOT = new SinceBootCodec();
    private static final Codec EPOCH_MILLIS = new EpochMillisCodec();
    private static final Codec CHARGING_DURATION = new ChargingDurationCodec();
    private static final Codec JSON_OBJECT = new JsonCodec(Shape.OBJECT, false);
    private static final Codec JSON_ARRAY = new JsonCodec(Shape.ARRAY, false);
    private static final Codec JSON_ANY = new JsonCodec(Shape.ANY, false);
    private static final Codec WRITABLE_JSON_OBJECT = new JsonCodec(Shape.OBJECT, true);
    private static final Codec WRITABLE_JSON_ARRAY = new JsonCodec(Shape.ARRAY, true);

    private Codecs() {
    }

    /** A number in {@code unit}. */
    public static <Q extends Quantity<Q>> Codec quantity(Unit<Q> unit) {
        return new QuantityCodec<>(unit, false);
    }

    /** A whole number in {@code unit}: written values must be whole after conversion ({@code amp}). */
    public static <Q extends Quantity<Q>> Codec wholeQuantity(Unit<Q> unit) {
        return new QuantityCodec<>(unit, true);
    }

    /** A number without unit. */
    public static Codec number() {
        return NUMBER;
    }

    /** A whole number without unit. */
    public static Codec wholeNumber() {
        return WHOLE_NUMBER;
    }

    /** A code of an enumerated key. */
    public static Codec code(CodeList codes) {
        return new CodeCodec(codes);
    }

    public static Codec onOff() {
        return ON_OFF;
    }

    public static Codec text() {
        return TEXT;
    }

    /** Text where an empty command resets the key to the charger's default (JSON null). */
    public static Codec textOrDefault() {
        return TEXT_OR_DEFAULT;
    }

    /** A URL whose user info and query values show as {@code ***}; a command holding {@code ***} is refused. */
    public static Codec maskedUrl() {
        return MASKED_URL;
    }

    /** Written only, never shown. */
    public static Codec secret() {
        return SECRET;
    }

    /** A key, certificate or token: shows {@code set} or {@code not set}, written as the whole text. */
    public static Codec presence() {
        return PRESENCE;
    }

    /** An identifier that works as a credential: shows {@code ***} and its last four characters. */
    public static Codec idSuffix() {
        return ID_SUFFIX;
    }

    /** A structured value as JSON text with its secret-named fields masked; read only. */
    public static Codec maskedJson() {
        return MASKED_JSON;
    }

    /** An array of numbers as {@code "6, 10, 16"}, writable. */
    public static Codec numberList() {
        return NUMBER_LIST;
    }

    /** An array of strings as one comma separated text. */
    public static Codec textList() {
        return TEXT_LIST;
    }

    /** The JSON text of a value (keys the catalog does not know). */
    public static Codec raw() {
        return RAW;
    }

    /** A key known on purpose and never shown. */
    public static Codec hidden() {
        return HIDDEN;
    }

    public static Codec utcClock() {
        return UTC_CLOCK;
    }

    public static Codec localClock() {
        return LOCAL_CLOCK;
    }

    /** Milliseconds since boot as a date-time. */
    public static Codec sinceBoot() {
        return SINCE_BOOT;
    }

    /** Milliseconds since 1970 as a date-time. */
    public static Codec epochMillis() {
        return EPOCH_MILLIS;
    }

    /** A JSON object shown as its JSON text (read only). */
    public static Codec jsonObject() {
        return JSON_OBJECT;
    }

    /** A JSON array shown as its JSON text (read only). */
    public static Codec jsonArray() {
        return JSON_ARRAY;
    }

    /** Any JSON value shown as its JSON text (read only): undocumented "legacy" layouts. */
    public static Codec json() {
        return JSON_ANY;
    }

    /** A JSON object shown as its JSON text; a command's text is sent as that JSON object. */
    public static Codec writableJsonObject() {
        return WRITABLE_JSON_OBJECT;
    }

    /** A JSON array shown as its JSON text; a command's text is sent as that JSON array. */
    public static Codec writableJsonArray() {
        return WRITABLE_JSON_ARRAY;
    }

    /** {@code codec}, writing only numbers from {@code min} to {@code max} (in the key's unit). */
    public static Codec ranged(Codec codec, long min, long max) {
        return new StructuredCodecs.RangedCodec(codec, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** Text of {@code minLength} to {@code maxLength} characters. */
    public static Codec text(int minLength, int maxLength) {
        return new StructuredCodecs.BoundedTextCodec(TEXT, minLength, maxLength);
    }

    /** The {@code cdi} object as a duration. */
    public static Codec chargingDuration() {
        return CHARGING_DURATION;
    }
}
