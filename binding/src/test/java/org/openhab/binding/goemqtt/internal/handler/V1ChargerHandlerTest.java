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
import static org.openhab.binding.goemqtt.internal.handler.V1Harness.COMMAND_TOPIC;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

import com.google.gson.JsonParser;

/**
 * The API v1 charger thing on the fake transport: status, states of the captured status, commands on
 * {@code cmd/req} confirmed or not by later statuses, the requested current's key, silence.
 */
@NonNullByDefault
class V1ChargerHandlerTest {

    private static final ThingStatusInfo ONLINE = new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE,
            null);

    @Test
    void isUnknownUntilTheFirstStatusThenOnlineWithTheCapturedStatesInTheirUnits() {
        V1Harness charger = new V1Harness().initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
                "@text/unknown.charger-waiting [ \"/go-eCharger/123345/\" ]"), charger.callback.lastStatus());

        charger.publishCapture();

        assertEquals(ONLINE, charger.callback.lastStatus());
        State energy = charger.callback.lastStateOf("energy#total-energy");
        assertEquals(new BigDecimal("7398"), ((QuantityType<?>) energy).toUnit(Units.KILOWATT_HOUR).toBigDecimal()
                .stripTrailingZeros().setScale(0), "eto 73980 in 0.1 kWh");
        assertEquals(new QuantityType<>(16, Units.AMPERE), charger.callback.lastStateOf("charging#requested-current"));
        assertEquals(OnOffType.OFF, charger.callback.lastStateOf("status#charging-allowed"), "alw \"0\"");
        assertEquals(new DecimalType(1), charger.callback.lastStateOf("status#car-state"));
        charger.scheduler.runDue(); // properties change on the scheduler
        assertEquals("041.0", charger.handler.getThing().getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
        assertEquals("123345", charger.handler.getThing().getProperties().get(Thing.PROPERTY_SERIAL_NUMBER));
        assertTrue(charger.transport.subscriptions().contains("/go-eCharger/123345/#"),
                charger.transport.subscriptions().toString());
    }

    @Test
    void aOnePhaseChargerWiredOnNeutralShowsItsValuesOnL1() {
        V1Harness charger = new V1Harness().initialize();
        charger.status.addProperty("pha", "8");
        charger.status.add("nrg", JsonParser.parseString("[0,0,0,231,0,0,0,0,0,0,36,0,0,0,0,98]"));
        charger.publishStatus();
        assertEquals(new QuantityType<>(231, Units.VOLT), charger.callback.lastStateOf("phases#voltage-l1"));
        assertEquals(new BigDecimal("3600"), ((QuantityType<?>) charger.callback.lastStateOf("phases#power-l1"))
                .toUnit(Units.WATT).toBigDecimal().stripTrailingZeros().setScale(0), "nrg[10] 36 in 0.1 kW");
        assertEquals(new QuantityType<>(231, Units.VOLT), charger.callback.lastStateOf("phases#voltage-n"),
                "N itself is still shown as sent");
    }

    @Test
    void anUnchangedStatusPostsNothingAgainAndRefreshAnswersFromTheLastOne() {
        V1Harness charger = new V1Harness().initialize();
        charger.publishCapture();
        int posted = charger.callback.states().size();
        charger.publishCapture();
        assertEquals(posted, charger.callback.states().size());
        charger.command("charging#requested-current", RefreshType.REFRESH);
        assertEquals(posted + 1, charger.callback.states().size());
        assertEquals(List.of(), charger.transport.publishedTo(COMMAND_TOPIC), "REFRESH publishes nothing");
    }

    @Test
    void isOfflineAfterTheSilenceTimeoutAndOnlineWithTheNextStatus() {
        V1Harness charger = new V1Harness(Map.of("silenceTimeout", new BigDecimal(20))).initialize();
        charger.publishCapture();
        charger.scheduler.advance(Duration.ofSeconds(25));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.no-data [ \"20\" ]"), charger.callback.lastStatus());
        charger.publishCapture();
        assertEquals(ONLINE, charger.callback.lastStatus());
    }

    @Test
    void startIsAlwOnCmdReqConfirmedByTheNextStatusShowingIt() {
        V1Harness charger = new V1Harness().initialize();
        charger.publishCapture();
        charger.command("status#charging-allowed", OnOffType.ON);
        assertEquals(List.of("alw=1"), charger.transport.publishedTo(COMMAND_TOPIC));

        charger.publishStatus("alw", "1");
        charger.publishStatus();
        charger.publishStatus();
        charger.publishStatus();

        assertEquals(ONLINE, charger.callback.lastStatus(), "confirmed: no command problem, also periods later");
        assertEquals(List.of(), charger.callback.triggers());
    }

    @Test
    void aCommandNoStatusShowsIsUnconfirmedAfterTheConfiguredPeriodsWithTheV2TextAndTrigger() {
        V1Harness charger = new V1Harness(Map.of("confirmPeriods", new BigDecimal(2))).initialize();
        charger.publishCapture();
        State shown = charger.callback.lastStateOf("status#charging-allowed");
        charger.command("status#charging-allowed", OnOffType.ON);
        charger.callback.clearStates();
        charger.publishCapture();
        assertEquals(ONLINE, charger.callback.lastStatus(), "one period is not yet two");
        charger.publishCapture();

        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                "@text/online.command-unconfirmed [ \"alw\", \"1\", \"041.0\" ]"), charger.callback.lastStatus());
        assertEquals(List.of("status#event alw:ERROR"), charger.callback.triggers());
        assertEquals(List.of(shown), charger.callback.statesOf("status#charging-allowed"),
                "the item goes back to what the charger shows");
    }

    @Test
    void theRequestedCurrentGoesToAmpAtMostOnceAMinuteWhereTheFirmwareHasNoAmx() {
        V1Harness charger = new V1Harness().initialize();
        charger.command("charging#requested-current", new QuantityType<>(10, Units.AMPERE));
        assertEquals(List.of(), charger.transport.publishedTo(COMMAND_TOPIC), "before a status: amx unknown");

        charger.publishCapture();
        charger.command("charging#requested-current", new QuantityType<>(10, Units.AMPERE));
        assertEquals(List.of("amp=10"), charger.transport.publishedTo(COMMAND_TOPIC));
        charger.publishStatus("amp", "10");

        charger.scheduler.advance(Duration.ofSeconds(30));
        charger.command("charging#requested-current", new QuantityType<>(12, Units.AMPERE));
        assertEquals(List.of("amp=10"), charger.transport.publishedTo(COMMAND_TOPIC), "flash wear: refused");
        String refusal = String.valueOf(charger.callback.lastStatus().getDescription());
        assertTrue(refusal.startsWith("@text/online.command-refused [ \"charging#requested-current\""), refusal);
        assertTrue(refusal.contains("at most once a minute"), refusal);
        assertEquals(new QuantityType<>(10, Units.AMPERE), charger.callback.lastStateOf("charging#requested-current"),
                "the item goes back");

        charger.scheduler.advance(Duration.ofSeconds(31));
        charger.publishStatus();
        charger.command("charging#requested-current", new QuantityType<>(12, Units.AMPERE));
        assertEquals(List.of("amp=10", "amp=12"), charger.transport.publishedTo(COMMAND_TOPIC));
    }

    @Test
    void theRequestedCurrentGoesToAmxWhereTheStatusHasItAndStaysWithinTheLimits() {
        V1Harness charger = new V1Harness().initialize();
        charger.publishStatus("amx", "16");
        charger.command("charging#requested-current", new QuantityType<>(10, Units.AMPERE));
        charger.scheduler.advance(CommandCoalescer.WINDOW);
        charger.command("charging#requested-current", new QuantityType<>(8, Units.AMPERE));
        charger.scheduler.advance(CommandCoalescer.WINDOW);
        assertEquals(List.of("amx=10", "amx=8"), charger.transport.publishedTo(COMMAND_TOPIC));

        charger.command("charging#requested-current", new QuantityType<>(20, Units.AMPERE));
        charger.command("charging#requested-current", new QuantityType<>(5, Units.AMPERE));
        assertEquals(2, charger.transport.publishedTo(COMMAND_TOPIC).size(), "above ama 16 A, below 6 A: refused");
        String refusal = String.valueOf(charger.callback.lastStatus().getDescription());
        assertTrue(refusal.contains("6") && refusal.contains("32"), refusal); // the catalog's range of amp
    }

    @Test
    void aCommandWithoutConnectionIsNotSentAndSaysSo() {
        V1Harness charger = new V1Harness().initialize();
        charger.publishCapture();
        charger.transport.disconnect(FailureReason.CONNECTION_LOST, "gone");
        charger.command("status#charging-allowed", OnOffType.ON);
        assertEquals(List.of(), charger.transport.publishedTo(COMMAND_TOPIC));
        assertEquals("@text/offline.bridge-offline.command-not-sent [ \"alw\", \"1\" ]",
                charger.callback.lastStatus().getDescription());
    }

    @Test
    void confirmPeriodsOutsideOneToTwentyIsAConfigurationError() {
        V1Harness charger = new V1Harness(Map.of("confirmPeriods", new BigDecimal(0))).initialize();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, charger.callback.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(charger.callback.lastStatus().getDescription()).contains("confirmPeriods"));
        V1Harness reserve = new V1Harness(Map.of("pvControlReserve", new BigDecimal(-1))).initialize();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, reserve.callback.lastStatus().getStatusDetail());
        assertTrue(String.valueOf(reserve.callback.lastStatus().getDescription()).contains("pvControlReserve"),
                String.valueOf(reserve.callback.lastStatus().getDescription()));
    }
}
