/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * v1 commands end by what later statuses show: confirmed, unconfirmed after the configured periods, not sent.
 */
@NonNullByDefault
class V1CommandTrackerTest {

    private static final V1Topics TOPICS = new V1Topics(BaseTopic.of("/go-eCharger/123345/"));

    private final ManualClock clock = new ManualClock();
    private final FakeTransport transport = connected();

    private static FakeTransport connected() {
        FakeTransport transport = new FakeTransport();
        transport.start(new org.openhab.binding.goemqtt.internal.testutil.RecordingListener());
        return transport;
    }

    private static V1Status status(String... keyValues) {
        Map<String, JsonElement> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], new JsonPrimitive(keyValues[i + 1]));
        }
        return new V1Status(values, List.of());
    }

    @Test
    void aCommandIsPublishedAsTextOnCmdReqAndConfirmedByTheNextStatusShowingIt() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 3);
        CompletableFuture<CommandOutcome> outcome = tracker.send(transport, TOPICS, "alw", new JsonPrimitive(true));
        assertEquals(List.of("alw=1"), transport.publishedTo("/go-eCharger/123345/cmd/req"));
        assertFalse(outcome.isDone());
        assertEquals("1", tracker.waitingValue("alw"));

        tracker.statusArrived(status("alw", "0", "amp", "16"));
        assertFalse(outcome.isDone(), "a status taken before the command arrived");
        tracker.statusArrived(status("alw", "1", "amp", "16"));
        CommandOutcome ended = outcome.join();
        assertEquals(CommandStatus.CONFIRMED, ended.status());
        assertEquals("alw", ended.key());
        assertEquals("1", ended.payload());
        assertEquals(0, tracker.pending());
    }

    @Test
    void aCommandNoStatusShowsEndsUnconfirmedAfterTheConfiguredPeriods() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 2);
        CompletableFuture<CommandOutcome> outcome = tracker.send(transport, TOPICS, "amx", new JsonPrimitive(10));
        tracker.statusArrived(status("amx", "16"));
        assertFalse(outcome.isDone());
        tracker.statusArrived(status("amx", "16"));
        assertEquals(CommandStatus.UNCONFIRMED, outcome.join().status());
        assertEquals("the value did not show in 2 status periods", outcome.join().detail());
    }

    @Test
    void amxIsShownByAmpWhereTheStatusHoldsNoAmx() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 3);
        CompletableFuture<CommandOutcome> outcome = tracker.send(transport, TOPICS, "amx", new JsonPrimitive(8));
        tracker.statusArrived(status("amp", "16"));
        assertFalse(outcome.isDone());
        tracker.statusArrived(status("amp", "8"));
        assertEquals(CommandStatus.CONFIRMED, outcome.join().status());
        CompletableFuture<CommandOutcome> shownByAmx = tracker.send(transport, TOPICS, "amx", new JsonPrimitive(9));
        tracker.statusArrived(status("amx", "16", "amp", "9"));
        assertFalse(shownByAmx.isDone(), "where the status has amx, amx decides");
    }

    @Test
    void aPublishFailureOrNoConnectionIsNotSent() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 3);
        assertEquals(CommandStatus.NOT_SENT, tracker.send(null, TOPICS, "alw", new JsonPrimitive(1)).join().status());
        transport.failPublishes("in-flight window full");
        CommandOutcome failed = tracker.send(transport, TOPICS, "alw", new JsonPrimitive(1)).join();
        assertEquals(CommandStatus.NOT_SENT, failed.status());
        assertEquals(0, tracker.pending());
        CommandOutcome unsayable = tracker.send(transport, TOPICS, "alw", new com.google.gson.JsonArray()).join();
        assertEquals(CommandStatus.NOT_SENT, unsayable.status());
    }

    @Test
    void aNewerCommandToTheKeySupersedesTheWaitingOne() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 3);
        CompletableFuture<CommandOutcome> first = tracker.send(transport, TOPICS, "amx", new JsonPrimitive(8));
        CompletableFuture<CommandOutcome> second = tracker.send(transport, TOPICS, "amx", new JsonPrimitive(12));
        assertEquals(V1CommandTracker.SUPERSEDED, first.join().detail());
        tracker.statusArrived(status("amx", "12"));
        assertEquals(CommandStatus.CONFIRMED, second.join().status());
    }

    @Test
    void aLostConnectionEndsWaitingCommandsAndClosingCancelsThem() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 3);
        CompletableFuture<CommandOutcome> lost = tracker.send(transport, TOPICS, "alw", new JsonPrimitive(1));
        tracker.connectionLost("the charger is silent");
        assertEquals(CommandStatus.UNCONFIRMED, lost.join().status());
        assertEquals("no status: the charger is silent", lost.join().detail());
        CompletableFuture<CommandOutcome> open = tracker.send(transport, TOPICS, "alw", new JsonPrimitive(0));
        tracker.close();
        assertTrue(open.isCancelled());
        assertEquals(CommandStatus.NOT_SENT, tracker.send(transport, TOPICS, "alw", new JsonPrimitive(0)).join()
                .status());
    }

    @Test
    void secretsNeverShowInAnOutcome() {
        V1CommandTracker tracker = new V1CommandTracker(clock, 1);
        CompletableFuture<CommandOutcome> outcome = tracker.send(transport, TOPICS, "wke",
                new JsonPrimitive("hunter2"));
        assertEquals(List.of("wke=hunter2"), transport.publishedTo(TOPICS.commandTopic()), "the charger needs it");
        tracker.statusArrived(status("wke", "********"));
        assertEquals("***", outcome.join().payload());
        assertFalse(outcome.join().toString().contains("hunter2"));
    }

    @Test
    void periodsOutsideOneToTwentyAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new V1CommandTracker(clock, 0));
        assertThrows(IllegalArgumentException.class, () -> new V1CommandTracker(clock, 21));
    }
}
