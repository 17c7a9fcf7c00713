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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateDescriptionFragmentBuilder;

/**
 * The control parts wired into the charger handler: the PV feed from the input channels to {@code ids/set}, the
 * temporary current limit, the current bounds, the transition triggers and the rule actions, on the fake transport
 * with a manual clock.
 */
@NonNullByDefault
class ChargerControlTest {

    private static final String IDS_SET = BASE + "ids/set";
    private static final String TCL_SET = BASE + "tcl/set";
    private static final String FEED_ACTIVE = "pv#feed-active";
    private static final String GRID = "pv#grid-power-input";
    private static final String PV = "pv#pv-power-input";

    private final ChargerHarness charger = new ChargerHarness().initialize();

    @Test
    void theInputChannelsInKilowattsGoToIdsInWattsEveryIntervalForOneMinute() {
        charger.publish("amp", "16");
        charger.command(GRID, new QuantityType<>(new BigDecimal("-1.2"), MetricPrefix.KILO(Units.WATT)));
        charger.command(PV, new QuantityType<>(new BigDecimal("3.4567"), MetricPrefix.KILO(Units.WATT)));
        List<String> minute = new ArrayList<>();
        for (int second = 0; second < 60; second++) {
            live(Duration.ofSeconds(1));
            if (second % 10 == 9) { // the meters report every 10 s
                charger.command(GRID, new QuantityType<>(-1200 - second, Units.WATT));
                charger.command(PV, new QuantityType<>(3457 + second, Units.WATT));
            }
            int sent = charger.transport.publishedTo(IDS_SET).size();
            if (sent > minute.size()) {
                minute.add(second + 1 + " s " + charger.transport.publishedTo(IDS_SET).get(sent - 1));
            }
        }
        System.out.println("One minute of PV feed on " + IDS_SET + ":\n  " + String.join("\n  ", minute));
        assertEquals(12, minute.size(), "every 5 s: " + minute);
        assertEquals("1 s {\"pGrid\":-1200,\"pPv\":3457}", minute.get(0));
        assertEquals("11 s {\"pGrid\":-1209,\"pPv\":3466}", minute.get(2), "the meters' values of 10 s");
        assertEquals(OnOffType.ON, charger.callback.lastStateOf(FEED_ACTIVE));
        assertTrue(charger.callback.statesOf(GRID).isEmpty(), "inputs are never posted back");
        assertNull(charger.callback.lastStatus().getDescription());
    }

    @Test
    void staleGridValuesStopTheFeedSayWhyAndAFreshValueResumesIt() {
        charger.publish("amp", "16");
        charger.command(GRID, new QuantityType<>(500, Units.WATT));
        live(Duration.ofSeconds(30));
        int sent = charger.transport.publishedTo(IDS_SET).size();
        live(Duration.ofSeconds(30));

        assertEquals(sent, charger.transport.publishedTo(IDS_SET).size(), "nothing sent once stale");
        assertEquals(OnOffType.OFF, charger.callback.lastStateOf(FEED_ACTIVE));
        assertEquals("@text/status.pv-feed-stale [ \"30\" ]", charger.callback.lastStatus().getDescription());
        assertEquals(ThingStatus.ONLINE, charger.callback.lastStatus().getStatus());

        charger.command(GRID, new QuantityType<>(700, Units.WATT));
        charger.scheduler.advance(Duration.ofSeconds(1));
        assertEquals("{\"pGrid\":700}", last(IDS_SET));
        assertEquals(OnOffType.ON, charger.callback.lastStateOf(FEED_ACTIVE));
        assertNull(charger.callback.lastStatus().getDescription());
    }

    @Test
    void aValueThatIsNoPowerIsRefusedWithATextAndTheLastOneStands() {
        charger.publish("amp", "16");
        charger.command(GRID, new QuantityType<>(500, Units.WATT));
        charger.command(GRID, new QuantityType<>(16, Units.AMPERE));
        charger.scheduler.advance(Duration.ofSeconds(1));
        assertEquals("{\"pGrid\":500}", last(IDS_SET));
        assertEquals("@text/online.command-refused [ \"pv#grid-power-input\", \"'16 A' is not a power value for "
                + "pv#grid-power-input (expected e.g. 1200 W)\" ]", charger.callback.lastStatus().getDescription());
    }

