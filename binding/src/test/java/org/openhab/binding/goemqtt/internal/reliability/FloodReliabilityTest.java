/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/** Scenario 4, short: 10,000 messages per second for 3 s from 20 chargers. The full minute: {@link FloodSoakTest}. */
@NonNullByDefault
class FloodReliabilityTest {

    @Test
    void aShortFloodLeavesTheHeapBoundedAndDisposedChargersQuiet() throws Exception {
        System.out.println("Flood (short): " + FloodScenario.run(10_000, Duration.ofSeconds(3)));
    }
}
