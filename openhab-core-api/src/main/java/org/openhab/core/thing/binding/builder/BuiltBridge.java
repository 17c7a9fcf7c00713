/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.binding.builder;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The bridge instances {@link BridgeBuilder} creates. Outside openHAB nobody attaches children, so it has none.
 */
@NonNullByDefault
final class BuiltBridge extends BuiltThing implements Bridge {

    BuiltBridge(ThingTypeUID thingTypeUID, ThingUID uid) {
        super(thingTypeUID, uid);
    }

    @Override
    public @Nullable Thing getThing(ThingUID thingUID) {
        return null;
    }

    @Override
    public List<Thing> getThings() {
        return List.of();
    }

    @Override
    public @Nullable BridgeHandler getHandler() {
        ThingHandler handler = super.getHandler();
        return handler instanceof BridgeHandler bridgeHandler ? bridgeHandler : null;
    }
}
