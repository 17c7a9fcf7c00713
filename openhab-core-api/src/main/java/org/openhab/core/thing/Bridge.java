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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.binding.BridgeHandler;

/**
 * A thing that other things are reached through.
 */
@NonNullByDefault
public interface Bridge extends Thing {

    /**
     * @param thingUID a child's UID
     * @return the child, or {@code null}
     */
    @Nullable
    Thing getThing(ThingUID thingUID);

    /** @return the children */
    List<Thing> getThings();

    @Override
    @Nullable
    BridgeHandler getHandler();
}
