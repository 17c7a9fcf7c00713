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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.DeviceThingHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHarness;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.ReconnectingTransport;
import org.openhab.binding.goemqtt.internal.testutil.LogCapture;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Scenarios 2, 3 (short) and 9 on the in-memory transport: a silent charger, malformed input, wrong answers of the
 * charger. The long run of scenario 3 is {@link MalformedInputSoakTest}.
 */
@NonNullByDefault
class BadInputReliabilityTest {

    static final String CURRENT = "charging#requested-current";
    /** What the binding's safety nets log when a handler threw: must never appear. */
    static final List<String> ESCAPED = List.of("not handled", "failed:", "Exception", "Error");

    @Test
    void aSilentChargerGoesOfflineAfterItsSilenceAndOnlineOnItsFirstMessage() {
        ChargerHarness harness = new ChargerHarness(Map.of("serial", "072246", "silenceTimeout", 10)).initialize();
        for (int round = 0; round < 5; round++) {
            harness.publish("amp", String.valueOf(6 + round));
            assertTrue(harness.callback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE), "round " + round);
            harness.scheduler.advance(Duration.ofSeconds(9));
            assertEquals(ThingStatus.ONLINE, harness.callback.lastStatus().getStatus(), "before the silence");
            harness.scheduler.advance(Duration.ofSeconds(6));
            assertTrue(harness.callback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR),
                    "after the silence, round " + round + ": " + harness.callback);
        }
        harness.publish("amp", "16");
        assertTrue(harness.callback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE));
    }

    @Test
    void numbersBeyondTheRangeOfTheirUnitAreIgnoredWithoutAnException() throws Exception {
        ChargerHarness harness = new ChargerHarness().initialize();
        harness.publish("amp", "6");
        try (LogCapture log = new LogCapture(BrokerHandler.class,
                Class.forName("org.openhab.binding.goemqtt.internal.handler.MessageRouter"))) {
            for (String huge : List.of("1e999", "-1e999", "99999999999999999999999999999999999999", "\"1e999\"")) {
                harness.publish("rssi", huge);
                harness.publish("rssi", "-60");
                harness.publish("amp", huge);
            }
            assertFalse(log.text().contains("failed:"), log.text());
        }
        harness.publish("amp", "7");
        assertEquals(new QuantityType<>(7, Units.AMPERE), harness.callback.lastStateOf(CURRENT));
        assertEquals(ThingStatus.ONLINE, harness.callback.lastStatus().getStatus());
    }

    @Test
    void malformedInputNeverEscapesAndValidValuesInBetweenStillArrive() throws Exception {
        Figures figures = malformedRun(5_000, 1_000);
        System.out.println("Malformed input (short): " + figures);
    }

    /** Figures of one malformed-input run, for the report. */
    record Figures(int messages, int valid, int huge, long heapBeforeMb, long heapAfterMb) {
    }

    /**
     * Sends {@code count} bad messages (every {@code hugeEvery}-th of 1 MB) with a valid {@code amp} every 50th;
     * checks every valid one reaches its channel, the charger stays ONLINE, nothing was caught by a safety net,
     * and the heap in use after GC grows by less than 32 MB (the binding keeps no per-message state; 32 MB allows
     * for the JIT, class loading and the test's own log buffer).
     */
    static Figures malformedRun(int count, int hugeEvery) throws Exception {
        ChargerHarness harness = new ChargerHarness().initialize();
        harness.publish("amp", "6");
        MalformedInput input = new MalformedInput(20261129L);
        long before = HeapProbe.usedAfterGc();
        int valid = 0;
        int huge = 0;
        try (LogCapture log = new LogCapture(BrokerHandler.class, ChargerHandler.class, DeviceThingHandler.class,
                ReconnectingTransport.class,
                Class.forName("org.openhab.binding.goemqtt.internal.handler.MessageRouter"))) {
            for (int i = 0; i < count; i++) {
                MalformedInput.Message message = input.next(hugeEvery);
                huge += message.payload().length >= MalformedInput.MEGABYTE ? 1 : 0;
                harness.transport.inject(ChargerHarness.BASE + message.suffix(), message.payload());
                if (i % 50 == 49) {
                    int amps = 6 + (valid++ % 11);
                    harness.publish("amp", String.valueOf(amps));
                    assertEquals(new QuantityType<>(amps, Units.AMPERE), harness.callback.lastStateOf(CURRENT),
                            "valid value after message " + i);
                    assertEquals(ThingStatus.ONLINE, harness.callback.lastStatus().getStatus());
                }
            }
            String text = log.text();
            for (String escaped : ESCAPED) {
                assertFalse(text.contains(escaped), () -> "a safety net caught something ('" + escaped + "'):\n"
                        + text.lines().filter(line -> line.contains(escaped)).limit(5).toList());
            }
        }
        assertEquals(ThingStatus.ONLINE, harness.callback.lastStatus().getStatus());
        long after = HeapProbe.usedAfterGc();
        assertTrue(after - before < (32L << 20), "heap grew from " + before + " to " + after + " bytes");
        harness.handler.dispose();
        harness.broker.dispose();
        return new Figures(count, valid, huge, HeapProbe.megabytes(before), HeapProbe.megabytes(after));
    }

    @Test
    void aResultForAKeyNeverSetIsIgnoredAndTheNextCommandIsConfirmed() {
        ChargerHarness harness = new ChargerHarness().initialize();
        harness.publish("amp", "6");
        harness.answer("amp", "success");
        harness.answer("frc", "Something went wrong");
        assertEquals(ThingStatus.ONLINE, harness.callback.lastStatus().getStatus());
        assertNull(harness.callback.lastStatus().getDescription(), "an unasked answer shows nothing");

        harness.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        harness.afterWindow();
        assertEquals(List.of("10"), harness.transport.publishedTo(ChargerHarness.BASE + "amp/set"));
        harness.answer("amp", "success");
        harness.publish("amp", "10");
        assertNull(harness.callback.lastStatus().getDescription(), harness.callback.toString());
        assertTrue(harness.callback.triggers().isEmpty(), "no error trigger: " + harness.callback.triggers());
    }

    @Test
    void aSecondResultForOneCommandDoesNotConfirmOrRefuseTheNextOne() {
        ChargerHarness harness = new ChargerHarness().initialize();
        harness.publish("amp", "6");
        harness.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        harness.afterWindow();
        harness.answer("amp", "success");
        harness.answer("amp", "Value out of range");
        assertNull(harness.callback.lastStatus().getDescription(), "the duplicate refusal is ignored");

        harness.command(CURRENT, new QuantityType<>(12, Units.AMPERE));
        harness.afterWindow();
        harness.scheduler.advance(Duration.ofSeconds(1));
        assertNull(harness.callback.lastStatus().getDescription(), "the next command waits for its own answer");
        harness.answer("amp", "success");
        harness.scheduler.advance(Duration.ofSeconds(10));
        assertNull(harness.callback.lastStatus().getDescription(), harness.callback.toString());
        assertTrue(harness.callback.triggers().isEmpty(), "no error trigger: " + harness.callback.triggers());
    }

    @Test
    void aResultAfterTheTimeoutIsIgnoredAndTheNextCommandGetsItsOwnAnswer() {
        ChargerHarness harness = new ChargerHarness().initialize();
        harness.publish("amp", "6");
        harness.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        harness.afterWindow();
        harness.scheduler.advance(Duration.ofSeconds(6));
        String timedOut = String.valueOf(harness.callback.lastStatus().getDescription());
        assertTrue(timedOut.startsWith("@text/"), "the missing answer shows: " + harness.callback);
        harness.answer("amp", "Value out of range");
        assertEquals(timedOut, String.valueOf(harness.callback.lastStatus().getDescription()),
                "the late refusal changes nothing");

        harness.command(CURRENT, new QuantityType<>(12, Units.AMPERE));
        harness.afterWindow();
        harness.answer("amp", "success");
        harness.publish("amp", "12");
        assertNull(harness.callback.lastStatus().getDescription(), "confirmed: " + harness.callback);
        assertEquals(new QuantityType<>(12, Units.AMPERE), harness.callback.lastStateOf(CURRENT));
    }

    @Test
    void anAnswerLostInABrokerOutageDoesNotConfirmTheNextCommand() {
        ChargerHarness harness = new ChargerHarness().initialize();
        harness.publish("amp", "6");
        harness.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        harness.afterWindow();
        harness.transport.disconnect(FailureReason.CONNECTION_LOST, "broker gone");
        harness.handler.bridgeStatusChanged(
                new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, null));
        harness.transport.connect();
        harness.handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
        harness.publish("amp", "6");

        harness.command(CURRENT, new QuantityType<>(12, Units.AMPERE));
        harness.afterWindow();
        harness.answer("amp", "Value out of range");
        assertEquals("@text/online.command-rejected [ \"amp\", \"12\", \"Value out of range\" ]",
                harness.callback.lastStatus().getDescription(), "the refusal belongs to the second command");
    }
}
