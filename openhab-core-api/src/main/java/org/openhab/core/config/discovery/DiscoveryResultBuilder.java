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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Builds a {@link DiscoveryResult}.
 */
@NonNullByDefault
public class DiscoveryResultBuilder {

    private final ThingUID thingUID;
    private @Nullable ThingUID bridgeUID;
    private final Map<String, Object> properties = new HashMap<>();
    private @Nullable String representationProperty;
    private @Nullable String label;
    private long ttl = DiscoveryResult.TTL_UNLIMITED;
    private @Nullable ThingTypeUID thingTypeUID;

    private DiscoveryResultBuilder(ThingUID thingUID) {
        this.thingUID = thingUID;
    }

    /**
     * @param thingUID the UID the thing will get
     * @return a builder
     */
    public static DiscoveryResultBuilder create(ThingUID thingUID) {
        return new DiscoveryResultBuilder(thingUID);
    }

    /**
     * @param thingTypeUID the thing type; by default taken from the thing UID
     * @return this builder
     */
    public DiscoveryResultBuilder withThingType(@Nullable ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
        return this;
    }

    /**
     * @param properties properties to add, or {@code null}
     * @return this builder
     */
    public DiscoveryResultBuilder withProperties(@Nullable Map<String, Object> properties) {
        if (properties != null) {
            this.properties.putAll(properties);
        }
        return this;
    }

    /**
     * @param key the property name
     * @param value its value
     * @return this builder
     */
    public DiscoveryResultBuilder withProperty(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    /**
     * @param representationProperty the name of the property that identifies the device
     * @return this builder
     */
    public DiscoveryResultBuilder withRepresentationProperty(@Nullable String representationProperty) {
        this.representationProperty = representationProperty;
        return this;
    }

    /**
     * @param bridgeUID the bridge, or {@code null}
     * @return this builder
     * @throws IllegalArgumentException when the thing UID does not lie under the bridge
     */
    public DiscoveryResultBuilder withBridge(@Nullable ThingUID bridgeUID) {
        if (bridgeUID != null && (!thingUID.getBindingId().equals(bridgeUID.getBindingId())
                || !thingUID.getBridgeIds().contains(bridgeUID.getId()))) {
            throw new IllegalArgumentException(
                    "Thing UID '" + thingUID + "' does not match bridge UID '" + bridgeUID + "'");
        }
        this.bridgeUID = bridgeUID;
        return this;
    }

    /**
     * @param label the label, or {@code null}
     * @return this builder
     */
    public DiscoveryResultBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * @param ttl time to live in seconds
     * @return this builder
     */
    public DiscoveryResultBuilder withTTL(long ttl) {
        this.ttl = ttl;
        return this;
    }

    /**
     * @return the result
     */
    public DiscoveryResult build() {
        ThingTypeUID type = thingTypeUID;
        if (type == null) {
            String typeId = thingUID.getAsString().split(":")[1];
            type = new ThingTypeUID(thingUID.getBindingId(), typeId);
        }
        String text = label;
        return new Result(thingUID, type, bridgeUID, Map.copyOf(properties), representationProperty,
                text == null ? "" : text, ttl);
    }

    /** The immutable result. */
    private record Result(ThingUID getThingUID, ThingTypeUID getThingTypeUID, @Nullable ThingUID getBridgeUID,
            Map<String, Object> getProperties, @Nullable String getRepresentationProperty, String getLabel,
            long getTimeToLive) implements DiscoveryResult {

        @Override
        public String getBindingId() {
            return getThingUID.getBindingId();
        }

        @Override
        public DiscoveryResultFlag getFlag() {
            return DiscoveryResultFlag.NEW;
        }
    }
}
