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
import static org.mockito.Mockito.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;

@NonNullByDefault
class BaseBridgeHandlerTest {

    private static final ThingTypeUID BROKER = new ThingTypeUID("goemqtt", "broker");

    /** A bridge handler without behaviour. */
    static class PlainBridgeHandler extends BaseBridgeHandler {
        PlainBridgeHandler(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void initialize() {
        }
    }

    /** A factory that creates bridge handlers for brokers only. */
    static class Factory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return BROKER.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            return thing instanceof Bridge bridge ? new PlainBridgeHandler(bridge) : null;
        }
    }

    @Test
    void bridgeHandlerReturnsItsBridgeAndEditsAsBridge() {
        Bridge bridge = BridgeBuilder.create(BROKER, "home").withLabel("Broker").build();
        PlainBridgeHandler handler = new PlainBridgeHandler(bridge);
        handler.setCallback(mock(ThingHandlerCallback.class));

        assertSame(bridge, handler.getThing());
        Bridge copy = handler.editThing().withLabel("Renamed").build();
        assertEquals("Renamed", copy.getLabel());
        assertEquals(bridge.getUID(), copy.getUID());
        assertNull(handler.getThing().getThing(bridge.getUID()), "a child is found through the bridge itself");
        handler.childHandlerInitialized(handler, bridge);
        handler.childHandlerDisposed(handler, bridge);
    }

    @Test
    void factoryRegistersBridgeHandlersAndRejectsUnknownThings() {
        Factory factory = new Factory();
        Bridge bridge = BridgeBuilder.create(BROKER, "home").build();
        assertInstanceOf(PlainBridgeHandler.class, factory.registerHandler(bridge));
        Thing charger = ThingBuilder.create(new ThingTypeUID("goemqtt", "charger"), "1").build();
        assertThrows(IllegalStateException.class, () -> factory.registerHandler(charger));
        assertTrue(factory.supportsThingType(BROKER));
    }
}
