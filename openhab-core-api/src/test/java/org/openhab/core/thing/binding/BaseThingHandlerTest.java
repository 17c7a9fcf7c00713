/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.binding;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

@NonNullByDefault
class BaseThingHandlerTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("goemqtt", "charger");
    private static final ThingUID BRIDGE_UID = new ThingUID(new ThingTypeUID("goemqtt", "broker"), "home");

    /** A handler that records the commands it gets. */
    static class RecordingHandler extends BaseThingHandler {
        final List<Command> commands = new ArrayList<>();
        int initializeCalls;

        RecordingHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            commands.add(command);
        }

        @Override
        public void initialize() {
            initializeCalls++;
            updateStatus(ThingStatus.UNKNOWN);
        }
    }

    /** A configuration class as a binding would write it. */
    public static class ChargerConfig {
        public @Nullable String serial;
        public int refreshInterval = 30;
        public long timeoutMillis;
        public double factor;
        public boolean advanced;
    }

    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    private Thing thing = ThingBuilder.create(TYPE, "123456").build();
    private RecordingHandler handler = new RecordingHandler(thing);

    @BeforeEach
    void setUp() {
        Configuration config = new Configuration();
        config.put("serial", "123456");
        config.put("refreshInterval", 10);
        config.put("timeoutMillis", 5000L);
        config.put("factor", 0.5);
        config.put("advanced", true);
        thing = ThingBuilder.create(TYPE, new ThingUID(TYPE, BRIDGE_UID, "123456")).withBridge(BRIDGE_UID)
                .withConfiguration(config).withLabel("Wallbox").build();
        handler = new RecordingHandler(thing);
        handler.setCallback(callback);
    }

    @Test
    void updateStateWithChannelIdReachesCallbackWithFullChannelUid() {
        handler.updateState("energy#power", new DecimalType(5));
        verify(callback).stateUpdated(new ChannelUID(thing.getUID(), "energy#power"), new DecimalType(5));
    }

    @Test
    void updateStateWithChannelUidReachesCallback() {
        ChannelUID uid = new ChannelUID(thing.getUID(), "switch");
        handler.updateState(uid, OnOffType.ON);
        verify(callback).stateUpdated(uid, OnOffType.ON);
    }

    @Test
    void everyUpdateStatusOverloadReachesCallbackAndIsKeptOnTheThing() {
        ArgumentCaptor<ThingStatusInfo> captor = ArgumentCaptor.forClass(ThingStatusInfo.class);

        handler.updateStatus(ThingStatus.ONLINE);
        handler.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        handler.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.bad");

        verify(callback, times(3)).statusUpdated(same(thing), captor.capture());
        List<ThingStatusInfo> infos = captor.getAllValues();
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), infos.get(0));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, null),
                infos.get(1));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.bad"), infos.get(2));
        assertEquals(infos.get(2), handler.getThing().getStatusInfo());
    }

    @Test
    void triggerChannelReachesCallbackWithThingAndEvent() {
        handler.triggerChannel("button", "PRESSED");
        handler.triggerChannel(new ChannelUID(thing.getUID(), "button"));
        verify(callback).channelTriggered(thing, new ChannelUID(thing.getUID(), "button"), "PRESSED");
        verify(callback).channelTriggered(thing, new ChannelUID(thing.getUID(), "button"), "");
    }

    @Test
    void updatePropertyTellsTheFrameworkOnlyWhenTheValueChanges() {
        handler.updateProperty(Thing.PROPERTY_FIRMWARE_VERSION, "055.7");
        handler.updateProperty(Thing.PROPERTY_FIRMWARE_VERSION, "055.7");
        assertEquals("055.7", thing.getProperties().get(Thing.PROPERTY_FIRMWARE_VERSION));
        verify(callback, times(1)).thingUpdated(thing);

        handler.updateProperties(Map.of("a", "1", "b", "2"));
        verify(callback, times(2)).thingUpdated(thing);
        handler.updateProperty("a", null);
        assertFalse(thing.getProperties().containsKey("a"));
        verify(callback, times(3)).thingUpdated(thing);
    }

    @Test
    void getConfigAsMapsBigDecimalsToFieldTypes() {
        ChargerConfig config = handler.getConfigAs(ChargerConfig.class);
        assertEquals("123456", config.serial);
        assertEquals(10, config.refreshInterval);
        assertEquals(5000L, config.timeoutMillis);
        assertEquals(0.5, config.factor);
        assertTrue(config.advanced);
        assertEquals(new BigDecimal(10), handler.getConfig().get("refreshInterval"));
    }

    @Test
    void getBridgeAsksTheCallbackForTheBridgeUid() {
        Bridge bridge = BridgeBuilder.create(new ThingTypeUID("goemqtt", "broker"), BRIDGE_UID).build();
        when(callback.getBridge(BRIDGE_UID)).thenReturn(bridge);
        assertSame(bridge, handler.getBridge());
    }

    @Test
    void isLinkedAsksTheCallback() {
        ChannelUID uid = new ChannelUID(thing.getUID(), "power");
        when(callback.isChannelLinked(uid)).thenReturn(true);
        assertTrue(handler.isLinked("power"));
        assertFalse(handler.isLinked("other"));
    }

    @Test
    void channelLinkedSendsRefresh() {
        handler.channelLinked(new ChannelUID(thing.getUID(), "power"));
        assertEquals(List.of(RefreshType.REFRESH), handler.commands);
    }

    @Test
    void editThingAndUpdateThingAddAChannelAtRunTime() {
        ChannelUID uid = new ChannelUID(thing.getUID(), "extra", "temperature");
        Channel channel = ChannelBuilder.create(uid, "Number:Temperature")
                .withType(new ChannelTypeUID("goemqtt", "temperature")).withLabel("Temperature")
                .withKind(ChannelKind.STATE).build();

        Thing changed = handler.editThing().withChannel(channel).build();
        handler.updateThing(changed);

        verify(callback).thingUpdated(changed);
        assertSame(changed, handler.getThing());
        Channel stored = handler.getThing().getChannel(uid);
        assertNotNull(stored);
        assertEquals("Number:Temperature", stored.getAcceptedItemType());
        assertEquals("Temperature", stored.getLabel());
        assertEquals(List.of(stored), handler.getThing().getChannelsOfGroup("extra"));
        assertEquals(thing.getConfiguration(), changed.getConfiguration());
        assertEquals(BRIDGE_UID, changed.getBridgeUID());
        assertEquals("Wallbox", changed.getLabel());
    }

    @Test
    void updateThingRejectsTheCurrentInstance() {
        assertThrows(IllegalArgumentException.class, () -> handler.updateThing(thing));
    }

    @Test
    void channelOfAnotherThingCannotBeAdded() {
        Channel foreign = ChannelBuilder.create(new ChannelUID("goemqtt:charger:other:power")).build();
        assertThrows(IllegalArgumentException.class, () -> handler.editThing().withChannel(foreign));
    }

    @Test
    void configurationUpdateOfAnInitializedHandlerReinitializes() {
        handler.initialize();
        handler.handleConfigurationUpdate(Map.of("refreshInterval", new BigDecimal(60)));
        assertEquals(2, handler.initializeCalls);
        assertEquals(new BigDecimal(60), handler.getThing().getConfiguration().get("refreshInterval"));
        verify(callback, atLeastOnce()).validateConfigurationParameters(eq(thing), anyMap());
    }

    @Test
    void unchangedConfigurationIsIgnored() {
        handler.handleConfigurationUpdate(Map.of("serial", "123456"));
        verify(callback, never()).thingUpdated(any());
    }

    @Test
    void bridgeGoingOfflineTakesTheThingOffline() {
        handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.NONE, null));
        assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, thing.getStatusInfo().getStatusDetail());
        handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
        assertEquals(ThingStatus.ONLINE, thing.getStatus());
    }

    @Test
    void afterDisposalNothingReachesTheCallback() {
        handler.setCallback(null);
        handler.updateState("power", OnOffType.ON);
        handler.updateStatus(ThingStatus.ONLINE);
        verifyNoInteractions(callback);
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
    }

    @Test
    void handlerOffersNoServicesByDefaultAndHasAScheduler() {
        assertTrue(handler.getServices().isEmpty());
        assertFalse(handler.scheduler.isShutdown());
    }

    @Test
    void postCommandReachesCallback() {
        handler.postCommand("power", OnOffType.OFF);
        verify(callback).postCommand(new ChannelUID(thing.getUID(), "power"), OnOffType.OFF);
    }
}
