/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.discovery;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings.Sighting;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every charger a broker bridge sees under its discovery bases into the inbox: thing UID
 * {@code goemqtt:charger:<bridge>:<serial>}, label "go-e Charger <serial>", configuration {@code serial} and
 * {@code baseTopic}, openHAB's standard properties {@code vendor} and {@code serialNumber}, and
 * {@code firmwareVersion}, {@code modelId} and {@code variant} as far as known (the result is pushed again when one
 * arrives later). The representation property is the configuration parameter {@code serial}, which every charger
 * thing has, however it was added. Results come in the background, from the bridge's subscriptions; a scan pushes
 * the known ones again.
 * <p>
 * Works on both openHAB lines: it uses the protected {@code thingHandler} field and declares
 * {@link #getThingHandler()} itself, and never calls {@code removeOlderResults} or {@code getTimestampOfLastScan}.
 * <p>
 * openHAB registers this class as an OSGi service under the canonical name of every interface it and its
 * superclasses implement, and the framework refuses a name that is no loadable class (a nested interface's
 * {@code Outer.Inner}): so it implements no interface of its own and hears the bridge's sightings through a
 * field.
 */
@NonNullByDefault
public class GoeMqttDiscoveryService extends AbstractThingHandlerDiscoveryService<BrokerHandler> {

    /** Seconds a manual scan lasts: the bridge's retained messages arrive within it. */
    static final int SCAN_TIMEOUT = 5;

    private final Logger logger = LoggerFactory.getLogger(GoeMqttDiscoveryService.class);
    private final ChargerSightings.Listener sightingListener = this::chargerSeen;
    private final ChargerSightings.Listener controllerListener = this::controllerSeen;
    private final ChargerSightings.Listener v1Listener = this::v1ChargerSeen;

    public GoeMqttDiscoveryService() {
        super(BrokerHandler.class, Set.of(THING_TYPE_CHARGER, THING_TYPE_CONTROLLER, THING_TYPE_CHARGER_V1),
                SCAN_TIMEOUT, true);
    }

    @Override
    public @Nullable BrokerHandler getThingHandler() {
        return thingHandler;
    }

    @Override
    public void initialize() {
        BrokerHandler bridge = getThingHandler();
        if (bridge != null) {
            bridge.sightings().addListener(sightingListener);
            bridge.controllerSightings().addListener(controllerListener);
            bridge.v1Sightings().addListener(v1Listener);
        }
        super.initialize();
    }

    @Override
    public void dispose() {
        BrokerHandler bridge = getThingHandler();
        if (bridge != null) {
            bridge.sightings().removeListener(sightingListener);
            bridge.controllerSightings().removeListener(controllerListener);
            bridge.v1Sightings().removeListener(v1Listener);
        }
        super.dispose();
    }

    @Override
    protected void startScan() {
        BrokerHandler bridge = getThingHandler();
        if (bridge != null) {
            bridge.sightings().all().forEach(this::chargerSeen);
            bridge.controllerSightings().all().forEach(this::controllerSeen);
            bridge.v1Sightings().all().forEach(this::v1ChargerSeen);
        }
    }

    /** Puts a charger the bridge saw (again) into the inbox. */
    public void chargerSeen(Sighting sighting) {
        BrokerHandler bridge = getThingHandler();
        if (bridge != null && bridge.v1Sightings().find(sighting.serial()).isPresent()) {
            // it publishes v2 keys as well: offered once, as the richer v2 thing
            thingRemoved(new ThingUID(THING_TYPE_CHARGER_V1, bridge.getThing().getUID(), thingId(sighting.serial())));
        }
        discovered(sighting, THING_TYPE_CHARGER, "go-e Charger " + sighting.serial().value());
    }

    /**
     * Puts an API v1 charger the bridge saw (again) into the inbox as {@code goemqtt:charger-v1}, labelled with its
     * serial and firmware; not when the serial publishes v2 keys as well (it is offered as the v2 charger then).
     */
    public void v1ChargerSeen(Sighting sighting) {
        BrokerHandler bridge = getThingHandler();
        if (bridge == null || bridge.sightings().find(sighting.serial()).isPresent()) {
            return;
        }
        String firmware = sighting.properties().get(Thing.PROPERTY_FIRMWARE_VERSION);
        discovered(sighting, THING_TYPE_CHARGER_V1, "go-e Charger " + sighting.serial().value() + " (API v1"
                + (firmware == null ? ")" : ", firmware " + firmware + ")"));
    }

    /**
     * Puts a go-e Controller the bridge saw (again) under a controller discovery base into the inbox, once its
     * {@code typ} says {@code controller}; labelled with its serial and, once {@code fna} arrived, its name.
     */
    public void controllerSeen(Sighting sighting) {
        String type = sighting.properties().get(Thing.PROPERTY_MODEL_ID);
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("controller")) {
            return;
        }
        String name = sighting.properties().get(PROPERTY_FRIENDLY_NAME);
        discovered(sighting, THING_TYPE_CONTROLLER,
                "go-e Controller " + sighting.serial().value() + (name == null ? "" : " " + name));
    }

    private void discovered(Sighting sighting, ThingTypeUID type, String label) {
        BrokerHandler bridge = getThingHandler();
        if (bridge == null) {
            return;
        }
        ThingUID bridgeUID = bridge.getThing().getUID();
        ThingUID thingUID = new ThingUID(type, bridgeUID, thingId(sighting.serial()));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CONFIG_SERIAL, sighting.serial().value());
        properties.put(CONFIG_BASE_TOPIC, sighting.base().value());
        properties.put(Thing.PROPERTY_VENDOR, VENDOR);
        properties.put(Thing.PROPERTY_SERIAL_NUMBER, sighting.serial().value());
        properties.putAll(sighting.properties());
        DiscoveryResult result = DiscoveryResultBuilder.create(thingUID).withThingType(type).withBridge(bridgeUID)
                .withProperties(properties).withRepresentationProperty(REPRESENTATION_PROPERTY).withLabel(label)
                .build();
        logger.debug("Discovered {} {} under {}", type.getId(), sighting.serial(), sighting.base());
        thingDiscovered(result);
    }

    /** The thing id of a serial: the serial, with any character a UID cannot hold as {@code _}. */
    static String thingId(ChargerSerial serial) {
        return serial.value().replaceAll("[^\\w-]", "_");
    }
}
