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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Scenario 3 at full size: 100,000 malformed messages (100 of them 1 MB) on one charger. Profile reliability. */
@NonNullByDefault
@Tag("soak")
class MalformedInputSoakTest {

    @Test
    void aHundredThousandMalformedMessagesLeaveTheChargerOnlineAndTheHeapBounded() throws Exception {
        System.out.println("Malformed input (soak): " + BadInputReliabilityTest.malformedRun(100_000, 1_000));
    }
}
