/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;

/**
 * A charger is alive while its messages arrive.
 */
@NonNullByDefault
class LivenessTest {

    private final ManualClock clock = new ManualClock();
    private final Liveness liveness = new Liveness(clock);

    @Test
    void aChargerNeverHeardIsNotAlive() {
        assertFalse(liveness.isAlive());
        assertEquals(Optional.empty(), liveness.lastMessage());
        assertEquals(Optional.empty(), liveness.silence());
    }

    @Test
    void aChargerIsAliveWhileMessagesArrive() {
        for (int second = 0; second < 120; second++) {
            liveness.messageArrived();
            clock.advance(Duration.ofSeconds(1));
            assertTrue(liveness.isAlive());
        }
    }

    @Test
    void silenceLongerThanTheDefaultThirtySecondsMeansNotAliveWithTheTimeOfTheLastMessage() {
        assertEquals(Duration.ofSeconds(30), liveness.silenceLimit());
        Instant last = clock.instant();
        liveness.messageArrived();
        clock.advance(Duration.ofSeconds(30));
        assertTrue(liveness.isAlive(), "exactly the limit still counts");
        clock.advance(Duration.ofMillis(1));
        assertFalse(liveness.isAlive());
        assertEquals(Optional.of(last), liveness.lastMessage());
        assertEquals(Optional.of(Duration.ofMillis(30_001)), liveness.silence());
    }

    @Test
    void theNextMessageBringsItBack() {
        liveness.messageArrived();
        clock.advance(Duration.ofMinutes(5));
        assertFalse(liveness.isAlive());
        liveness.messageArrived();
        assertTrue(liveness.isAlive());
        assertEquals(Optional.of(clock.instant()), liveness.lastMessage());
    }

    @Test
    void theLimitIsConfigurable() {
        Liveness strict = new Liveness(clock, Duration.ofSeconds(5));
        strict.messageArrived();
        clock.advance(Duration.ofSeconds(6));
        assertFalse(strict.isAlive());
        assertThrows(IllegalArgumentException.class, () -> new Liveness(clock, Duration.ZERO));
    }

    @Test
    void resetForgetsEveryMessage() {
        liveness.messageArrived();
        liveness.reset();
        assertFalse(liveness.isAlive());
        assertEquals(Optional.empty(), liveness.lastMessage());
    }
}
