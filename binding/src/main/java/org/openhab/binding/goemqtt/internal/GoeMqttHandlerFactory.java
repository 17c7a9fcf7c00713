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

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.ControllerHandler;
import org.openhab.binding.goemqtt.internal.handler.TransportFactory;
import org.openhab.binding.goemqtt.internal.handler.V1ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handlers of the binding's thing types: the {@code broker} bridge (one MQTT connection each), the
 * {@code charger}, {@code charger-v1} and {@code controller} things. Services the handlers need from openHAB (e.g.
 * a dynamic state description provider) arrive here as {@code @Reference} constructor parameters and are handed to
 * the handlers.
 */
@NonNullByDefault
@Component(configurationPid = "binding." + BINDING_ID, service = ThingHandlerFactory.class)
public class GoeMqttHandlerFactory extends BaseThingHandlerFactory {

    private final TransportFactory transports;
    private final GoeMqttStateDescriptionProvider descriptions;

    @Activate
    public GoeMqttHandlerFactory(@Reference GoeMqttStateDescriptionProvider descriptions) {
        this(PahoTransport::new, descriptions);
    }

    /**
     * @param transports makes the MQTT connection of each bridge (tests pass an in-memory one)
     * @param descriptions publishes the charger's current bounds as the requested current's state description
     */
    public GoeMqttHandlerFactory(TransportFactory transports, GoeMqttStateDescriptionProvider descriptions) {
        this.transports = transports;
        this.descriptions = descriptions;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingTypeUID type = thing.getThingTypeUID();
        if (THING_TYPE_BROKER.equals(type) && thing instanceof Bridge bridge) {
            return new BrokerHandler(bridge, transports);
        } else if (THING_TYPE_CHARGER.equals(type)) {
            return new ChargerHandler(thing, Catalog.standard(), Clock.systemUTC(), null, descriptions);
        } else if (THING_TYPE_CONTROLLER.equals(type)) {
            return new ControllerHandler(thing, Clock.systemUTC(), null);
        } else if (THING_TYPE_CHARGER_V1.equals(type)) {
            return new V1ChargerHandler(thing);
        }
        return null;
    }
}
