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

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * What openHAB's inbox does with a discovery result and the things that exist, as read in openhab-core
 * ({@code AutomaticInboxProcessor}, {@code InboxPredicates}, {@code PersistentInbox}):
 * <ul>
 * <li>the result's value is its property named by its own representation property, compared with
 * {@code String.equals} (so it must be a string);</li>
 * <li>a thing's value is looked up under the representation property of its <em>thing type</em> (the XML): in the
 * thing's properties first, then in its configuration ({@code String.valueOf});</li>
 * <li>a result whose value is a thing's value, that thing of the same type, is set IGNORED (as it arrives, and again
 * when the thing goes ONLINE), so it is not offered again;</li>
 * <li>approving a result creates a thing whose configuration holds the result's values named by a configuration
 * parameter of the type, and whose properties hold all the others, as strings.</li>
 * </ul>
 */
@NonNullByDefault
final class OpenhabInbox {

    private OpenhabInbox() {
    }

    /** The value a result is matched by; null when it has none. */
    static @Nullable String resultValue(DiscoveryResult result) {
        Object value = result.getProperties().get(result.getRepresentationProperty());
        return value instanceof String text ? text : null;
    }

    /** The value a thing is matched by, under its type's representation property; null when it has none. */
    static @Nullable String thingValue(@Nullable String typeRepresentationProperty, Thing thing) {
        if (typeRepresentationProperty == null) {
            return null;
        }
        String property = thing.getProperties().get(typeRepresentationProperty);
        if (property != null) {
            return property;
        }
        Object configured = thing.getConfiguration().get(typeRepresentationProperty);
        return configured == null ? null : String.valueOf(configured);
    }

    /** Whether the inbox sets {@code result} IGNORED because of {@code thing}. */
    static boolean ignoresBecauseOf(DiscoveryResult result, @Nullable String typeRepresentationProperty, Thing thing) {
        String value = resultValue(result);
        return value != null && result.getThingTypeUID().equals(thing.getThingTypeUID())
                && Objects.equals(value, thingValue(typeRepresentationProperty, thing));
    }

    /** The thing approving {@code result} creates, given the names of its type's configuration parameters. */
    static Thing approve(DiscoveryResult result, Set<String> parameters, Map<String, String> typeProperties) {
        Map<String, @Nullable Object> configuration = new HashMap<>();
        Map<String, String> properties = new HashMap<>(typeProperties);
        result.getProperties().forEach((name, value) -> {
            if (parameters.contains(name)) {
                configuration.put(name, value);
            } else {
                properties.put(name, String.valueOf(value));
            }
        });
        return ThingBuilder.create(result.getThingTypeUID(), result.getThingUID())
                .withConfiguration(new Configuration(configuration)).withProperties(properties).build();
    }
}
