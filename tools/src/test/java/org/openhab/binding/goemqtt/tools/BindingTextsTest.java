/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;

/**
 * Status descriptions and states read the way openHAB shows them.
 */
@NonNullByDefault
class BindingTextsTest {

    private final BindingTexts texts = BindingTexts.load();

    @Test
    void aDescriptionWithArgumentsIsRenderedFromTheBindingsTexts() {
        assertEquals("fna=ʺgoʺ rejected: too short",
                texts.description("@text/online.command-rejected [ \"fna\", \"ʺgoʺ\", \"too short\" ]"));
    }

    @Test
    void plainTextsAndUnknownKeysAreShownAsTheyAre() {
        assertEquals("plain words", texts.description("plain words"));
        assertEquals("@text/no.such.key [ \"a\" ]", texts.description("@text/no.such.key [ \"a\" ]"));
        assertEquals("", texts.description(null));
    }

    @Test
    void aCodedStateCarriesItsOptionLabel() {
        assertEquals("status#car-state = 2 (Charging)", texts.state("status#car-state", new DecimalType(2)));
        assertEquals("status#car-state = 9", texts.state("status#car-state", new DecimalType(9)));
        assertEquals("charging#requested-current = 10 A",
                texts.state("charging#requested-current", new QuantityType<>(10, Units.AMPERE)));
    }
}
