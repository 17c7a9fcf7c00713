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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

import com.google.gson.JsonParser;

/**
 * The charger thing's status, properties and channel states, on the fake transport and a manual scheduler.
 */
@NonNullByDefault
class ChargerHandlerTest {

    private static final ThingStatusInfo ONLINE = new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE,
            null);

    @Test
    void isUnknownUntilTheFirstMessageThenOnline() {
        ChargerHarness charger = new ChargerHarness().initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
                "@text/unknown.charger-waiting [ \"/go-eCharger/072246/\" ]"), charger.callback.lastStatus());

        charger.publish("amp", "16");
        assertEquals(ONLINE, charger.callback.lastStatus());
        charger.publish("amp", "10");
        assertEquals(2, charger.callback.statuses().size(), "ONLINE is reported once");
    }

    @Test
    void isOfflineAfterTheSilenceTimeoutAndOnlineWithTheNextMessage() {
        ChargerHarness charger = new ChargerHarness(Map.of("serial", "072246", "silenceTimeout", 20)).initialize();
        charger.publish("amp", "16");
        charger.scheduler.advance(Duration.ofSeconds(20));
        assertEquals(ONLINE, charger.callback.lastStatus(), "a silence of exactly the limit still counts");

        charger.scheduler.advance(Duration.ofSeconds(5));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.no-data [ \"20\" ]"), charger.callback.lastStatus());

        charger.publish("rbt", "123456");
        assertEquals(ONLINE, charger.callback.lastStatus());
    }

    @Test
    void followsTheBridgeOfflineAndWaitsForDataWhenItIsBack() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.publish("amp", "16");
        charger.transport.disconnect(FailureReason.CONNECTION_LOST, "lost");
        charger.handler.bridgeStatusChanged(charger.bridge.getStatusInfo());
        charger.transport.disconnect(FailureReason.UNREACHABLE, "connection refused");
        charger.handler.bridgeStatusChanged(charger.bridge.getStatusInfo());
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null),
                charger.callback.lastStatus());
        charger.scheduler.advance(Duration.ofMinutes(2));
        assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, charger.callback.lastStatus().getStatusDetail());

        charger.transport.connect();
        charger.handler.bridgeStatusChanged(charger.bridge.getStatusInfo());
        assertEquals(ThingStatus.UNKNOWN, charger.callback.lastStatus().getStatus());
        charger.publish("amp", "16");
        assertEquals(ONLINE, charger.callback.lastStatus());
        assertEquals(List.of("UNKNOWN/NONE: @text/unknown.charger-waiting [ \"/go-eCharger/072246/\" ]",
                "ONLINE/NONE", "OFFLINE/BRIDGE_OFFLINE",
                "UNKNOWN/NONE: @text/unknown.charger-waiting [ \"/go-eCharger/072246/\" ]", "ONLINE/NONE"),
                charger.callback.statusHistory());
    }

    @Test
    void startsBridgeOfflineWhenTheBridgeIs() {
        ChargerHarness charger = new ChargerHarness();
        charger.transport.disconnect(FailureReason.UNREACHABLE, "connection refused");
        charger.initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null),
                charger.callback.lastStatus());
    }

    @Test
    void aConfigurationThatCannotWorkIsAConfigurationErrorNamingTheParameter() {
        assertConfigurationError(Map.of(), "@text/offline.conf-error.missing-serial");
        assertConfigurationError(Map.of("serial", "07+246"), "@text/offline.conf-error.invalid-parameter "
                + "[ \"serial\", \"serial '07+246' contains an MQTT wildcard ('+' or '#')\" ]");
        assertConfigurationError(Map.of("serial", "072246", "baseTopic", "home//wallbox"),
                "@text/offline.conf-error.invalid-parameter "
                        + "[ \"baseTopic\", \"base topic 'home//wallbox' has an empty topic level\" ]");
        assertConfigurationError(Map.of("serial", "072246", "silenceTimeout", 0),
                "@text/offline.conf-error.invalid-parameter [ \"silenceTimeout\", \"must be at least 1 s‚ was 0\" ]");
        assertConfigurationError(Map.of("serial", "072246", "resultTimeout", -1),
                "@text/offline.conf-error.invalid-parameter [ \"resultTimeout\", \"must be at least 1 s‚ was -1\" ]");
    }

    @Test
    void setsOpenhabsStandardPropertiesAndTheVariant() {
        ChargerHarness charger = new ChargerHarness().initialize();
        assertEquals(Map.of(Thing.PROPERTY_VENDOR, "go-e", Thing.PROPERTY_SERIAL_NUMBER, "072246"),
                charger.handler.getThing().getProperties(), "known before the first message");
        charger.publishCapture("fw60.5-v3-retained-burst.txt");
        charger.scheduler.runDue();
        assertEquals(Map.of(Thing.PROPERTY_VENDOR, "go-e", Thing.PROPERTY_SERIAL_NUMBER, "072246",
                Thing.PROPERTY_FIRMWARE_VERSION, "60.5", Thing.PROPERTY_MODEL_ID, "go-eCharger", "variant", "11 kW"),
                charger.handler.getThing().getProperties());
    }

    @Test
    void propertiesOfAnEarlierVersionAreRemovedInTheSameUpdateThatSetsTheNewOnes() {
        ChargerHarness charger = new ChargerHarness();
        Map.of("serial", "072246", "firmware", "055.2", "deviceType", "go-eCharger", "variant", "11", "note", "mine")
                .forEach(charger.thing::setProperty);
        charger.initialize();

        assertEquals(Map.of(Thing.PROPERTY_VENDOR, "go-e", Thing.PROPERTY_SERIAL_NUMBER, "072246", "variant", "11",
                "note", "mine"), charger.handler.getThing().getProperties(), "a property of someone else stays");
        assertEquals(1, charger.callback.updatedThings().size(), "one update");
        assertEquals("072246", charger.handler.getThing().getConfiguration().get("serial"),
                "the configuration keeps its serial");
        charger.publish("var", "11");
        charger.scheduler.runDue();
        assertEquals("11 kW", charger.handler.getThing().getProperties().get("variant"));
    }

    @Test
    void whatTheBridgeHeardUnderTheDiscoveryBaseIsAPropertyFromTheStart() {
        ChargerHarness charger = new ChargerHarness();
        charger.transport.retain(BASE + "fwv", "\"60.5\"");
        charger.transport.retain(BASE + "typ", "\"go-eCharger\"");
        charger.handler.initialize();
        assertEquals("60.5", charger.handler.getThing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
        assertEquals("go-eCharger", charger.handler.getThing().getProperties().get(Thing.PROPERTY_MODEL_ID));
        int updates = charger.callback.updatedThings().size();
        charger.scheduler.runDue();
        charger.publish("fwv", "\"60.5\"");
        charger.scheduler.runDue();
        assertEquals(updates, charger.callback.updatedThings().size(), "the same values again change nothing");
    }

    @Test
    void aBlankFirmwareRemovesTheProperty() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.publish("fwv", "\"60.5\"");
        charger.scheduler.runDue();
        charger.publish("fwv", "\"\"");
        charger.scheduler.runDue();
        assertFalse(charger.handler.getThing().getProperties().containsKey(Thing.PROPERTY_FIRMWARE_VERSION));
        assertFalse(charger.callback.updatedThings().get(charger.callback.updatedThings().size() - 1).getProperties()
                .containsKey(Thing.PROPERTY_FIRMWARE_VERSION), "openHAB was told");
    }

    @Test
    void postsTheCatalogStatesOfARetainedDump() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.publishCapture("fw60.5-v3-retained-burst.txt");
        assertEquals(new QuantityType<>(6, Units.AMPERE), charger.callback.lastStateOf("charging#requested-current"));
        assertEquals(OnOffType.ON, charger.callback.lastStateOf("status#charging-allowed"));
        assertEquals(new DecimalType(1), charger.callback.lastStateOf("status#car-state"));
        assertEquals(new StringType("60.5"), charger.callback.lastStateOf("device#firmware-version"));
    }

    @Test
    void aValueThatDidNotChangeIsNotPostedAgain() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.publish("amp", "16");
        charger.publish("amp", "16");
        charger.publish("amp", "16.0");
        charger.publish("amp", "10");
        assertEquals(List.of(new QuantityType<>(16, Units.AMPERE), new QuantityType<>(10, Units.AMPERE)),
                charger.callback.statesOf("charging#requested-current"));
    }

    @Test
    void aTimestampCountedFromBootThatDidNotChangeIsNotPostedAgainWhileTheUptimeMoves() {
        ChargerHarness charger = new ChargerHarness().initialize();
        for (int second = 0; second < 5; second++) {
            charger.publish("rbt", Long.toString(1_000_000 + second * 1000));
            charger.publish("lcs", "990000");
            charger.scheduler.advance(Duration.ofMillis(1000 + 7 * (second % 3))); // the next one a little late
        }
        charger.publish("lcs", "995000");
        assertEquals(5, charger.callback.statesOf("device#uptime").size(), "the uptime changes every second");
        List<State> scans = charger.callback.statesOf("device#controller-scan-time");
        assertEquals(2, scans.size(), "posted when it arrived and when it changed: " + scans);
        assertEquals(Duration.ofSeconds(5), Duration.between(((DateTimeType) scans.get(0)).getInstant(),
                ((DateTimeType) scans.get(1)).getInstant()));
    }

    @Test
    void refreshIsAnsweredFromTheLastValueWithoutPublishing() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.command("charging#requested-current", RefreshType.REFRESH);
        assertTrue(charger.callback.statesOf("charging#requested-current").isEmpty(), "nothing known yet");

        charger.publish("amp", "16");
        charger.command("charging#requested-current", RefreshType.REFRESH);
        charger.afterWindow();
        assertEquals(List.of(new QuantityType<>(16, Units.AMPERE), new QuantityType<>(16, Units.AMPERE)),
                charger.callback.statesOf("charging#requested-current"));
        assertTrue(charger.transport.published().isEmpty());
    }

    @Test
    void anUnknownKeyGetsARawChannelOnceAndItsValues() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.publish("xyz", "{\"a\":1}");
        charger.publish("xyz", "{\"a\":2}");
        assertTrue(charger.callback.statesOf("raw#xyz").isEmpty(), "no state before the channel exists");
        charger.scheduler.runDue();
        charger.publish("xyz", "{\"a\":3}");

        List<Thing> updates = charger.callback.updatedThings().stream()
                .filter(thing -> thing.getChannel(new ChannelUID(thing.getUID(), "raw#xyz")) != null).toList();
        assertEquals(1, updates.size(), "the channel is added once");
        Channel channel = charger.handler.getThing().getChannel(new ChannelUID(charger.thing.getUID(), "raw#xyz"));
        assertNotNull(channel);
        assertEquals("goemqtt:raw-json", String.valueOf(channel.getChannelTypeUID()));
        assertEquals("String", channel.getAcceptedItemType());
        assertEquals(List.of(new StringType("{\"a\":2}"), new StringType("{\"a\":3}")),
                charger.callback.statesOf("raw#xyz"));
    }

    @Test
    void withoutABaseTopicListensUnderEveryDiscoveryBaseAndAnswersWhereTheChargerPublishes() {
        ChargerHarness charger = new ChargerHarness().initialize();
        assertTrue(charger.transport.subscriptions().containsAll(List.of(BASE + "#", "go-eCharger/072246/#")));

        charger.transport.inject("go-eCharger/072246/amp", "16");
        charger.command("charging#requested-current", new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        assertEquals(List.of("10"), charger.transport.publishedTo("go-eCharger/072246/amp/set"));
    }

    @Test
    void aConfiguredBaseTopicIsTheOnlyOne() {
        ChargerHarness charger = new ChargerHarness(Map.of("serial", "072246", "baseTopic", "home/wallbox"))
                .initialize();
        assertTrue(charger.transport.subscriptions().contains("home/wallbox/#"));
        assertFalse(charger.transport.subscriptions().contains(BASE + "#"));
        charger.transport.inject("home/wallbox/amp", "16");
        assertEquals(ONLINE, charger.callback.lastStatus());
    }

    @Test
    void theBaseUnderWhichTheBridgeSawTheSerialIsUsed() {
        ChargerHarness charger = new ChargerHarness();
        charger.transport.retain("go-eCharger/072246/fwv", "\"60.5\"");
        charger.initialize();
        assertTrue(charger.transport.subscriptions().contains("go-eCharger/072246/#"));
        assertFalse(charger.transport.subscriptions().contains(BASE + "#"));
    }

    @Test
    void theFirmwarePropertyFollowsTheChargerAndARepeatedOneLeavesTheThingAlone() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.transport.inject(BASE + "fwv", "\"60.5\"");
        charger.scheduler.runDue();
        assertEquals("60.5", charger.thing.getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
        int waiting = charger.scheduler.waitingTasks();

        charger.transport.inject(BASE + "fwv", "\"60.5\"");
        assertEquals(waiting, charger.scheduler.waitingTasks(), "nothing to change on the thing");
        charger.transport.inject(BASE + "fwv", "\"61.0\"");
        charger.scheduler.runDue();
        assertEquals("61.0", charger.thing.getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
    }

    @Test
    void disposeUnsubscribesAndIgnoresLaterMessages() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.handler.dispose();
        assertFalse(charger.transport.subscriptions().contains(BASE + "#"));
        int reported = charger.callback.statuses().size();
        charger.handler.messageArrived(BaseTopic.of(BASE), new KeyValue("amp", JsonParser.parseString("16")));
        assertEquals(reported, charger.callback.statuses().size());
        assertEquals(0, charger.scheduler.waitingTasks(), "no job left behind");
    }

    private static void assertConfigurationError(Map<String, Object> config, String text) {
        ChargerHarness charger = new ChargerHarness(config).initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, text),
                charger.callback.lastStatus());
    }
}
