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

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.V1ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.runtime.OsgiFramework;
import org.openhab.binding.goemqtt.runtime.Prototype;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.w3c.dom.Element;

/**
 * The handler factory makes a broker handler for the bridge and a charger handler for each charger thing, and
 * their services register with the OSGi framework as openHAB registers them (under the canonical names of the
 * interfaces they implement; the framework refuses a name that is no loadable class).
 */
@NonNullByDefault
class GoeMqttHandlerFactoryTest {

    private final GoeMqttHandlerFactory factory = new GoeMqttHandlerFactory((config, scheduler) -> new FakeTransport(),
            new GoeMqttStateDescriptionProvider());
    private final OsgiFramework framework = new OsgiFramework();

    GoeMqttHandlerFactoryTest() {
        framework.activate(factory);
    }

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
    void createsAV1ChargerHandlerForAnApiV1ChargerWhoseActionsRegisterToo() {
        assertTrue(factory.supportsThingType(THING_TYPE_CHARGER_V1));
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").build();
        Thing charger = ThingBuilder.create(THING_TYPE_CHARGER_V1, "hall").withBridge(bridge.getUID()).build();
        ThingHandler handler = factory.registerHandler(charger);
        assertInstanceOf(V1ChargerHandler.class, handler);
        List<ThingActions> actions = framework.services(ThingActions.class);
        assertEquals(1, actions.size());
        assertSame(handler, actions.get(0).getThingHandler());
    }

    @Test
    void theBridgesDiscoveryServiceRegistersWithTheFrameworkAndWorksForTheBridge() {
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").build();
        BrokerHandler broker = (BrokerHandler) factory.registerHandler(bridge);

        List<DiscoveryService> discovery = framework.services(DiscoveryService.class);
        assertEquals(1, discovery.size());
        GoeMqttDiscoveryService service = assertInstanceOf(GoeMqttDiscoveryService.class, discovery.get(0));
        assertSame(broker, service.getThingHandler());
        assertEquals(Set.of(THING_TYPE_CHARGER, THING_TYPE_CONTROLLER, THING_TYPE_CHARGER_V1),
                service.getSupportedThingTypes());
    }

    @Test
    void theChargersActionsRegisterAsThingActionsForTheCharger() {
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").build();
        Thing charger = ThingBuilder.create(THING_TYPE_CHARGER, "garage").withBridge(bridge.getUID()).build();
        ThingHandler handler = factory.registerHandler(charger);

        List<ThingActions> actions = framework.services(ThingActions.class);
        assertEquals(1, actions.size());
        assertSame(handler, actions.get(0).getThingHandler());
    }

    @Test
    void theChargersActionsComeFromTheirPrototypeComponentAsInOpenhabAndAreReleasedWithTheHandler() throws Exception {
        // the component description bnd generated for the bundle, as SCR reads it
        Element component = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target", "classes", "OSGI-INF", ChargerActions.class.getName() + ".xml").toFile())
                .getDocumentElement();
        Element service = (Element) component.getElementsByTagName("service").item(0);
        assertEquals("prototype", service.getAttribute("scope"));
        Element provide = (Element) service.getElementsByTagName("provide").item(0);
        assertEquals(ChargerActions.class.getName(), provide.getAttribute("interface"),
                "openHAB takes a handler's service from a component only if it provides exactly its own class");
        Prototype<ChargerActions> prototype = framework.registerPrototype(ChargerActions.class, ChargerActions.class);
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").build();
        Thing charger = ThingBuilder.create(THING_TYPE_CHARGER, "garage").withBridge(bridge.getUID()).build();

        charger.setHandler(factory.registerHandler(charger));

        List<ThingActions> actions = framework.services(ThingActions.class);
        assertEquals(prototype.live(), actions, "the registered actions are the instance the component made");
        factory.unregisterHandler(charger);
        assertTrue(prototype.live().isEmpty(), "released with the handler");
        assertTrue(framework.services(ThingActions.class).isEmpty());
    }

    @Test
    void unregisteringTheBridgeTakesItsDiscoveryServiceAway() {
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").build();
        bridge.setHandler(factory.registerHandler(bridge));

        factory.unregisterHandler(bridge);

        assertTrue(framework.services(DiscoveryService.class).isEmpty());
    }

    @Test
    void theProductFactoryNeedsNoArguments() {
        assertTrue(new GoeMqttHandlerFactory(new GoeMqttStateDescriptionProvider()).supportsThingType(THING_TYPE_CHARGER));
    }
}
