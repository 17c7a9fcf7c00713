/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.types;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

@NonNullByDefault
class StateDescriptionFragmentBuilderTest {

    @Test
    void builtFragmentTurnsIntoStateDescriptionWithBounds() {
        StateDescription description = StateDescriptionFragmentBuilder.create().withMinimum(BigDecimal.valueOf(6))
                .withMaximum(BigDecimal.valueOf(32)).withStep(BigDecimal.ONE).withPattern("%d %unit%")
                .withReadOnly(false).withOption(new StateOption("6", "6 A")).build().toStateDescription();
        assertNotNull(description);
        assertEquals(BigDecimal.valueOf(6), description.getMinimum());
        assertEquals(BigDecimal.valueOf(32), description.getMaximum());
        assertEquals(BigDecimal.ONE, description.getStep());
        assertEquals("%d %unit%", description.getPattern());
        assertFalse(description.isReadOnly());
        assertEquals(List.of(new StateOption("6", "6 A")), description.getOptions());
    }

    @Test
    void emptyFragmentGivesNoStateDescription() {
        assertNull(StateDescriptionFragmentBuilder.create().build().toStateDescription());
    }

    @Test
    void builderCopiesAnExistingDescription() {
        StateDescription original = StateDescriptionFragmentBuilder.create().withMaximum(BigDecimal.TEN)
                .withReadOnly(true).build().toStateDescription();
        assertNotNull(original);
        StateDescription copy = StateDescriptionFragmentBuilder.create(original).withMinimum(BigDecimal.ONE).build()
                .toStateDescription();
        assertNotNull(copy);
        assertEquals(BigDecimal.TEN, copy.getMaximum());
        assertEquals(BigDecimal.ONE, copy.getMinimum());
        assertTrue(copy.isReadOnly());
    }
}
