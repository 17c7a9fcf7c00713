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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.PvFeedStatus.State;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;

/**
 * The PV feed against a recording sink and a clock that moves only when told.
 */
@NonNullByDefault
class PvFeedTest {

    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink(clock);
    private final List<PvFeedStatus> heard = new ArrayList<>();

    private PvFeed feed(PvFeedSettings settings) {
        return new PvFeed(sink, clock, settings, heard::add);
    }

    /** Ticks once a second (as the handler's fixed-delay job does) for {@code seconds} seconds. */
    private void tickFor(PvFeed feed, int seconds) {
        for (int i = 0; i < seconds; i++) {
            feed.tick();
            clock.advanceSeconds(1);
        }
    }

    private static QuantityType<?> kilowatts(String value) {
        return new QuantityType<>(new BigDecimal(value), MetricPrefix.KILO(Units.WATT));
    }

    @Test
    void oneMinuteOfMeterValuesBecomesAnIdsSetEveryFiveSecondsInWholeWatts() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        for (int second = 0; second < 60; second++) {
            if (second % 10 == 0) { // the meter reports every 10 s, in kW; the inverter in W
                feed.update(PvInput.GRID, kilowatts(second < 30 ? "-1.2345" : "0.4"));
                feed.update(PvInput.PV, new QuantityType<>(second < 30 ? 3500 : 2100, Units.WATT));
            }
            feed.tick();
            clock.advanceSeconds(1);
        }