    @Test
    void aCommandProblemIsNotHiddenByThePvFeedAndThePvTextReturnsWhenItIsResolved() {
        charger.publish("amp", "16");
        charger.command(GRID, new QuantityType<>(500, Units.WATT));
        charger.command("charging#requested-current", new QuantityType<>(10, Units.AMPERE));
        charger.afterWindow();
        charger.answer("amp", "Value 10 not allowed");
        String problem = charger.callback.lastStatus().getDescription();
        live(Duration.ofSeconds(45));
        assertEquals(problem, charger.callback.lastStatus().getDescription(), "stale feed waits behind the problem");

        charger.command("charging#requested-current", new QuantityType<>(12, Units.AMPERE));
        charger.afterWindow();
        charger.answer("amp", "success");
        assertEquals("@text/status.pv-feed-stale [ \"30\" ]", charger.callback.lastStatus().getDescription());
    }

    @Test
    void theFeedPausesWhileTheBridgeIsOfflineAndSendsAtOnceWhenItIsBack() {
        charger.publish("amp", "16");
        charger.command(GRID, new QuantityType<>(-800, Units.WATT));
        charger.scheduler.advance(Duration.ofSeconds(2));
        charger.transport.disconnect(FailureReason.CONNECTION_LOST, "lost");
        charger.handler.bridgeStatusChanged(charger.bridge.getStatusInfo());
        int sent = charger.transport.publishedTo(IDS_SET).size();
        charger.command(GRID, new QuantityType<>(-900, Units.WATT));
        charger.scheduler.advance(Duration.ofSeconds(20));
        assertEquals(sent, charger.transport.publishedTo(IDS_SET).size());
        assertEquals(OnOffType.OFF, charger.callback.lastStateOf(FEED_ACTIVE));
        assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, charger.callback.lastStatus().getStatusDetail());

