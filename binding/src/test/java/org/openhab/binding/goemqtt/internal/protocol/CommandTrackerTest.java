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
import static org.openhab.binding.goemqtt.internal.protocol.CommandStatus.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.ResultAnswer;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.SetEcho;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;

import com.google.gson.JsonParser;

/**
 * Tracking {@code /set} commands to their outcome, on a manual clock and scheduler.
 */
@NonNullByDefault
class CommandTrackerTest {

    private static final Duration LIMIT = CommandTracker.DEFAULT_TIMEOUT;

    private final ManualClock clock = new ManualClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final CommandTracker tracker = new CommandTracker(clock, scheduler);
    private final List<CommandOutcome> heard = new ArrayList<>();

    @BeforeEach
    void listen() {
        tracker.addListener(heard::add);
    }

    @Test
    void resultSuccessConfirmsTheOldestPendingCommand() {
        TrackedCommand command = tracker.register("frc", JsonValues.of(2));
        assertFalse(command.outcome().isDone());
        assertEquals(1, tracker.pending("frc"));

        clock.advance(Duration.ofMillis(120));
        tracker.accept(new ResultAnswer("frc", "success"));

        CommandOutcome outcome = command.outcome().getNow(null);
        assertEquals(new CommandOutcome("frc", "2", CONFIRMED, "success", command.sentAt(),
                command.sentAt().plusMillis(120)), outcome);
        assertTrue(outcome.isConfirmed());
        assertEquals(List.of(outcome), heard);
        assertEquals(0, tracker.pending());
    }

    @Test
    void aRefusalCarriesTheChargersTextVerbatim() {
        TrackedCommand command = tracker.register("fna", JsonValues.of("go"));
        tracker.accept(new ResultAnswer("fna", "String length  2 exceeds range 4 to 64 \"go\""));
        CommandOutcome outcome = command.outcome().getNow(null);
        assertEquals(REJECTED, outcome.status());
        assertEquals("String length  2 exceeds range 4 to 64 \"go\"", outcome.detail());
        assertEquals("\"go\"", outcome.payload());
    }

    @Test
    void severalCommandsToOneKeyAreAnsweredInOrder() {
        TrackedCommand first = tracker.register("amp", JsonValues.of(6));
        TrackedCommand second = tracker.register("amp", JsonValues.of(40));
        TrackedCommand third = tracker.register("amp", JsonValues.of(10));
        assertEquals(3, tracker.pending("amp"));

        tracker.accept(new ResultAnswer("amp", "success"));
        tracker.accept(new ResultAnswer("amp", "value 40 out of range"));
        tracker.accept(new ResultAnswer("amp", "success"));

        assertEquals(List.of(CONFIRMED, REJECTED, CONFIRMED), statuses(first, second, third));
        assertEquals(List.of("6", "40", "10"), heard.stream().map(CommandOutcome::payload).toList());
    }

    @Test
    void answersOnOtherKeysDoNotDecideACommand() {
        TrackedCommand amp = tracker.register("amp", JsonValues.of(6));
        TrackedCommand frc = tracker.register("frc", JsonValues.of(1));
        tracker.accept(new ResultAnswer("frc", "success"));
        assertFalse(amp.outcome().isDone());
        assertEquals(CONFIRMED, frc.outcome().getNow(null).status());
    }

    @Test
    void noAnswerWithinTheTimeoutEndsInTimeout() {
        TrackedCommand command = tracker.register("frc", JsonValues.of(2));
        scheduler.advance(LIMIT.minusMillis(1));
        assertFalse(command.outcome().isDone());

        scheduler.advance(Duration.ofMillis(1));
        CommandOutcome outcome = command.outcome().getNow(null);
        assertEquals(TIMEOUT, outcome.status());
        assertEquals("no answer on /result within 5 s", outcome.detail());
        assertEquals(command.sentAt().plus(LIMIT), outcome.decidedAt());
        assertEquals(0, tracker.pending());
    }

