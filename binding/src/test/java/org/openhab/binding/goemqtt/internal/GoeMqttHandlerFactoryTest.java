/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The handler factory makes a broker handler for the bridge and a charger handler for each charger thing.
 */
@NonNullByDefault
class GoeMqttHandlerFactoryTest {

    private final GoeMqttHandlerFactory factory = new GoeMqttHandlerFactory((config, scheduler) -> new FakeTransport(),
            new GoeMqttStateDescriptionProvider());

    @Test
    void supportsExactlyTheBrokerAndTheChargerType() {
        assertTrue(factory.supportsThingType(THING_TYPE_BROKER));
        assertTrue(factory.supportsThingType(THING_TYPE_CHARGER));
        assertFalse(factory.supportsThingType(new ThingTypeUID("goecharger", "goe")));
    }

    @Test
    void createsABrokerHandlerForTheBridgeAndAChargerHandlerForAChargerThing() {
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").build();
        Thing charger = ThingBuilder.create(THING_TYPE_CHARGER, "garage").withBridge(bridge.getUID()).build();
        assertInstanceOf(BrokerHandler.class, factory.registerHandler(bridge));
        assertInstanceOf(ChargerHandler.class, factory.registerHandler(charger));
    }

    @Test
    void theProductFactoryNeedsNoArguments() {
        assertTrue(new GoeMqttHandlerFactory(new GoeMqttStateDescriptionProvider()).supportsThingType(THING_TYPE_CHARGER));
    }
}
