/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.types.Command;

@NonNullByDefault
class AbstractThingHandlerDiscoveryServiceTest {

    private static final ThingTypeUID BROKER = new ThingTypeUID("goemqtt", "broker");
    private static final ThingTypeUID CHARGER = new ThingTypeUID("goemqtt", "charger");

    /** A bridge handler without behaviour. */
    static class BrokerHandler extends BaseBridgeHandler {
        BrokerHandler(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void initialize() {
        }
    }

    /** A discovery service that reports what its test tells it to. */
    static class Service extends AbstractThingHandlerDiscoveryService<BrokerHandler> {
        int scans;
        int backgroundStarts;
        int backgroundStops;

        Service() {
            super(BrokerHandler.class, Set.of(CHARGER), 5, true);
        }

        @Override
        public @Nullable BrokerHandler getThingHandler() {
            return thingHandler;
        }

        @Override
        protected void startScan() {
            scans++;
        }

        @Override
        protected void startBackgroundDiscovery() {
            backgroundStarts++;
        }

        @Override
        protected void stopBackgroundDiscovery() {
            backgroundStops++;
        }

        void found(DiscoveryResult result) {
            thingDiscovered(result);
        }

        void gone(ThingUID uid) {
            thingRemoved(uid);
        }
    }

    private final Bridge bridge = BridgeBuilder.create(BROKER, "home").build();
    private final ThingUID chargerUid = new ThingUID(CHARGER, bridge.getUID(), "123456");

    private DiscoveryResult result() {
        return DiscoveryResultBuilder.create(chargerUid).withBridge(bridge.getUID()).withLabel("go-e Charger")
                .withProperty("serial", "123456").withProperties(Map.of("firmware", "055.7"))
                .withRepresentationProperty("serial").withTTL(60).build();
    }

    @Test
    void discoveredAndRemovedThingsReachTheListener() {
        Service service = new Service();
        DiscoveryListener listener = mock(DiscoveryListener.class);
        service.addDiscoveryListener(listener);

        DiscoveryResult result = result();
        service.found(result);
        service.gone(chargerUid);

        verify(listener).thingDiscovered(service, result);
        verify(listener).thingRemoved(service, chargerUid);
    }

    @Test
    void lateListenerReceivesResultsKnownSoFar() {
        Service service = new Service();
        DiscoveryResult result = result();
        service.found(result);
        DiscoveryListener late = mock(DiscoveryListener.class);
        service.addDiscoveryListener(late);
        verify(late).thingDiscovered(service, result);

        service.gone(chargerUid);
        DiscoveryListener later = mock(DiscoveryListener.class);
        service.addDiscoveryListener(later);
        verify(later, never()).thingDiscovered(any(), any());
    }

    @Test
    void builtResultCarriesEverythingTheBuilderWasGiven() {
        ArgumentCaptor<DiscoveryResult> captor = ArgumentCaptor.forClass(DiscoveryResult.class);
        Service service = new Service();
        DiscoveryListener listener = mock(DiscoveryListener.class);
        service.addDiscoveryListener(listener);
        service.found(result());
        verify(listener).thingDiscovered(eq(service), captor.capture());

        DiscoveryResult r = captor.getValue();
        assertEquals(chargerUid, r.getThingUID());
        assertEquals(CHARGER, r.getThingTypeUID());
        assertEquals(bridge.getUID(), r.getBridgeUID());
        assertEquals("go-e Charger", r.getLabel());
        assertEquals(Map.of("serial", "123456", "firmware", "055.7"), r.getProperties());
        assertEquals("serial", r.getRepresentationProperty());
        assertEquals(60, r.getTimeToLive());
        assertEquals("goemqtt", r.getBindingId());
        assertEquals(DiscoveryResultFlag.NEW, r.getFlag());
    }

    @Test
    void bridgeThatDoesNotContainTheThingIsRejected() {
        ThingUID other = new ThingUID(BROKER, "elsewhere");
        assertThrows(IllegalArgumentException.class, () -> DiscoveryResultBuilder.create(chargerUid).withBridge(other));
    }

    @Test
    void handlerIsInjectedAndBackgroundDiscoveryFollowsInitializeAndDispose() {
        Service service = new Service();
        BrokerHandler handler = new BrokerHandler(bridge);
        service.setThingHandler(handler);
        assertSame(handler, service.getThingHandler());
        assertSame(handler, service.thingHandler);

        service.activate(null);
        assertEquals(0, service.backgroundStarts);
        service.initialize();
        assertEquals(1, service.backgroundStarts);
        service.dispose();
        assertEquals(1, service.backgroundStops);
    }

    @Test
    void backgroundDiscoveryCanBeSwitchedOffByConfiguration() {
        Service service = new Service();
        service.activate(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, false));
        service.initialize();
        assertEquals(0, service.backgroundStarts);
        service.modified(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, "true"));
        assertEquals(1, service.backgroundStarts);
    }

    @Test
    void handlerOfTheWrongClassIsRejected() {
        Service service = new Service();
        ThingHandler other = mock(ThingHandler.class);
        assertThrows(IllegalArgumentException.class, () -> service.setThingHandler(other));
    }

    @Test
    void activeScanRunsAndAbortTellsTheScanListener() {
        Service service = new Service();
        ScanListener scanListener = mock(ScanListener.class);
        service.startScan(scanListener);
        assertEquals(1, service.scans);
        service.abortScan();
        verify(scanListener).onErrorOccurred(any());
        verify(scanListener, never()).onFinished();
        assertEquals(Set.of(CHARGER), service.getSupportedThingTypes());
        assertEquals(5, service.getScanTimeout());
    }

    /** A discovery service whose scans take an input text. */
    static class InputService extends AbstractThingHandlerDiscoveryService<BrokerHandler> {
        @Nullable
        String input;
        int plainScans;

        InputService(@Nullable String label, @Nullable String description) {
            super(BrokerHandler.class, Set.of(CHARGER), 0, false, label, description);
        }

        @Override
        public @Nullable BrokerHandler getThingHandler() {
            return thingHandler;
        }

        @Override
        protected void startScan() {
            plainScans++;
        }

        @Override
        protected void startScan(String input) {
            this.input = input;
        }
    }

    @Test
    void scanWithInputReachesTheServiceOnlyWhenItHasLabelAndDescription() {
        InputService withInput = new InputService("Serial", "The charger's serial number");
        assertTrue(withInput.isScanInputSupported());
        assertEquals("Serial", withInput.getScanInputLabel());
        assertEquals("The charger's serial number", withInput.getScanInputDescription());
        withInput.startScan("123456", null);
        assertEquals("123456", withInput.input);
        assertEquals(0, withInput.plainScans);

        InputService withoutInput = new InputService("Serial", null);
        assertFalse(withoutInput.isScanInputSupported());
        withoutInput.startScan("123456", null);
        assertNull(withoutInput.input);
        assertEquals(1, withoutInput.plainScans);
        assertFalse(new Service().isScanInputSupported());
    }
}