    @Test
    void theTimeoutIsConfigurable() {
        CommandTracker quick = new CommandTracker(clock, scheduler, Duration.ofMillis(1500));
        TrackedCommand command = quick.register("frc", JsonValues.of(2));
        scheduler.advance(Duration.ofMillis(1500));
        assertEquals("no answer on /result within 1500 ms", command.outcome().getNow(null).detail());
        assertThrows(IllegalArgumentException.class, () -> new CommandTracker(clock, scheduler, Duration.ZERO));
    }

    @Test
    void aResultAfterTheTimeoutIsIgnoredAndTheNextCommandGetsItsOwnAnswer() {
        TrackedCommand late = tracker.register("frc", JsonValues.of(2));
        scheduler.advance(LIMIT);
        tracker.accept(new ResultAnswer("frc", "success"));
        assertEquals(TIMEOUT, late.outcome().getNow(null).status());

        TrackedCommand next = tracker.register("frc", JsonValues.of(1));
        assertFalse(next.outcome().isDone(), "the late answer must not decide a later command");
        tracker.accept(new ResultAnswer("frc", "invalid value"));
        assertEquals(REJECTED, next.outcome().getNow(null).status());
        assertEquals(List.of(TIMEOUT, REJECTED), heard.stream().map(CommandOutcome::status).toList());
    }

    @Test
    void theLateAnswerOfATimedOutCommandIsIgnoredWhileALaterOneWaits() {
        TrackedCommand slow = tracker.register("amp", JsonValues.of(6));
        scheduler.advance(Duration.ofSeconds(3));
        TrackedCommand later = tracker.register("amp", JsonValues.of(7));
        scheduler.advance(Duration.ofSeconds(2));
        assertEquals(TIMEOUT, slow.outcome().getNow(null).status());

        tracker.accept(new ResultAnswer("amp", "success")); // the slow command's answer, late
        assertFalse(later.outcome().isDone());
        tracker.accept(new ResultAnswer("amp", "value 7 not allowed"));
        assertEquals(REJECTED, later.outcome().getNow(null).status());
        assertEquals("value 7 not allowed", later.outcome().getNow(null).detail());
    }

    @Test
    void aSecondResultForTheSameCommandIsIgnored() {
        TrackedCommand command = tracker.register("frc", JsonValues.of(2));
        tracker.accept(new ResultAnswer("frc", "success"));
        tracker.accept(new ResultAnswer("frc", "some other text"));
        assertEquals(CONFIRMED, command.outcome().getNow(null).status());
        assertEquals(1, heard.size());
    }

    @Test
    void aResultWithNothingPendingIsIgnored() {
        tracker.accept(new ResultAnswer("frc", "success"));
        assertEquals(List.of(), heard);
        assertEquals(0, tracker.pending());
    }

    @Test
    void anUnreadableAnswerStillDecidesTheOldestCommandSoOrderHolds() {
        TrackedCommand first = tracker.register("fna", JsonValues.of("garage"));
        TrackedCommand second = tracker.register("fna", JsonValues.of("carport"));
        tracker.accept(new Unparseable("fna", TopicKind.RESULT, "payload is not valid UTF-8", "?"));
        tracker.accept(new ResultAnswer("fna", "success"));
        assertEquals(REJECTED, first.outcome().getNow(null).status());
        assertEquals("unreadable answer: payload is not valid UTF-8", first.outcome().getNow(null).detail());
        assertEquals(CONFIRMED, second.outcome().getNow(null).status());
    }

    @Test
    void setEchoesAndUnreadableValuesDecideNothing() {
        TrackedCommand command = tracker.register("frc", JsonValues.of(2));
        tracker.accept(new SetEcho("frc", "2"));
        tracker.accept(new Unparseable("frc", TopicKind.VALUE, "not valid JSON", "x"));
        tracker.accept(new KeyValue("frc", JsonValues.of(2)));
        assertFalse(command.outcome().isDone(), "with /result, only the answer decides");
    }

    @Test
    void sendPublishesTheEncodedValueOnTheSetTopic() throws Exception {
        FakeTransport transport = new FakeTransport();
        transport.start(new NoListener());
        BaseTopic base = BaseTopic.of("/go-eCharger/072246/");
        TrackedCommand command = tracker.send(transport, base, "amp", JsonValues.of(10.0));
        assertEquals(List.of("10"), transport.publishedTo("/go-eCharger/072246/amp/set"));
        assertEquals(1, tracker.pending("amp"));
        assertFalse(command.outcome().isDone());
    }