        assertEquals(List.of( //
                "12:00:00 ids/set {\"pGrid\":-1235,\"pPv\":3500}", //
                "12:00:05 ids/set {\"pGrid\":-1235,\"pPv\":3500}", //
                "12:00:10 ids/set {\"pGrid\":-1235,\"pPv\":3500}", //
                "12:00:15 ids/set {\"pGrid\":-1235,\"pPv\":3500}", //
                "12:00:20 ids/set {\"pGrid\":-1235,\"pPv\":3500}", //
                "12:00:25 ids/set {\"pGrid\":-1235,\"pPv\":3500}", //
                "12:00:30 ids/set {\"pGrid\":400,\"pPv\":2100}", //
                "12:00:35 ids/set {\"pGrid\":400,\"pPv\":2100}", //
                "12:00:40 ids/set {\"pGrid\":400,\"pPv\":2100}", //
                "12:00:45 ids/set {\"pGrid\":400,\"pPv\":2100}", //
                "12:00:50 ids/set {\"pGrid\":400,\"pPv\":2100}", //
                "12:00:55 ids/set {\"pGrid\":400,\"pPv\":2100}"), sink.traffic());
        assertTrue(feed.status().active());
        assertEquals(List.of(new PvFeedStatus(State.ACTIVE, "5")), heard);
    }

    @Test
    void anyPowerUnitArrivesInWattsAndPlainNumbersAreWatts() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new QuantityType<>(new BigDecimal("-2.5"), MetricPrefix.KILO(Units.WATT)));
        feed.update(PvInput.PV, new DecimalType(new BigDecimal("4321.4")));
        feed.update(PvInput.BATTERY, new QuantityType<>(new BigDecimal("-750000"), MetricPrefix.MILLI(Units.WATT)));

        feed.tick();

        assertEquals(List.of("{\"pGrid\":-2500,\"pPv\":4321,\"pAkku\":-750}"), sink.payloads("ids"));
    }

    @Test
    void valuesNeverReceivedAreLeftOut() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(150));
        feed.tick();
        feed.update(PvInput.BATTERY, new DecimalType(-300));
        clock.advanceSeconds(5);
        feed.tick();

        assertEquals(List.of("{\"pGrid\":150}", "{\"pGrid\":150,\"pAkku\":-300}"), sink.payloads("ids"));
    }

    @Test
    void nothingIsSentBeforeTheFirstGridValueEvenWithPvKnown() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.PV, new DecimalType(3000));
        tickFor(feed, 12);

        assertEquals(List.of(), sink.sent());
        assertEquals(State.WAITING, feed.status().state());
        assertEquals("PV feed waiting for a grid power value", feed.status().description());
    }

    @Test
    void aStaleGridValueStopsTheSendingAndSaysWhy() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(-800));
        tickFor(feed, 45);

        assertEquals(List.of("12:00:00", "12:00:05", "12:00:10", "12:00:15", "12:00:20", "12:00:25", "12:00:30"),
                sink.sent().stream().map(RecordingSink.Sent::time).toList());
        PvFeedStatus status = feed.status();
        assertFalse(status.active());
        assertEquals(State.STALE, status.state());
        assertEquals("PV feed paused: no grid power value for more than 30 s", status.description());
        assertEquals("30", status.argument());
        assertEquals(List.of(State.ACTIVE, State.STALE), heard.stream().map(PvFeedStatus::state).toList());
    }

    @Test
    void aStalePvValueIsLeftOutWhileTheGridValueIsFresh() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.PV, new DecimalType(2000));
        for (int second = 0; second <= 40; second++) {
            if (second % 10 == 0) {
                feed.update(PvInput.GRID, new DecimalType(-100));
            }
            feed.tick();
            clock.advanceSeconds(1);
        }

        List<String> payloads = sink.payloads("ids");
        assertEquals("{\"pGrid\":-100,\"pPv\":2000}", payloads.get(6)); // 30 s: PV exactly at the limit
        assertEquals("{\"pGrid\":-100}", payloads.get(7)); // 35 s
        assertTrue(feed.status().active());
    }

    @Test
    void aFreshGridValueResumesTheFeedByItself() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(-800));
        tickFor(feed, 47);
        sink.clear();

        feed.update(PvInput.GRID, new DecimalType(-650));
        tickFor(feed, 6);

        assertEquals(List.of("12:00:47 ids/set {\"pGrid\":-650}", "12:00:52 ids/set {\"pGrid\":-650}"),
                sink.traffic());
        assertEquals(List.of(State.ACTIVE, State.STALE, State.ACTIVE),
                heard.stream().map(PvFeedStatus::state).toList());
    }

    @Test
    void aLostConnectionPausesAndARestoredOneSendsAtOnce() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(1000));
        feed.tick();
        clock.advanceSeconds(1);
        feed.connectionLost();
        tickFor(feed, 10);
        assertEquals(State.NOT_CONNECTED, feed.status().state());

        feed.update(PvInput.GRID, new DecimalType(900));
        clock.advanceSeconds(1);
        feed.connectionRestored();

        assertEquals(List.of("12:00:00 ids/set {\"pGrid\":1000}", "12:00:12 ids/set {\"pGrid\":900}"),
                sink.traffic());
        assertEquals(List.of(State.NOT_CONNECTED, State.ACTIVE),
                heard.subList(1, heard.size()).stream().map(PvFeedStatus::state).toList());
    }

    @Test
    void aSetTheTransportCouldNotPublishShowsNotConnectedAndIsRetriedNextInterval() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(1000));
        sink.answerNext(CommandStatus.NOT_SENT, "not connected to the broker");
        feed.tick();
        assertEquals(State.NOT_CONNECTED, feed.status().state());
        assertEquals("PV feed paused: not connected to the broker", feed.status().description());

        clock.advanceSeconds(5);
        feed.tick();

        assertEquals(2, sink.sent().size());
        assertEquals(State.ACTIVE, feed.status().state());
    }

    @Test
    void aRefusalOfTheChargerShowsItsTextAndTheFeedGoesOn() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(1000));
        sink.answerNext(CommandStatus.REJECTED, "key not found \"ids\"");
        feed.tick();

        assertEquals(State.REJECTED, feed.status().state());
        assertEquals("PV data refused by the charger: key not found \"ids\"", feed.status().description());
        assertEquals("key not found \"ids\"", feed.status().argument(), "the status text's argument, verbatim");

        clock.advanceSeconds(5);
        feed.tick();
        assertEquals(2, sink.sent().size());
        assertTrue(feed.status().active());
    }

    @Test
    void aChargerThatDoesNotAnswerIdsSetsStillCountsAsFed() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(1000));
        sink.answerNext(CommandStatus.TIMEOUT, "no answer on /result within 5 s");
        feed.tick();

        assertTrue(feed.status().active());
    }

    @Test
    void aSwitchedOffFeedNeverSends() {
        PvFeed feed = feed(new PvFeedSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30)));
        feed.update(PvInput.GRID, new DecimalType(1000));
        tickFor(feed, 20);
        feed.connectionRestored();

        assertEquals(List.of(), sink.sent());
        assertEquals(State.DISABLED, feed.status().state());
        assertFalse(feed.status().active());
        assertEquals(List.of(), heard);
    }

    @Test
    void aShorterIntervalSendsMoreOften() {
        PvFeed feed = feed(new PvFeedSettings(true, Duration.ofSeconds(2), Duration.ofSeconds(30)));
        feed.update(PvInput.GRID, new DecimalType(1));
        tickFor(feed, 7);

        assertEquals(List.of("12:00:00", "12:00:02", "12:00:04", "12:00:06"),
                sink.sent().stream().map(RecordingSink.Sent::time).toList());
    }

    @Test
    void ticksAtTheIntervalItselfSendEveryTimeEvenSlightlyEarly() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(1));
        feed.tick();
        clock.advance(Duration.ofMillis(4900)); // a scheduler running a little ahead
        feed.update(PvInput.GRID, new DecimalType(2));
        feed.tick();
        clock.advance(Duration.ofMillis(4000)); // far too early: no second set within one interval
        feed.tick();

        assertEquals(List.of("12:00:00 ids/set {\"pGrid\":1}", "12:00:04 ids/set {\"pGrid\":2}"), sink.traffic());
    }

    @Test
    void aValueThatIsNoPowerIsRefusedAndChangesNothing() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        String refusal = feed.update(PvInput.GRID, new QuantityType<>(16, Units.AMPERE));
        feed.tick();

        assertEquals("'16 A' is not a power value for pv#grid-power-input (expected e.g. 1200 W)", refusal);
        assertEquals(List.of(), sink.sent());
    }

    @Test
    void undefForgetsAnInput() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        feed.update(PvInput.GRID, new DecimalType(10));
        feed.update(PvInput.BATTERY, new DecimalType(500));
        feed.tick();
        assertNull(feed.update(PvInput.BATTERY, UnDefType.UNDEF));
        clock.advanceSeconds(5);
        feed.tick();

        assertEquals(List.of("{\"pGrid\":10,\"pAkku\":500}", "{\"pGrid\":10}"), sink.payloads("ids"));
    }

    @Test
    void pushedValuesAreSentAtOnceAndKeptFresh() {
        PvFeed feed = feed(PvFeedSettings.defaults());
        clock.advanceSeconds(2);
        feed.push(new BigDecimal("-1500.4"), new BigDecimal("4000"), null);
        tickFor(feed, 8);

        assertEquals(List.of("12:00:02 ids/set {\"pGrid\":-1500,\"pPv\":4000}",
                "12:00:07 ids/set {\"pGrid\":-1500,\"pPv\":4000}"), sink.traffic());
    }

    @Test
    void pushedValuesOfASwitchedOffFeedAreSentOnceOnly() {
        PvFeed feed = feed(new PvFeedSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30)));
        feed.push(new BigDecimal("200"), null, new BigDecimal("-50"));
        tickFor(feed, 10);

        assertEquals(List.of("12:00:00 ids/set {\"pGrid\":200,\"pAkku\":-50}"), sink.traffic());
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedNamingTheParameter() {
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> PvFeedSettings.of(true, 6, 30));
        assertEquals("pvFeedInterval must be 1 to 5 seconds (the charger needs PV data at least every 5 s), not 6 s",
                tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PvFeedSettings.of(true, 0, 30));
        IllegalArgumentException age = assertThrows(IllegalArgumentException.class,
                () -> PvFeedSettings.of(true, 5, 0));
        assertEquals("pvFeedMaxAge must be 1 to 3600 seconds, not 0 s", age.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PvFeedSettings.of(true, Double.NaN, 30));
    }

    @Test
    void settingsDefaultToEveryFiveSecondsAndThirtySecondsAge() {
        PvFeedSettings settings = PvFeedSettings.of(true, null, null);

        assertEquals(PvFeedSettings.defaults(), settings);
        assertEquals(Duration.ofSeconds(5), settings.interval());
        assertEquals(Duration.ofSeconds(30), settings.maxAge());
        assertEquals(Duration.ofSeconds(1), PvFeedSettings.of(true, 1, 30).interval());
    }
}
