/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.discovery;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingUID;

/**
 * Receives the results of a discovery service. (The framework's interface has more methods, whose signatures differ
 * between openHAB lines; use a mock in tests.)
 */
@NonNullByDefault
public interface DiscoveryListener {

    /**
     * @param source the discovery service
     * @param result what it found
     */
    void thingDiscovered(DiscoveryService source, DiscoveryResult result);

    /**
     * @param source the discovery service
     * @param thingUID a thing it no longer sees
     */
    void thingRemoved(DiscoveryService source, ThingUID thingUID);
}
