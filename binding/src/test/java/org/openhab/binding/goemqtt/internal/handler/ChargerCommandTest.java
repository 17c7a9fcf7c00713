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
import static org.openhab.binding.goemqtt.internal.handler.ChargerHarness.BASE;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Item commands of a charger thing: publishing on {@code /set}, each outcome as the thing shows it, coalescing, and
 * what is never sent.
 */
@NonNullByDefault
class ChargerCommandTest {

    private static final String CURRENT = "charging#requested-current";
    private static final String AMP_SET = BASE + "amp/set";

    private final ChargerHarness charger = new ChargerHarness().initialize();

    @Test
    void aCommandIsPublishedOnSetAtOnceAndOnlyOnce() {
        online("60.5");
        charger.command(CURRENT, new QuantityType<>(16, Units.AMPERE));
        assertEquals(List.of("16"), charger.transport.publishedTo(AMP_SET), "the first command does not wait");
        charger.afterWindow();
        charger.afterWindow();
        assertEquals(List.of("16"), charger.transport.publishedTo(AMP_SET), "the window's end sends nothing again");
    }

    @Test
    void successClearsAPreviousCommandProblem() {
        online("60.5");
        charger.command(CURRENT, new QuantityType<>(20, Units.AMPERE));
        charger.afterWindow();
        charger.answer("amp", "value out of range");
        assertEquals(ThingStatus.ONLINE, charger.callback.lastStatus().getStatus());
        assertNotNull(charger.callback.lastStatus().getDescription());

        charger.command(CURRENT, new QuantityType<>(16, Units.AMPERE));
        charger.afterWindow();
        charger.answer("amp", "success");
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null),
                charger.callback.lastStatus());
    }

    @Test
    void aRejectionShowsTheChargersTextRestoresTheItemAndFiresTheTrigger() {
        online("60.5");
        charger.callback.clearStates();
        charger.command(CURRENT, new QuantityType<>(20, Units.AMPERE));
        charger.afterWindow();
        charger.answer("amp", "Value 20 exceeds range 6 to 16");

        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                "@text/online.command-rejected [ \"amp\", \"20\", \"Value 20 exceeds range 6 to 16\" ]"),
                charger.callback.lastStatus());
        assertEquals(List.of(new QuantityType<>(16, Units.AMPERE)), charger.callback.statesOf(CURRENT),
                "the item goes back to the value the charger reported");
        assertEquals(List.of("status#event amp:ERROR"), charger.callback.triggers());
    }

    @Test
    void theChargersErrorTextsFromRealTrafficAreShownWhole() {
        online("60.5");
        List<CaptureFile.Line> results = CaptureFile.read("set-result-fna.txt").stream()
                .filter(line -> line.topic().endsWith("/result")).toList();
        String refusal = results.get(1).payload();
        assertEquals("String length  2 exceeds range 4 to 64 \"go\"", refusal);

        // the binding itself refuses "go" (4 to 64 characters): a valid name stands in for the command, and the
        // charger's answer is the captured text
        charger.command("device#friendly-name", new StringType("gogo"));
        charger.afterWindow();
        assertEquals(List.of("\"gogo\""), charger.transport.publishedTo(BASE + "fna/set"));
        charger.transport.inject(results.get(1).topic(), results.get(1).payload());

        String description = String.valueOf(charger.callback.lastStatus().getDescription());
        assertEquals("@text/online.command-rejected [ \"fna\", \"ʺgogoʺ\", "
                + "\"String length  2 exceeds range 4 to 64 ʺgoʺ\" ]", description);
        assertEquals("fna=ʺgogoʺ rejected: String length  2 exceeds range 4 to 64 ʺgoʺ",
                RenderedStatus.english(description), "what the user reads");
        assertEquals(List.of("status#event fna:ERROR"), charger.callback.triggers());
    }

    @Test
    void noAnswerOnNewFirmwareAsksToAllowMqttWrites() {
        online("60.5");
        charger.callback.clearStates();
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        charger.scheduler.advance(Duration.ofSeconds(5));

        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                "@text/online.command-writes-not-allowed [ \"amp\", \"10\" ]"), charger.callback.lastStatus());
        assertEquals(List.of(new QuantityType<>(16, Units.AMPERE)), charger.callback.statesOf(CURRENT));
        assertEquals(List.of("status#event amp:ERROR"), charger.callback.triggers());
    }

    @Test
    void mqttReadOnlyAsksToAllowMqttWritesEvenOnOldFirmware() {
        online("040.0");
        charger.publish("mcr", "true");
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        charger.scheduler.advance(Duration.ofSeconds(5));
        assertEquals("@text/online.command-writes-not-allowed [ \"amp\", \"10\" ]",
                charger.callback.lastStatus().getDescription());
    }

    @Test
    void oldFirmwareConfirmsByEchoingTheValue() {
        online("040.0");
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        charger.publish("amp", "10");
        charger.scheduler.advance(Duration.ofSeconds(10));
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null),
                charger.callback.lastStatus());
        assertTrue(charger.callback.triggers().isEmpty());
    }

    @Test
    void oldFirmwareWithoutEchoReportsTheCommandUnconfirmed() {
        online("040.0");
        charger.callback.clearStates();
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        charger.scheduler.advance(Duration.ofSeconds(5));
        assertEquals("@text/online.command-unconfirmed [ \"amp\", \"10\", \"040.0\" ]",
                charger.callback.lastStatus().getDescription());
        assertEquals(List.of(new QuantityType<>(16, Units.AMPERE)), charger.callback.statesOf(CURRENT));
        assertTrue(charger.callback.triggers().isEmpty());
    }

    @Test
    void aReadOnlyChannelNeverPublishes() {
        online("60.5");
        charger.command("status#car-state", new DecimalType(2));
        charger.afterWindow();
        assertTrue(charger.transport.published().isEmpty());
        assertEquals("@text/online.command-refused [ \"status#car-state\", \"status#car-state is read only\" ]",
                charger.callback.lastStatus().getDescription());
    }

    @Test
    void whileTheBridgeIsOfflineACommandIsRefusedAtOnce() {
        online("60.5");
        charger.transport.disconnect(FailureReason.CONNECTION_LOST, "lost");
        charger.handler.bridgeStatusChanged(charger.bridge.getStatusInfo());
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));

        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE,
                "@text/offline.bridge-offline.command-not-sent [ \"amp\", \"10\" ]"), charger.callback.lastStatus());
        charger.transport.connect();
        charger.afterWindow();
        assertTrue(charger.transport.published().isEmpty(), "nothing was queued");
    }

    @Test
    void aPublishTheConnectionRefusesIsReportedNotSent() {
        online("60.5");
        charger.transport.failPublishes("64 messages still wait for the broker's acknowledgement");
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        assertEquals("@text/online.command-not-sent [ \"amp\", \"10\", "
                + "\"64 messages still wait for the broker's acknowledgement\" ]",
                charger.callback.lastStatus().getDescription());
    }

    @Test
    void quickCommandsToOneKeySendTheFirstAtOnceAndTheLastWhenTheWindowEnds() {
        online("60.5");
        for (int amps = 6; amps <= 12; amps++) {
            charger.command(CURRENT, new QuantityType<>(amps, Units.AMPERE));
            charger.scheduler.advance(Duration.ofMillis(20));
        }
        charger.command("charging#force-state", new DecimalType(2));
        assertEquals(List.of("6"), charger.transport.publishedTo(AMP_SET), "7 to 12 wait, replacing each other");
        assertEquals(List.of("2"), charger.transport.publishedTo(BASE + "frc/set"), "other keys are not held back");

        charger.afterWindow();
        assertEquals(List.of("6", "12"), charger.transport.publishedTo(AMP_SET), "only the last that waited");
        charger.afterWindow();
        assertEquals(List.of("6", "12"), charger.transport.publishedTo(AMP_SET));

        charger.command(CURRENT, new QuantityType<>(14, Units.AMPERE));
        assertEquals(List.of("6", "12", "14"), charger.transport.publishedTo(AMP_SET), "idle again: sent at once");
    }

    @Test
    void sendCommandPublishesAtOnceAndCompletesWithTheOutcome() {
        online("60.5");
        CompletableFuture<CommandOutcome> outcome = charger.handler.sendCommand("frc", JsonValues.of(1));
        assertEquals(List.of("1"), charger.transport.publishedTo(BASE + "frc/set"));
        assertFalse(outcome.isDone());
        charger.answer("frc", "success");
        assertEquals(CommandStatus.CONFIRMED, outcome.getNow(null).status());
    }

    @Test
    void sendCommandOnAStoppedChargerIsNotSent() {
        charger.handler.dispose();
        CommandOutcome outcome = charger.handler.sendCommand("frc", JsonValues.of(1)).getNow(null);
        assertEquals(CommandStatus.NOT_SENT, outcome.status());
        assertTrue(charger.transport.published().isEmpty());
    }

    @Test
    void ourOwnSetComingBackFromTheBrokerIsNotTakenForTheCharger() {
        charger.command(CURRENT, new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        assertEquals(List.of("10"), charger.transport.publishedTo(AMP_SET));
        assertEquals(ThingStatus.UNKNOWN, charger.callback.lastStatus().getStatus());
    }

    /** The charger is heard: firmware {@code fwv}, requested current 16 A. */
    private void online(String firmware) {
        charger.publish("fwv", "\"" + firmware + "\"");
        charger.publish("amp", "16");
        charger.scheduler.runDue();
        assertEquals(ThingStatus.ONLINE, charger.callback.lastStatus().getStatus());
    }
}
