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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * One thing found by a discovery service. Built with {@link DiscoveryResultBuilder}.
 */
@NonNullByDefault
public interface DiscoveryResult {

    /** Time to live meaning "forever". */
    long TTL_UNLIMITED = -1;

    /** @return the UID the thing will get */
    ThingUID getThingUID();

    /** @return the thing type */
    ThingTypeUID getThingTypeUID();

    /** @return the binding id */
    String getBindingId();

    /** @return the properties (unmodifiable) */
    Map<String, Object> getProperties();

    /** @return the name of the property that identifies the device, or {@code null} */
    @Nullable
    String getRepresentationProperty();

    /** @return new or ignored */
    DiscoveryResultFlag getFlag();

    /** @return the label (may be empty) */
    String getLabel();

    /** @return the bridge UID, or {@code null} */
    @Nullable
    ThingUID getBridgeUID();

    /** @return the time to live in seconds, or {@link #TTL_UNLIMITED} */
    long getTimeToLive();
}
