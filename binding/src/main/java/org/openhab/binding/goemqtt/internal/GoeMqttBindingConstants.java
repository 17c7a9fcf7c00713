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

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Identifiers shared across the binding.
 */
@NonNullByDefault
public final class GoeMqttBindingConstants {

    public static final String BINDING_ID = "goemqtt";

    public static final ThingTypeUID THING_TYPE_BROKER = new ThingTypeUID(BINDING_ID, "broker");
    public static final ThingTypeUID THING_TYPE_CHARGER = new ThingTypeUID(BINDING_ID, "charger");

    public static final ThingTypeUID THING_TYPE_CONTROLLER = new ThingTypeUID(BINDING_ID, "controller");
    /** A charger with the legacy API v1 (HOME, HOME+ of hardware V2): one status object, commands on cmd/req. */
    public static final ThingTypeUID THING_TYPE_CHARGER_V1 = new ThingTypeUID(BINDING_ID, "charger-v1");
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_BROKER, THING_TYPE_CHARGER,
            THING_TYPE_CONTROLLER, THING_TYPE_CHARGER_V1);

    /**
     * Charger configuration: the serial as it appears in the topics. Also the representation property of the thing
     * type and of the discovery results: openHAB compares a result's value with each thing's representation
     * property, looked up in the thing's properties and then in its configuration, so a thing added by hand with
     * nothing but its {@code serial} is matched too.
     */
    public static final String CONFIG_SERIAL = "serial";
    public static final String REPRESENTATION_PROPERTY = CONFIG_SERIAL;

    /** Charger configuration: the topic prefix of the charger, e.g. {@code /go-eCharger/072246/}. */
    public static final String CONFIG_BASE_TOPIC = "baseTopic";

    /** The charger's {@link Thing#PROPERTY_VENDOR}. */
    public static final String VENDOR = "go-e";

    /** Charger property of this binding: the power variant from {@code var}, e.g. {@code 11 kW} or {@code 22 kW}. */
    public static final String PROPERTY_VARIANT = "variant";

    /**
     * The API keys behind the charger properties, and the property each one fills: openHAB's own names for firmware
     * ({@code fwv}) and model ({@code typ}), {@link #PROPERTY_VARIANT} for {@code var}. The serial number
     * ({@link Thing#PROPERTY_SERIAL_NUMBER}) and the vendor come from the configuration.
     */
    public static final Map<String, String> PROPERTY_OF_KEY = Map.of("fwv", Thing.PROPERTY_FIRMWARE_VERSION, "typ",
            Thing.PROPERTY_MODEL_ID, "var", PROPERTY_VARIANT);

    /** Controller property of this binding: the name the owner gave it ({@code fna}). */
    public static final String PROPERTY_FRIENDLY_NAME = "friendlyName";

    /** The API keys behind the controller's properties: firmware, model ({@code typ}: {@code controller}), name. */
    public static final Map<String, String> CONTROLLER_PROPERTY_OF_KEY = Map.of("fwv",
            Thing.PROPERTY_FIRMWARE_VERSION, "typ", Thing.PROPERTY_MODEL_ID, "fna", PROPERTY_FRIENDLY_NAME);

    /**
     * Property names of versions before 0.1.0, removed when a charger thing starts: {@code serial} (now
     * {@code serialNumber}; the configuration parameter {@code serial} stays), {@code firmware} (now
     * {@code firmwareVersion}) and {@code deviceType} (now {@code modelId}).
     */
    public static final Set<String> FORMER_PROPERTIES = Set.of("serial", "firmware", "deviceType");

    private GoeMqttBindingConstants() {
    }
}
