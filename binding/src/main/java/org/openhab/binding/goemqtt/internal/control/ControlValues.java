/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Type;
import org.openhab.core.types.UnDefType;

/**
 * Numbers out of openHAB commands and states for the control parts: a {@link QuantityType} in any unit of the
 * wanted dimension is converted ({@code 1.2 kW} → {@code 1200} W), a plain {@link DecimalType} is taken as already
 * being in the wanted unit.
 */
@NonNullByDefault
public final class ControlValues {

    private ControlValues() {
    }

    /** {@code value} in {@code unit}; null when it is no number or a quantity of another dimension. */
    public static @Nullable BigDecimal inUnit(Type value, Unit<?> unit) {
        if (value instanceof QuantityType<?> quantity) {
            QuantityType<?> converted = quantity.toUnit(unit);
            return converted == null ? null : converted.toBigDecimal();
        } else if (value instanceof DecimalType decimal) {
            return decimal.toBigDecimal();
        }
        return null;
    }

    /** Whole watts, rounded half away from zero ({@code 1234.5} → {@code 1235}, {@code -0.4} → {@code 0}). */
    public static long wholeWatts(BigDecimal watts) {
        return watts.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /** Whether {@code value} means "no value / switch it off": UNDEF, NULL, OFF or the text {@code off}. */
    public static boolean meansOff(Type value) {
        return value instanceof UnDefType || value == OnOffType.OFF
                || (value instanceof StringType text && "off".equals(text.toString().strip().toLowerCase(Locale.ROOT)));
    }
}
