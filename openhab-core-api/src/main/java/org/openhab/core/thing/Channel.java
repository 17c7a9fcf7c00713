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

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * One function of a thing that items link to. Built with
 * {@link org.openhab.core.thing.binding.builder.ChannelBuilder}.
 */
@NonNullByDefault
public class Channel {

    private final ChannelUID uid;
    private final @Nullable ChannelTypeUID channelTypeUID;
    private final @Nullable String acceptedItemType;
    private final ChannelKind kind;
    private final Configuration configuration;
    private final Set<String> defaultTags;
    private final Map<String, String> properties;
    private final @Nullable String label;
    private final @Nullable String description;
    private final @Nullable AutoUpdatePolicy autoUpdatePolicy;

    /**
     * Use the channel builder instead.
     *
     * @param uid the channel UID
     * @param channelTypeUID the channel type, or {@code null}
     * @param acceptedItemType the item type, or {@code null}
     * @param kind state or trigger
     * @param configuration the configuration, or {@code null} for an empty one
     * @param defaultTags the tags
     * @param properties the properties, or {@code null}
     * @param label the label, or {@code null}
     * @param description the description, or {@code null}
     * @param autoUpdatePolicy the auto-update policy, or {@code null}
     */
    protected Channel(ChannelUID uid, @Nullable ChannelTypeUID channelTypeUID, @Nullable String acceptedItemType,
            ChannelKind kind, @Nullable Configuration configuration, Set<String> defaultTags,
            @Nullable Map<String, String> properties, @Nullable String label, @Nullable String description,
            @Nullable AutoUpdatePolicy autoUpdatePolicy) {
        this.uid = uid;
        this.channelTypeUID = channelTypeUID;
        this.acceptedItemType = acceptedItemType;
        this.kind = kind;
        this.configuration = configuration == null ? new Configuration() : configuration;
        this.defaultTags = Set.copyOf(defaultTags);
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
        this.label = label;
        this.description = description;
        this.autoUpdatePolicy = autoUpdatePolicy;
    }

    /** @return the accepted item type, or {@code null} */
    public @Nullable String getAcceptedItemType() {
        return acceptedItemType;
    }

    /** @return state or trigger */
    public ChannelKind getKind() {
        return kind;
    }

    /** @return the channel UID */
    public ChannelUID getUID() {
        return uid;
    }

    /** @return the channel type, or {@code null} */
    public @Nullable ChannelTypeUID getChannelTypeUID() {
        return channelTypeUID;
    }

    /** @return the label, or {@code null} for the channel type's label */
    public @Nullable String getLabel() {
        return label;
    }

    /** @return the description, or {@code null} for the channel type's description */
    public @Nullable String getDescription() {
        return description;
    }

    /** @return the configuration */
    public Configuration getConfiguration() {
        return configuration;
    }

    /** @return an unmodifiable copy of the properties */
    public Map<String, String> getProperties() {
        return properties;
    }

    /** @return the default tags */
    public Set<String> getDefaultTags() {
        return defaultTags;
    }

    /** @return the auto-update policy, or {@code null} */
    public @Nullable AutoUpdatePolicy getAutoUpdatePolicy() {
        return autoUpdatePolicy;
    }
}