        charger.transport.connect();
        charger.handler.bridgeStatusChanged(charger.bridge.getStatusInfo());
        assertEquals(sent + 1, charger.transport.publishedTo(IDS_SET).size(), "sent at once");
        assertEquals("{\"pGrid\":-900}", last(IDS_SET));
        assertEquals(OnOffType.ON, charger.callback.lastStateOf(FEED_ACTIVE));
    }

    @Test
    void aFeedSwitchedOffInTheConfigurationSendsNothing() {
        ChargerHarness off = new ChargerHarness(Map.of("serial", "072246", "pvFeedEnabled", false)).initialize();
        off.publish("amp", "16");
        off.command(GRID, new QuantityType<>(500, Units.WATT));
        off.scheduler.advance(Duration.ofSeconds(30));
        assertEquals(List.of(), off.transport.publishedTo(IDS_SET));
        assertEquals(OnOffType.OFF, off.callback.lastStateOf(FEED_ACTIVE));
    }

    @Test
    void anIntervalOutOfRangeIsAConfigurationErrorNamingTheParameter() {
        ChargerHarness bad = new ChargerHarness(Map.of("serial", "072246", "pvFeedInterval", 7)).initialize();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, bad.callback.lastStatus().getStatusDetail());
        assertEquals("@text/offline.conf-error.invalid-parameter [ \"pvFeedInterval\", \"must be 1 to 5 seconds "
                + "(the charger needs PV data at least every 5 s)‚ not 7 s\" ]",
                bad.callback.lastStatus().getDescription());
    }

    @Test
    void aTemporaryLimitIsRefreshedBeforeTheChargerDropsItUntilItIsCleared() {
        charger.publish("amp", "16");
        charger.command("charging#temporary-current", new QuantityType<>(10, Units.AMPERE));
        assertEquals(List.of("10"), charger.transport.publishedTo(TCL_SET));
        charger.answer("tcl", "success");
        charger.scheduler.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(List.of("10", "10"), charger.transport.publishedTo(TCL_SET), "refreshed after 5 of 10 min");
        charger.answer("tcl", "success");

        charger.command("charging#temporary-current", new QuantityType<>(0, Units.AMPERE));
        assertEquals(List.of("10", "10", "null"), charger.transport.publishedTo(TCL_SET));
        charger.scheduler.advance(Duration.ofMinutes(20));
        assertEquals(List.of("10", "10", "null"), charger.transport.publishedTo(TCL_SET), "no refresh once cleared");
    }

    @Test
    void aRequestedCurrentOutsideTheBoundsIsRefusedAndNotPublished() {
        charger.publish("amp", "16");
        charger.publish("ama", "16");
        charger.command("charging#requested-current", new QuantityType<>(20, Units.AMPERE));
        charger.afterWindow();
        assertEquals(List.of(), charger.transport.publishedTo(BASE + "amp/set"));
        assertEquals("@text/online.command-refused [ \"charging#requested-current\", \"20 A is above the maximum "
                + "of 16 A (maximum current setting ama)\" ]", charger.callback.lastStatus().getDescription());
    }

    @Test
    void theBoundsBecomeTheStateDescriptionOfTheRequestedCurrent() {
        ChannelUID uid = new ChannelUID(charger.thing.getUID(), "charging#requested-current");
        StateDescription original = StateDescriptionFragmentBuilder.create().withMinimum(BigDecimal.ZERO)
                .withMaximum(BigDecimal.valueOf(32)).withPattern("%d %unit%").build().toStateDescription();
        charger.publish("mca", "8");
        charger.publish("ama", "20");
        StateDescription bounded = charger.descriptions
                .getStateDescription(ChannelBuilder.create(uid, "Number:ElectricCurrent").build(), original, null);

        assertNotNull(bounded);
        assertEquals(BigDecimal.valueOf(8), bounded.getMinimum());
        assertEquals(BigDecimal.valueOf(20), bounded.getMaximum());
        assertEquals("%d %unit%", bounded.getPattern(), "the rest of the description is kept");
        charger.handler.dispose();
        assertNull(charger.descriptions.bounds(uid), "gone with the handler");
    }

    @Test
    void aChargingSessionAfterTheRetainedBurstFiresEachTransitionOnce() {
        charger.publishCapture("fw60.5-v3-retained-burst.txt");
        for (String car : List.of("1", "1", "3", "3", "2", "2", "0", "2", "4", "4", "1")) {
            charger.publish("car", car);
        }
        charger.publish("err", "5");
        charger.publish("err", "5");
        charger.publish("err", "0");
        assertEquals(List.of("status#event CAR_CONNECTED", "status#event CHARGING_STARTED",
                "status#event CHARGING_STOPPED", "status#event CAR_DISCONNECTED", "status#event ERROR_RAISED:5",
                "status#event ERROR_CLEARED"), charger.callback.triggers());
    }

    @Test
    void ruleActionsPublishThroughTheHandlerAndReturnTheChargersAnswer() throws Exception {
        charger.publish("amp", "16");
        ChargerActions actions = new ChargerActions();
        actions.setThingHandler(charger.handler);
        assertEquals(List.of(ChargerActions.class), List.copyOf(charger.handler.getServices()));

        assertEquals("success", answered(() -> actions.setChargingCurrent(12), "amp", "success"));
        assertEquals("Value 3 not allowed", answered(actions::stopCharging, "frc", "Value 3 not allowed"));
        assertEquals("success", answered(() -> actions.sendPvData(-1500, 2500, Double.NaN), "ids", "success"));
        assertEquals("{\"pGrid\":-1500,\"pPv\":2500}", last(IDS_SET));
        assertEquals(List.of("12"), charger.transport.publishedTo(BASE + "amp/set"));
        assertEquals(List.of("1"), charger.transport.publishedTo(BASE + "frc/set"));
        assertTrue(actions.setChargingCurrent(40).startsWith("refused: 40 A is above the maximum"));
        assertEquals(List.of("12"), charger.transport.publishedTo(BASE + "amp/set"), "a refusal publishes nothing");
    }

    /** Runs {@code action} on another thread, answers its set of {@code key} with {@code answer}, returns its result. */
    private String answered(Supplier<String> action, String key, String answer) throws Exception {
        int before = charger.transport.publishedTo(BASE + key + "/set").size();
        CompletableFuture<String> result = CompletableFuture.supplyAsync(action);
        Await.until(() -> charger.transport.publishedTo(BASE + key + "/set").size() > before, Duration.ofSeconds(10),
                () -> key + " published");
        charger.answer(key, answer);
        return result.get(10, TimeUnit.SECONDS);
    }

    /** Lets {@code duration} pass while the charger publishes a value every second, as a real one does. */
    private void live(Duration duration) {
        for (long second = 1; second <= duration.toSeconds(); second++) {
            charger.scheduler.advance(Duration.ofSeconds(1));
            charger.publish("rbt", Long.toString(1000 * second));
        }
    }

    private String last(String topic) {
        List<String> all = charger.transport.publishedTo(topic);
        assertFalse(all.isEmpty(), "nothing on " + topic);
        return all.get(all.size() - 1);
    }
}
