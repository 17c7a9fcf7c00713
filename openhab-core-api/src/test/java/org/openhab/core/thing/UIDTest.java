/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.type.ChannelTypeUID;

@NonNullByDefault
class UIDTest {

    private static final ThingTypeUID CHARGER = new ThingTypeUID("goemqtt", "charger");
    private static final ThingTypeUID BROKER = new ThingTypeUID("goemqtt", "broker");

    @Test
    void thingUidUnderABridgeCarriesTheBridgeId() {
        ThingUID bridge = new ThingUID(BROKER, "home");
        ThingUID charger = new ThingUID(CHARGER, bridge, "123456");
        assertEquals("goemqtt:charger:home:123456", charger.getAsString());
        assertEquals(List.of("home"), charger.getBridgeIds());
        assertEquals("123456", charger.getId());
        assertEquals("goemqtt", charger.getBindingId());
        assertEquals(charger, new ThingUID("goemqtt:charger:home:123456"));
    }

    @Test
    void channelUidKnowsItsGroupAndThing() {
        ThingUID thing = new ThingUID(CHARGER, "123456");
        ChannelUID channel = new ChannelUID(thing, "energy", "power-total");
        assertEquals("goemqtt:charger:123456:energy#power-total", channel.toString());
        assertTrue(channel.isInGroup());
        assertEquals("energy", channel.getGroupId());
        assertEquals("power-total", channel.getIdWithoutGroup());
        assertEquals("energy#power-total", channel.getId());
        assertEquals(thing, channel.getThingUID());
        assertEquals(channel, new ChannelUID(new ChannelGroupUID(thing, "energy"), "power-total"));
        assertNull(new ChannelUID(thing, "plain").getGroupId());
    }

    @Test
    void invalidSegmentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("goemqtt", "bad type"));
        assertThrows(IllegalArgumentException.class, () -> new ThingUID(CHARGER, "a:b:"));
        assertThrows(IllegalArgumentException.class, () -> new ThingUID("goemqtt:charger"));
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID("goemqtt:charger:1:a#b#c"));
        assertThrows(IllegalArgumentException.class, () -> new ThingUID(CHARGER, ""));
    }

    @Test
    void uidsOfDifferentKindsAreNotEqual() {
        assertNotEquals(new ChannelTypeUID("goemqtt:charger"), CHARGER);
        assertEquals("charger", new ChannelTypeUID("goemqtt", "charger").getId());
    }
}