    @Test
    void aCommandTheTransportRefusesIsNotSentWithTheReason() {
        FakeTransport transport = new FakeTransport();
        transport.setConnectOnStart(false);
        transport.start(new NoListener());
        TrackedCommand command = tracker.send(transport, BaseTopic.of("go-eCharger/1/"), "amp", JsonValues.of(6));
        CommandOutcome outcome = command.outcome().getNow(null);
        assertEquals(NOT_SENT, outcome.status());
        assertTrue(outcome.detail().contains("not connected"), outcome.detail());
        assertEquals(0, tracker.pending());
        assertEquals(0, scheduler.waitingTasks(), "its timeout is cancelled");
        tracker.accept(new ResultAnswer("amp", "success"));
        assertEquals(1, heard.size(), "an unsent command takes no answer");
    }

    @Test
    void oldFirmwareIsConfirmedByTheValueEcho() {
        tracker.accept(new KeyValue("fwv", JsonValues.of("040.0")));
        assertEquals(FirmwareVersion.parse("040.0"), tracker.firmware());
        TrackedCommand command = tracker.register("amp", JsonValues.of(10));
        assertFalse(command.expectsResult());

        tracker.accept(new KeyValue("amp", JsonValues.of(6))); // the old value, still published
        assertFalse(command.outcome().isDone());
        tracker.accept(new KeyValue("amp", JsonParser.parseString("10.0")));
        assertEquals(CONFIRMED, command.outcome().getNow(null).status());
        assertEquals(0, scheduler.waitingTasks());
    }

    @Test
    void oldFirmwareEchoesObjectsByJsonEquality() {
        tracker.setFirmware(FirmwareVersion.parse("040.0"));
        TrackedCommand command = tracker.register("ids", JsonParser.parseString("{\"pGrid\":-1200,\"pPv\":3500}"));
        tracker.accept(new KeyValue("ids", JsonParser.parseString("{\"pPv\":3500.0,\"pGrid\":-1200}")));
        assertEquals(CONFIRMED, command.outcome().getNow(null).status());
    }

    @Test
    void oldFirmwareWithoutEchoEndsUnconfirmed() {
        tracker.setFirmware(FirmwareVersion.parse("040.0"));
        TrackedCommand command = tracker.register("frc", JsonValues.of(1));
        scheduler.advance(LIMIT);
        CommandOutcome outcome = command.outcome().getNow(null);
        assertEquals(UNCONFIRMED, outcome.status());
        assertEquals("value not echoed within 5 s", outcome.detail());
        tracker.accept(new KeyValue("frc", JsonValues.of(1)));
        assertEquals(1, heard.size(), "a late echo changes nothing");
    }

    @Test
    void unknownFirmwareWaitsForAResult() {
        assertTrue(tracker.register("frc", JsonValues.of(1)).expectsResult());
        tracker.accept(new KeyValue("fwv", JsonValues.of("what")));
        assertTrue(tracker.register("frc", JsonValues.of(1)).expectsResult());
        tracker.accept(new KeyValue("fwv", JsonValues.of("60.5")));
        assertTrue(tracker.register("frc", JsonValues.of(1)).expectsResult());
    }

    @Test
    void everyListenerHearsEveryOutcomeEvenIfOneFails() {
        List<CommandOutcome> second = new ArrayList<>();
        tracker.addListener(outcome -> {
            throw new IllegalStateException("listener bug");
        });
        tracker.addListener(second::add);
        tracker.register("frc", JsonValues.of(2));
        tracker.register("amp", JsonValues.of(6));
        tracker.accept(new ResultAnswer("frc", "success"));
        scheduler.advance(LIMIT);
        assertEquals(List.of(CONFIRMED, TIMEOUT), second.stream().map(CommandOutcome::status).toList());
        assertEquals(heard, second);
    }

