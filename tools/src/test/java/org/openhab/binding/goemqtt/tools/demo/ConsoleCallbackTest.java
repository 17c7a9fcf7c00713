/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.types.TimeSeries;

/**
 * The console stand-in for openHAB: prints what the handlers report and plays the framework's part for bridges.
 */
@NonNullByDefault
class ConsoleCallbackTest {

    private final List<String> lines = new ArrayList<>();
    private final ConsoleCallback callback = new ConsoleCallback(lines::add, BindingTexts.load(),
            "status#car-state"::equals, Runnable::run);
    private final Bridge bridge = BridgeBuilder.create(GoeMqttBindingConstants.THING_TYPE_BROKER, "demo").build();
    private final Thing charger = ThingBuilder
            .create(GoeMqttBindingConstants.THING_TYPE_CHARGER, new ThingUID("goemqtt:charger:demo:000001"))
            .withBridge(bridge.getUID()).build();

    @Test
    void aBridgeStatusChangeReachesTheHandlersOfItsThings() {
        ThingHandler handler = mock(ThingHandler.class);
        charger.setHandler(handler);
        callback.add(bridge);
        callback.add(charger);
        ThingStatusInfo offline = ThingStatusInfoBuilder.create(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR).withDescription("connection lost").build();

        callback.statusUpdated(bridge, offline);

        verify(handler).bridgeStatusChanged(offline);
        assertEquals(ThingStatus.OFFLINE, bridge.getStatus());
        assertEquals(List.of("thing goemqtt:broker:demo is OFFLINE (COMMUNICATION_ERROR): connection lost"), lines);
        assertSame(bridge, callback.getBridge(bridge.getUID()));
    }

    @Test
    void onlyTheChosenChannelsArePrintedButEveryStateIsKept() throws InterruptedException {
        ChannelUID carState = new ChannelUID(charger.getUID(), "status#car-state");
        ChannelUID uptime = new ChannelUID(charger.getUID(), "device#uptime");

        callback.stateUpdated(carState, new DecimalType(2));
        callback.stateUpdated(uptime, new DecimalType(5));

        assertEquals(List.of("  000001 status#car-state = 2 (Charging)"), lines);
        assertEquals(new DecimalType(5), callback.state(uptime));
        assertEquals(2, callback.updates());
        assertTrue(callback.await(() -> callback.state(carState) != null, Duration.ZERO));
    }

    @Test
    void aStatusDescriptionIsShownAsOpenhabRendersIt() throws InterruptedException {
        callback.add(charger);

        callback.statusUpdated(charger, ThingStatusInfoBuilder.create(ThingStatus.ONLINE, ThingStatusDetail.NONE)
                .withDescription("@text/online.command-rejected [ \"amp\", \"40\", \"Value 40 too big\" ]").build());

        assertEquals(List.of("thing goemqtt:charger:demo:000001 is ONLINE: amp=40 rejected: Value 40 too big"), lines);
        assertTrue(callback.awaitStatus(charger.getUID(), ThingStatus.ONLINE, Duration.ofMillis(1)));
        assertFalse(callback.awaitStatus(charger.getUID(), ThingStatus.OFFLINE, Duration.ofMillis(1)));
    }

    @Test
    void whatOnlyOpenhabHasIsAbsentOutsideItAndATimeSeriesIsNamed() {
        ChannelUID power = new ChannelUID(charger.getUID(), "power#total");
        TimeSeries series = new TimeSeries(TimeSeries.Policy.ADD);
        series.add(Instant.EPOCH, new DecimalType(1));

        callback.sendTimeSeries(power, series);

        assertEquals(List.of("  " + power + " time series of 1"), lines);
        assertNull(callback.getConfigDescription(GoeMqttBindingConstants.THING_TYPE_CHARGER));
        assertEquals(List.of(), callback.createChannelBuilders(new ChannelGroupUID(charger.getUID(), "power"),
                new ChannelGroupTypeUID("goemqtt", "power")));
    }
}
