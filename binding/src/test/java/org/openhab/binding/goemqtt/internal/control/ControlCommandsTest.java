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
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonParser;

/**
 * What each rule action publishes and answers, against a recording sink.
 */
@NonNullByDefault
class ControlCommandsTest {

    /** The charger's answer to {@code fna} = {@code "go"} in set-result-fna.txt (two spaces and all). */
    static final String FNA_TOO_SHORT = "String length  2 exceeds range 4 to 64 \"go\"";

    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink(clock);
    private final FakeTarget target = new FakeTarget(sink, clock);
    private final ControlCommands commands = new ControlCommands(target);

    /** An {@link ActionTarget} made of the real control parts around a recording sink. */
    static final class FakeTarget implements ActionTarget {
        final RecordingSink sink;
        final TemporaryCurrentLimit tcl;
        final PvFeed feed;
        final CurrentBounds bounds = new CurrentBounds();

        FakeTarget(RecordingSink sink, TestClock clock) {
            this.sink = sink;
            this.tcl = new TemporaryCurrentLimit(sink, clock);
            this.feed = new PvFeed(sink, clock, PvFeedSettings.defaults(), status -> {
            });
            bounds.update("mca", JsonParser.parseString("6"));
            bounds.update("ama", JsonParser.parseString("16"));
        }

        @Override
        public CommandSink commands() {
            return sink;
        }

        @Override
        public TemporaryCurrentLimit tcl() {
            return tcl;
        }

        @Override
        public PvFeed pvFeed() {
            return feed;
        }

        @Override
        public CurrentBounds bounds() {
            return bounds;
        }
    }

    @Test
    void setChargingCurrentPublishesAmpAndAnswersSuccess() {
        assertEquals("success", commands.setChargingCurrent(10));
        assertEquals(List.of("12:00:00 amp/set 10"), sink.traffic());
    }

    @Test
    void aCurrentOutsideTheBoundsIsRefusedWithoutPublishing() {
        assertEquals("refused: 20 A is above the maximum of 16 A (maximum current setting ama)",
                commands.setChargingCurrent(20));
        assertEquals("refused: 5 A is below the minimum charging current of 6 A (mca)",
                commands.setTemporaryCurrentLimit(5));
        assertEquals(List.of(), sink.sent());
    }

    @Test
    void theChargersErrorTextComesBackVerbatim() {
        sink.answerNext(CommandStatus.REJECTED, FNA_TOO_SHORT);

        assertEquals(FNA_TOO_SHORT, commands.setKey("fna", "\"go\""));
        assertEquals(List.of("fna/set \"go\""),
                sink.sent().stream().map(s -> s.key() + "/set " + s.payload()).toList());
    }

    @Test
    void noAnswerInTimeIsTimeout() {
        sink.answerNext(CommandStatus.TIMEOUT, "no answer on /result within 5 s");

        assertEquals("timeout", commands.startCharging());
    }

    @Test
    void anOutcomeThatNeverComesEndsTheWaitAsTimeout() {
        ControlCommands impatient = new ControlCommands(target, Duration.ZERO);
        sink.holdAnswers().timeout(Duration.ZERO);

        assertEquals("timeout", impatient.stopCharging());
        assertEquals(List.of("12:00:00 frc/set 1"), sink.traffic());
    }

    @Test
    void aSetThatCouldNotBePublishedIsNotConnected() {
        sink.answerNext(CommandStatus.NOT_SENT, "client is not connected");

        assertEquals("not connected", commands.resumeAutomaticCharging());
    }

    @Test
    void anOutcomeCancelledBecauseTheHandlerWentAwayIsNotConnected() {
        sink.cancelAnswers();

        assertEquals("not connected", commands.setChargingCurrent(8));
    }

    @Test
    void oldFirmwareWithoutEchoIsUnconfirmed() {
        sink.answerNext(CommandStatus.UNCONFIRMED, "value not echoed within 5 s");

        assertEquals("unconfirmed", commands.setChargingCurrent(6));
    }

    @Test
    void startStopAndResumeSetFrcTwoOneZero() {
        assertEquals("success", commands.startCharging());
        assertEquals("success", commands.stopCharging());
        assertEquals("success", commands.resumeAutomaticCharging());

        assertEquals(List.of("2", "1", "0"), sink.payloads("frc"));
    }

    @Test
    void phaseModesAutoOneAndThreeBecomePsmCodes() {
        assertEquals("success", commands.setPhaseMode("auto"));
        assertEquals("success", commands.setPhaseMode("1"));
        assertEquals("success", commands.setPhaseMode(" 3 "));
        assertEquals("refused: phase mode must be auto, 1 or 3, not '2'", commands.setPhaseMode("2"));

        assertEquals(List.of("0", "1", "2"), sink.payloads("psm"));
    }

    @Test
    void logicModesByNameOrCodeBecomeLmoCodes() {
        assertEquals("success", commands.setLogicMode("basic"));
        assertEquals("success", commands.setLogicMode("Eco"));
        assertEquals("success", commands.setLogicMode("Daily Trip"));
        assertEquals("success", commands.setLogicMode("next_trip"));
        assertEquals("success", commands.setLogicMode("4"));
        assertEquals("refused: logic mode must be default, eco or daily (or the code 3, 4, 5), not 'turbo'",
                commands.setLogicMode("turbo"));

        assertEquals(List.of("3", "4", "5", "5", "4"), sink.payloads("lmo"));
    }

    @Test
    void sendPvDataPublishesIdsInWholeWattsAndLeavesNaNOut() {
        assertEquals("success", commands.sendPvData(-1500.6, 4000, Double.NaN));
        assertEquals("refused: grid power must be a finite number of watts (PV and battery may be NaN to leave them "
                + "out), not NaN, 0.0, 0.0", commands.sendPvData(Double.NaN, 0, 0));

        assertEquals(List.of("{\"pGrid\":-1501,\"pPv\":4000}"), sink.payloads("ids"));
    }

