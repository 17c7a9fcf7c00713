/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import javax.measure.MetricPrefix;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;

/**
 * An API v1 charger's quantities are printed in the units the same channels have on an API v2 charger; what the
 * console keeps is what the handler posted.
 */
@NonNullByDefault
class ShownUnitsTest {

    private final ShownUnits shown = ShownUnits.ofV2Channels();

    @Test
    void v1ScalingIsShownInTheV2ChannelsUnitsRoundedToThreeDecimals() {
        assertEquals(new QuantityType<>(11040, Units.WATT),
                shown.apply("energy#power", new QuantityType<>(1104, MetricPrefix.DECA(Units.WATT))));
        assertEquals("15.9 A", shown.apply("phases#current-l2",
                new QuantityType<>(159, MetricPrefix.DECI(Units.AMPERE))).toString());
        assertEquals("0.619 Wh", shown.apply("energy#session-energy",
                new QuantityType<>(223, MetricPrefix.DECA(Units.JOULE))).toString());
    }

    @Test
    void otherStatesAndChannelsWithoutAV2UnitAreShownAsPosted() {
        QuantityType<?> amps = new QuantityType<>(16, Units.AMPERE);
        assertSame(amps, shown.apply("charging#requested-current", amps));
        DecimalType code = new DecimalType(2);
        assertSame(code, shown.apply("status#car-state", code));
        QuantityType<?> unknown = new QuantityType<>(5, MetricPrefix.DECI(Units.AMPERE));
        assertSame(unknown, shown.apply("raw#xyz", unknown));
    }

    @Test
    void theConsolePrintsTheShownStateAndKeepsThePostedOne() {
        List<String> lines = new ArrayList<>();
        ConsoleCallback callback = new ConsoleCallback(lines::add, BindingTexts.load(), channel -> true,
                Runnable::run, shown);
        ChannelUID power = new ChannelUID("goemqtt:charger-v1:demo:000001:energy#power");
        QuantityType<?> posted = new QuantityType<>(693, MetricPrefix.DECA(Units.WATT));

        callback.stateUpdated(power, posted);

        assertEquals(List.of("  000001 energy#power = 6930 W"), lines);
        assertEquals(posted, callback.state(power));
    }
}
