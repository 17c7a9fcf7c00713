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
import org.openhab.core.thing.ThingTypeUID;

/**
 * Identifiers shared across the binding.
 */
@NonNullByDefault
public final class GoeMqttBindingConstants {

    public static final String BINDING_ID = "goemqtt";

    public static final ThingTypeUID THING_TYPE_BROKER = new ThingTypeUID(BINDING_ID, "broker");
    public static final ThingTypeUID THING_TYPE_CHARGER = new ThingTypeUID(BINDING_ID, "charger");

    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_BROKER, THING_TYPE_CHARGER);

    /** Charger configuration and representation property: the serial as it appears in the topics. */
    public static final String CONFIG_SERIAL = "serial";
    public static final String PROPERTY_SERIAL = "serial";

    /** Charger configuration: the topic prefix of the charger, e.g. {@code /go-eCharger/072246/}. */
    public static final String CONFIG_BASE_TOPIC = "baseTopic";

    /** Charger properties, from the keys {@code fwv}, {@code typ} and {@code var}. */
    public static final String PROPERTY_FIRMWARE = "firmware";
    public static final String PROPERTY_DEVICE_TYPE = "deviceType";
    public static final String PROPERTY_VARIANT = "variant";

    /** The API keys behind the charger properties, and the property each one fills. */
    public static final Map<String, String> PROPERTY_OF_KEY = Map.of("fwv", PROPERTY_FIRMWARE, "typ",
            PROPERTY_DEVICE_TYPE, "var", PROPERTY_VARIANT);

    private GoeMqttBindingConstants() {
    }
}
