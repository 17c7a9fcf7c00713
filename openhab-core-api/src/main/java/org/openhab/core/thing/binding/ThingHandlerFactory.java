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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Creates handlers (and things) for the thing types of a binding.
 */
@NonNullByDefault
public interface ThingHandlerFactory {

    /**
     * @param thingTypeUID a thing type
     * @return whether this factory handles it
     */
    boolean supportsThingType(ThingTypeUID thingTypeUID);

    /**
     * @param thing the thing
     * @return its new handler
     * @throws IllegalStateException when no handler can be created
     */
    ThingHandler registerHandler(Thing thing);

    /** @param thing the thing whose handler goes away */
    void unregisterHandler(Thing thing);

    /**
     * @param thingTypeUID the thing type
     * @param configuration the configuration
     * @param thingUID the thing UID, or {@code null}
     * @param bridgeUID the bridge UID, or {@code null}
     * @return the thing, or {@code null} when the type is unknown
     */
    @Nullable
    Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, @Nullable ThingUID thingUID,
            @Nullable ThingUID bridgeUID);

    /** @param thingUID a removed thing */
    void removeThing(ThingUID thingUID);
}
