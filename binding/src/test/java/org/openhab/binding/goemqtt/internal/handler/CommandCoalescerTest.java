/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.handler.CommandCoalescer.Waiting;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;

/**
 * The coalescer sends the first command to an idle key at once, lets later ones within the window replace each other,
 * and sends the last of them when the window ends.
 */
@NonNullByDefault
class CommandCoalescerTest {

    private static final Duration HALF_WINDOW = CommandCoalescer.WINDOW.dividedBy(2);

    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock());
    private final List<String> sent = new ArrayList<>();
    private Consumer<Waiting> sender = command -> sent.add(command.key() + "=" + command.value());
    private final CommandCoalescer coalescer = new CommandCoalescer(scheduler, command -> sender.accept(command));

    @Test
    void aLoneCommandIsSentAtOnceAndOnlyOnce() {
        submit("amp", 16);
        assertEquals(List.of("amp=16"), sent);
        scheduler.advance(CommandCoalescer.WINDOW.multipliedBy(5));
        assertEquals(List.of("amp=16"), sent);
        assertEquals(0, coalescer.waiting());
    }

    @Test
    void commandsWithinTheWindowReplaceEachOtherAndTheLastIsSentWhenItEnds() {
        submit("amp", 6);
        scheduler.advance(HALF_WINDOW);
        submit("amp", 7);
        submit("amp", 8);
        assertEquals(List.of("amp=6"), sent);
        assertEquals(1, coalescer.waiting());

        scheduler.advance(HALF_WINDOW);
        assertEquals(List.of("amp=6", "amp=8"), sent, "7 was replaced and never sent");
        scheduler.advance(CommandCoalescer.WINDOW.multipliedBy(5));
        assertEquals(List.of("amp=6", "amp=8"), sent);
    }

    @Test
    void aSliderDraggedAcrossTwentyValuesSendsTheFirstAndTheLast() {
        for (int amps = 6; amps < 26; amps++) {
            submit("amp", amps);
        }
        assertEquals(List.of("amp=6"), sent);
        scheduler.advance(CommandCoalescer.WINDOW.multipliedBy(5));
        assertEquals(List.of("amp=6", "amp=25"), sent);
    }

    @Test
    void theSendAtTheEndOfAWindowOpensTheNextOne() {
        submit("amp", 6);
        scheduler.advance(HALF_WINDOW);
        submit("amp", 7);
        scheduler.advance(HALF_WINDOW.multipliedBy(2)); // 7 was sent when the first window ended, half a window ago
        submit("amp", 8);
        assertEquals(List.of("amp=6", "amp=7"), sent, "8 waits for the end of the window 7 opened");
        scheduler.advance(HALF_WINDOW);
        assertEquals(List.of("amp=6", "amp=7", "amp=8"), sent);

        scheduler.advance(CommandCoalescer.WINDOW); // the window 8 opened ends with nothing waiting
        submit("amp", 9);
        assertEquals(List.of("amp=6", "amp=7", "amp=8", "amp=9"), sent, "an idle key sends at once again");
    }

    @Test
    void keysDoNotHoldEachOtherBack() {
        submit("amp", 6);
        submit("amp", 7);
        submit("frc", 2);
        assertEquals(List.of("amp=6", "frc=2"), sent);
        scheduler.advance(CommandCoalescer.WINDOW);
        assertEquals(List.of("amp=6", "frc=2", "amp=7"), sent);
    }

    @Test
    void aCommandWaitingNeverOvertakesTheSendThatOpenedTheWindow() {
        sender = command -> {
            if (sent.isEmpty() && command.value().getAsInt() == 6) {
                submit("amp", 7); // arrives on another thread while the first send is still running
                scheduler.advance(CommandCoalescer.WINDOW); // and the send takes a whole window
            }
            sent.add(command.key() + "=" + command.value());
        };
        submit("amp", 6);
        assertEquals(List.of("amp=6"), sent);
        scheduler.advance(CommandCoalescer.WINDOW);
        assertEquals(List.of("amp=6", "amp=7"), sent);
    }

    @Test
    void closingDropsTheWaitingCommandAndIgnoresLaterOnes() {
        submit("amp", 6);
        submit("amp", 7);
        coalescer.close();
        submit("amp", 8);
        scheduler.advance(CommandCoalescer.WINDOW.multipliedBy(5));
        assertEquals(List.of("amp=6"), sent);
        assertEquals(0, scheduler.waitingTasks());
    }

    @Test
    void withoutASchedulerEveryCommandIsSentAtOnce() {
        scheduler.shutdown();
        submit("amp", 6);
        submit("amp", 7);
        assertEquals(List.of("amp=6", "amp=7"), sent);
        assertEquals(0, coalescer.waiting());
    }

    private void submit(String key, int value) {
        coalescer.submit("charging#" + key, key, JsonValues.of(value));
    }
}
