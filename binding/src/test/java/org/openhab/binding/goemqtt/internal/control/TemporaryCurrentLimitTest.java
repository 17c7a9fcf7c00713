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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;

/**
 * The temporary current limit keeper against a recording sink and a clock that moves only when told.
 */
@NonNullByDefault
class TemporaryCurrentLimitTest {

    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink(clock);
    private final TemporaryCurrentLimit tcl = new TemporaryCurrentLimit(sink, clock);

    /** Ticks every 10 s for {@code minutes} minutes. */
    private void tickForMinutes(int minutes) {
        for (int i = 0; i < minutes * 6; i++) {
            clock.advanceSeconds(10);
            tcl.tick();
        }
    }

    @Test
    void aLimitIsRefreshedEveryFiveMinutesUntilClearedThenNullIsSentOnce() {
        tcl.set(10);
        tickForMinutes(16);
        tcl.clear();
        tickForMinutes(20);

        assertEquals(List.of("12:00:00 tcl/set 10", "12:05:00 tcl/set 10", "12:10:00 tcl/set 10",
                "12:15:00 tcl/set 10", "12:16:00 tcl/set null"), sink.traffic());
        assertEquals(OptionalInt.empty(), tcl.limit());
    }

    @Test
    void everyGapBetweenTwoSetsStaysWellUnderTheChargersTenMinutes() {
        tcl.set(8);
        tickForMinutes(60);

        List<LocalTime> times = sink.sent().stream().map(s -> LocalTime.parse(s.time())).toList();
        assertEquals(13, times.size());
        for (int i = 1; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - 1), times.get(i));
            assertTrue(gap.compareTo(TemporaryCurrentLimit.CHARGER_EXPIRY) < 0, "gap " + gap);
        }
    }

    @Test
    void aRefreshWithoutAnswerIsRetriedAfterThirtySeconds() {
        tcl.set(12);
        clock.advance(Duration.ofMinutes(5));
        sink.answerNext(CommandStatus.TIMEOUT, "no answer on /result within 5 s");
        tcl.tick();
        tickForMinutes(1);

        assertEquals(List.of("12:00:00 tcl/set 12", "12:05:00 tcl/set 12", "12:05:30 tcl/set 12"), sink.traffic());
    }

    @Test
    void aFirstSetThatWasNotSentIsRetriedUntilItGetsThrough() {
        sink.answerNext(CommandStatus.NOT_SENT, "not connected").answerNext(CommandStatus.NOT_SENT, "not connected");
        tcl.set(9);
        tickForMinutes(2);

        assertEquals(List.of("12:00:00 tcl/set 9", "12:00:30 tcl/set 9", "12:01:00 tcl/set 9"), sink.traffic());
        assertEquals(OptionalInt.of(9), tcl.limit());
    }

    @Test
    void aLimitTheChargerRefusesIsNotKeptAlive() {
        sink.answerNext(CommandStatus.REJECTED, "Value 40 exceeds range 6 to 16");
        tcl.set(40);
        tickForMinutes(12);

        assertEquals(List.of("12:00:00 tcl/set 40"), sink.traffic());
        assertEquals(OptionalInt.empty(), tcl.limit());
    }

    @Test
    void aNewLimitReplacesTheOldOneInTheRefreshes() {
        tcl.set(10);
        clock.advance(Duration.ofMinutes(2));
        tcl.set(7);
        tickForMinutes(5);

        assertEquals(List.of("12:00:00 tcl/set 10", "12:02:00 tcl/set 7", "12:07:00 tcl/set 7"), sink.traffic());
    }

    @Test
    void aRestoredConnectionSendsAKeptLimitAtOnce() {
        tcl.set(11);
        clock.advance(Duration.ofMinutes(1));
        tcl.connectionRestored();

        assertEquals(List.of("12:00:00 tcl/set 11", "12:01:00 tcl/set 11"), sink.traffic());
    }

    @Test
    void withoutALimitNothingIsEverSent() {
        tcl.connectionRestored();
        tickForMinutes(30);

        assertEquals(List.of(), sink.sent());
    }

    @Test
    void aRefreshPeriodThatCouldLetTheLimitExpireIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TemporaryCurrentLimit(sink, clock, TemporaryCurrentLimit.CHARGER_EXPIRY));
        assertThrows(IllegalArgumentException.class,
                () -> new TemporaryCurrentLimit(sink, clock, Duration.ofSeconds(5)));
    }
}
