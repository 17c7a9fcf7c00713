/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.transport;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The delays between reconnect attempts.
 */
@NonNullByDefault
class ReconnectBackoffTest {

    @Test
    void doublesFromTheMinimumUpToTheMaximumAndStaysThere() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
        List<Long> seconds = Stream.generate(backoff::next).limit(9).map(Duration::toSeconds).toList();
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds);
    }

    @Test
    void startsAgainAtTheMinimumAfterReset() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(300), Duration.ofSeconds(1));
        backoff.next();
        backoff.next();
        assertEquals(Duration.ofSeconds(1), backoff.next());
        backoff.reset();
        assertEquals(Duration.ofMillis(300), backoff.next());
    }

    @Test
    void refusesAnEmptyOrInvertedRange() {
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
