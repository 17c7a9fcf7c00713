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

import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Codecs of numbers and switches: quantities with a unit, plain numbers, codes of enumerated keys, booleans.
 */
@NonNullByDefault
final class NumericCodecs {

    private NumericCodecs() {
    }

    /** A number in {@code unit}; commands are converted to {@code unit} first. */
    static final class QuantityCodec<Q extends Quantity<Q>> implements Codec {
        private final Unit<Q> unit;
        private final boolean whole;
        /**
         * Values up to this size convert to a finite number in every unit of the catalog (dBm overflows above 3083);
         * only larger ones are checked, as the unit library's conversion of a fraction costs microseconds.
         */
        private static final BigDecimal ALWAYS_CONVERTIBLE = BigDecimal.valueOf(1000);
        /** To the system unit, found once: finding it costs tens of microseconds for units such as Wh. */
        private final @Nullable UnitConverter toSystemUnit;
        /** States made before: readings repeat, and the unit library is slow to make a quantity (see StateCache). */
        private final StateCache states = new StateCache();

        QuantityCodec(Unit<Q> unit, boolean whole) {
            this.unit = unit;
            this.whole = whole;
            UnitConverter converter;
            try {
                converter = unit.getConverterToAny(unit.getSystemUnit());
            } catch (IncommensurableException | UnconvertibleException e) {
                converter = null;
            }
            this.toSystemUnit = converter;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            long whole = Json.wholeNumber(value);
            if (whole != Json.NOT_WHOLE) {
                State known = states.get(whole);
                if (known != null) {
                    return known;
                }
                State made = quantity(BigDecimal.valueOf(whole), value);
                states.put(whole, made);
                return made;
            }
            BigDecimal number = Json.number(value);
            State known = states.get(number);
            if (known != null) {
                return known;
            }
            State made = quantity(number, value);
            states.put(number, made);
            return made;
        }

        private State quantity(BigDecimal number, JsonElement value) {
            try {
                QuantityType<Q> quantity = new QuantityType<>(number, unit);
                // comparing states converts to the system unit: a logarithmic unit (dBm) overflows there long
                // before a double does, so such a value is refused here and not when it is compared later
                UnitConverter converter = toSystemUnit;
                if (converter != null && number.abs().compareTo(ALWAYS_CONVERTIBLE) > 0
                        && !Double.isFinite(converter.convert(number.doubleValue()))) {
                    throw new ArithmeticException("overflow");
                }
                return quantity;
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new ShapeException("number out of range for " + unit + ": " + Json.describe(value));
            }
        }

        @Override
        public JsonElement encode(Command command) {
            return Commands.json(Commands.number(command, unit), whole);
        }

        @Override
        public @NonNull Unit<?> unit() {
            return unit;
        }
    }

    /** A number without unit (counts, prices in ct/kWh, port numbers). */
    static final class NumberCodec implements Codec {
        private final boolean whole;

        NumberCodec(boolean whole) {
            this.whole = whole;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return new DecimalType(Json.number(value));
        }

        @Override
        public JsonElement encode(Command command) {
            return Commands.json(Commands.number(command, null), whole);
        }
    }

    /**
     * A code of an enumerated key, as a number with state options. Unknown codes decode like known ones (the UI
     * shows the number); only known codes are written.
     */
    static final class CodeCodec implements Codec {
        private final CodeList codes;

        CodeCodec(CodeList codes) {
            this.codes = codes;
        }

        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return new DecimalType(BigDecimal.valueOf(Json.whole(value)));
        }

        @Override
        public JsonElement encode(Command command) {
            BigDecimal number = Commands.number(command, null);
            long code;
            try {
                code = number.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                code = -1;
            }
            if (code < 0 || !codes.contains(code)) {
                throw new CommandRefusal("takes " + codes.describe() + ", not " + number.toPlainString());
            }
            return new JsonPrimitive(code);
        }

        @Override
        public @NonNull CodeList codes() {
            return codes;
        }
    }

    /** A boolean: ON/OFF; also read from 0/1 and "true"/"false". */
    static final class SwitchCodec implements Codec {
        @Override
        public State decode(JsonElement value, DecodeContext context) {
            return Json.bool(value) ? OnOffType.ON : OnOffType.OFF;
        }

        @Override
        public JsonElement encode(Command command) {
            if (command instanceof OnOffType onOff) {
                return new JsonPrimitive(onOff == OnOffType.ON);
            }
            throw new CommandRefusal("expects ON or OFF, not " + Commands.describe(command));
        }
    }
}
