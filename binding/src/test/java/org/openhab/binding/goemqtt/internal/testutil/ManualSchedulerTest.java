/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The deterministic scheduler the protocol and handler tests rely on.
 */
@NonNullByDefault
class ManualSchedulerTest {

    private final ManualClock clock = new ManualClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Instant start = clock.instant();
    private final List<String> ran = new ArrayList<>();

    @Test
    void tasksRunInOrderOfDueTimeAtTheirDueTime() {
        scheduler.schedule(() -> ran.add("b@" + elapsed()), 2, TimeUnit.SECONDS);
        scheduler.schedule(() -> ran.add("a@" + elapsed()), 1, TimeUnit.SECONDS);
        scheduler.schedule(() -> ran.add("c@" + elapsed()), 2, TimeUnit.SECONDS);
        scheduler.advance(Duration.ofMillis(1999));
        assertEquals(List.of("a@1000"), ran);
        scheduler.advance(Duration.ofSeconds(5));
        assertEquals(List.of("a@1000", "b@2000", "c@2000"), ran);
        assertEquals(start.plusMillis(6999), clock.instant());
    }

    @Test
    void cancelledTasksDoNotRun() {
        ScheduledFuture<?> task = scheduler.schedule(() -> ran.add("x"), 1, TimeUnit.SECONDS);
        assertEquals(1, scheduler.waitingTasks());
        task.cancel(false);
        assertEquals(0, scheduler.waitingTasks());
        scheduler.advance(Duration.ofSeconds(2));
        assertEquals(List.of(), ran);
    }

    @Test
    void repeatingTasksRunEveryPeriodUntilCancelled() {
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> ran.add("@" + elapsed()), 0, 10,
                TimeUnit.SECONDS);
        scheduler.advance(Duration.ofSeconds(25));
        assertEquals(List.of("@0", "@10000", "@20000"), ran);
        task.cancel(false);
        scheduler.advance(Duration.ofSeconds(25));
        assertEquals(3, ran.size());
    }

    @Test
    void aShutDownSchedulerRefusesNewTasks() {
        scheduler.shutdownNow();
        assertThrows(java.util.concurrent.RejectedExecutionException.class,
                () -> scheduler.schedule(() -> ran.add("x"), 1, TimeUnit.SECONDS));
    }

    private long elapsed() {
        return Duration.between(start, clock.instant()).toMillis();
    }
}
