/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/** The statistics the figures report. */
@NonNullByDefault
class SamplesTest {

    @Test
    void percentilesAreNearestRankOfTheSortedValues() {
        Samples samples = new Samples();
        for (int value = 100; value >= 1; value--) {
            samples.add(value);
        }
        assertEquals(50, samples.median());
        assertEquals(99, samples.percentile(99));
        assertEquals(100, samples.percentile(100));
        assertEquals(1, samples.min());
        assertEquals(100, samples.max());
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleValue() {
        Samples samples = new Samples().add(4).add(1).add(3).add(2);
        assertEquals(2, samples.median());
    }

    @Test
    void describesMedianAndRange() {
        Samples samples = new Samples().add(2.5).add(1).add(10);
        assertEquals("2.5 (1.0–10.0)", samples.describe(1));
    }

    @Test
    void withoutSamplesThereIsNoFigure() {
        assertThrows(IllegalStateException.class, () -> new Samples().median());
    }
}