    @Test
    void theTemporaryLimitActionsSetKeepAndClearTcl() {
        assertEquals("success", commands.setTemporaryCurrentLimit(10));
        assertEquals(OptionalInt.of(10), target.tcl.limit());
        assertEquals("success", commands.clearTemporaryCurrentLimit());
        assertEquals(OptionalInt.empty(), target.tcl.limit());

        assertEquals(List.of("10", "null"), sink.payloads("tcl"));
    }

    @Test
    void restartChargerPublishesRstAndAnswersLikeTheOtherActions() {
        assertEquals("success", commands.restartCharger());
        assertEquals(List.of("12:00:00 rst/set 1"), sink.traffic());

        sink.answerNext(CommandStatus.REJECTED, "Key rst is not writable");
        assertEquals("Key rst is not writable", commands.restartCharger(), "the charger's text verbatim");
        sink.answerNext(CommandStatus.TIMEOUT, "no answer on /result within 5 s");
        assertEquals("timeout", commands.restartCharger(), "it may reboot before it answers");
        sink.answerNext(CommandStatus.NOT_SENT, "client is not connected");
        assertEquals("not connected", commands.restartCharger());
        sink.answerNext(CommandStatus.UNCONFIRMED, "value not echoed within 5 s");
        assertEquals("unconfirmed", commands.restartCharger());
        assertEquals(List.of("1", "1", "1", "1", "1"), sink.payloads("rst"));
    }

    @Test
    void setKeyNeverRepeatsASecretInItsRefusal() {
        String answer = commands.setKey("mcu", "mqtt://user:S3cret@broker");

        assertTrue(answer.startsWith("refused: 'mqtt://***@broker' is not valid JSON"), answer);
        assertFalse(answer.contains("S3cret"), answer);
        assertFalse(commands.setKey("ocppck", "-----BEGIN S3cret").contains("S3cret"));
        assertEquals(List.of(), sink.sent());
    }

    @Test
    void setKeyPublishesValidJsonAsIs() {
        assertEquals("success", commands.setKey("fna", "\"gogogo\""));
        assertEquals("success", commands.setKey("fup", "true"));
        assertEquals("success", commands.setKey("tcl", "null"));

        assertEquals(List.of("fna/set \"gogogo\"", "fup/set true", "tcl/set null"),
                sink.sent().stream().map(s -> s.key() + "/set " + s.payload()).toList());
    }

    @Test
    void setKeyRefusesTextThatIsNotJsonAndKeysThatCannotBeTopics() {
        assertEquals("refused: 'go' is not valid JSON (at line 1 column 1); text values need double quotes, "
                + "e.g. \"go\"", commands.setKey("fna", "go"));
        assertEquals("refused: 'a/b' is not an API key", commands.setKey("a/b", "1"));
        assertEquals("refused: '#' is not an API key", commands.setKey("#", "1"));
        assertTrue(commands.setKey("amp", "10 11").startsWith("refused: '10 11' is not valid JSON"));

        assertEquals(List.of(), sink.sent());
    }

    @Test
    void setKeyRefusesTheExcludedKeysWithTheirReasonAndPointsToRestartChargerForTheReboot() {
        assertEquals("refused: rst reboots the charger (charging stops, offline for seconds): only the rule action "
                + "restartCharger()", commands.setKey("rst", "1"));
        for (String key : List.of("delw", "del", "lrn", "oct", "cak")) {
            String answer = commands.setKey(key, "0");
            assertTrue(answer.startsWith("refused: " + key + " ") && answer.endsWith("; use the go-e app"), answer);
        }
        assertEquals(List.of(), sink.sent(), "nothing sent");
        assertEquals("success", commands.restartCharger());
        assertEquals(List.of("1"), sink.payloads("rst"), "the reboot stays possible through its own action");
    }

    @Test
    void theLimitChannelTakesAnyCurrentUnitAndCutsFractions() {
        assertNull(commands.temporaryLimitCommand(new QuantityType<>(10000, MetricPrefix.MILLI(Units.AMPERE))));
        assertNull(commands.temporaryLimitCommand(new QuantityType<>(new BigDecimal("12.7"), Units.AMPERE)));
        assertNull(commands.temporaryLimitCommand(new DecimalType(8)));

        assertEquals(List.of("10", "12", "8"), sink.payloads("tcl"));
        assertEquals(OptionalInt.of(8), target.tcl.limit());
    }

    @Test
    void theLimitChannelClearsOnUndefOffTheWordOffAndZeroAmperes() {
        for (var off : List.of(UnDefType.UNDEF, UnDefType.NULL, OnOffType.OFF, new StringType("off"),
                new QuantityType<>(0, Units.AMPERE))) {
            commands.temporaryLimitCommand(new DecimalType(10));
            assertNull(commands.temporaryLimitCommand(off));
            assertEquals(OptionalInt.empty(), target.tcl.limit(), off.toString());
        }
        assertEquals(List.of("10", "null", "10", "null", "10", "null", "10", "null", "10", "null"),
                sink.payloads("tcl"));
    }

    @Test
    void theLimitChannelRefusesOtherUnitsAndOutOfBoundsCurrents() {
        assertEquals("'5 W' is not a current (expected e.g. 10 A)",
                commands.temporaryLimitCommand(new QuantityType<>(5, Units.WATT)));
        assertEquals("40 A is above the maximum of 16 A (maximum current setting ama)",
                commands.temporaryLimitCommand(new QuantityType<>(40, Units.AMPERE)));

        assertEquals(List.of(), sink.sent());
    }
}