    @Test
    void closeCancelsWaitingCommandsAndTheirTimeouts() {
        TrackedCommand command = tracker.register("frc", JsonValues.of(2));
        tracker.close();
        assertTrue(command.outcome().isCancelled());
        assertEquals(0, scheduler.waitingTasks());
        assertEquals(NOT_SENT, tracker.register("frc", JsonValues.of(1)).outcome().getNow(null).status());
        assertEquals(List.of(), heard, "listeners hear nothing after close");
    }

    @Test
    void invalidKeysAreRefusedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> tracker.register("amp/set", JsonValues.of(1)));
        assertEquals(0, scheduler.waitingTasks());
    }

    @Test
    void outcomesCarryTheTimesOfTheClock() {
        Instant start = clock.instant();
        TrackedCommand command = tracker.register("frc", JsonValues.of(0));
        clock.advance(Duration.ofSeconds(2));
        tracker.accept(new ResultAnswer("frc", "success"));
        assertEquals(start, command.outcome().getNow(null).sentAt());
        assertEquals(start.plusSeconds(2), command.outcome().getNow(null).decidedAt());
    }

    @Test
    void theRealNameTrafficEndsRejectedRejectedConfirmedWithTheChargersTexts() {
        BaseTopic field = BaseTopic.of("/go-eCharger/072246/");
        BaseTopic documented = BaseTopic.of("go-eCharger/072246/");
        MessageDecoder decoder = new MessageDecoder();
        List<TrackedCommand> commands = new ArrayList<>();
        for (CaptureFile.Line line : CaptureFile.read("set-result-fna.txt")) {
            BaseTopic base = field.parse(line.topic()).isPresent() ? field : documented;
            InboundMessage message = decoder.decode(base, line.topic(), line.payloadBytes()).orElseThrow();
            if (message instanceof SetEcho set) {
                commands.add(tracker.registerRaw(set.key(), set.payload()));
            } else {
                tracker.accept(message);
            }
        }
        assertEquals(List.of(REJECTED, REJECTED, CONFIRMED), statuses(commands.toArray(TrackedCommand[]::new)));
        assertEquals(List.of("invalid json InvalidInput: go", "String length  2 exceeds range 4 to 64 \"go\"",
                "success"), heard.stream().map(CommandOutcome::detail).toList());
        assertEquals(List.of("go", "\"go\"", "\"gogogo\""), heard.stream().map(CommandOutcome::payload).toList());
    }

    @Test
    void aRawPayloadIsPublishedVerbatim() {
        FakeTransport transport = new FakeTransport();
        transport.start(new NoListener());
        TrackedCommand command = tracker.sendRaw(transport, BaseTopic.of("/go-eCharger/072246/"), "fna", "go");
        assertEquals(List.of("go"), transport.publishedTo("/go-eCharger/072246/fna/set"));
        assertTrue(command.value().isEmpty(), "not JSON, so no value to compare an echo with");
        assertEquals(JsonValues.of(10.5), tracker.registerRaw("amp", "10.50").value().orElseThrow());
    }

    @Test
    void aRawPayloadThatIsNotJsonIsNeverConfirmedByAnEcho() {
        tracker.setFirmware(FirmwareVersion.parse("040.0"));
        TrackedCommand command = tracker.registerRaw("fna", "go");
        tracker.accept(new KeyValue("fna", JsonValues.of("go")));
        scheduler.advance(LIMIT);
        assertEquals(UNCONFIRMED, command.outcome().getNow(null).status());
    }

    static List<CommandStatus> statuses(TrackedCommand... commands) {
        List<CommandStatus> statuses = new ArrayList<>();
        for (TrackedCommand command : commands) {
            CompletableFuture<CommandOutcome> outcome = command.outcome();
            assertTrue(outcome.isDone(), command + " is decided");
            statuses.add(outcome.getNow(null).status());
        }
        return statuses;
    }

    /** A transport listener for tests that only care about publishes. */
    static final class NoListener implements TransportListener {
        @Override
        public void messageArrived(String topic, byte[] payload) {
        }

        @Override
        public void connectionChanged(ConnectionEvent event) {
        }
    }
}
