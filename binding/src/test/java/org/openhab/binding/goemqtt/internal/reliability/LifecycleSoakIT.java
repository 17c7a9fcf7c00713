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

import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario 5 at full size: 1,000 life cycles of bridge and charger. Profile reliability. */
@NonNullByDefault
@Tag("soak")
class LifecycleSoakIT {

    @Test
    void aThousandInitializeDisposeCyclesLeaveNoThreadSocketOrConnectionBehind(@TempDir Path dir) throws Exception {
        System.out.println("Life cycles (soak): " + LifecycleScenario.run(dir, 1_000));
    }
}
