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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Builds a {@link Thing}; {@code editThing()} of a handler starts from a copy of the current thing.
 */
@NonNullByDefault
public class ThingBuilder {

    final ThingUID uid;
    final ThingTypeUID typeUID;
    private @Nullable String label;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable Configuration configuration;
    private @Nullable ThingUID bridgeUID;
    private @Nullable Map<String, String> properties;
    private @Nullable String location;

    ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.uid = thingUID;
        this.typeUID = thingTypeUID;
    }

    /**
     * @param thingTypeUID the thing type
     * @param thingId the thing id
     * @return a builder for {@code binding:type:thingId}
     */
    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    /**
     * @param thingTypeUID the thing type
     * @param thingUID the thing UID
     * @return a builder
     */
    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    /**
     * @return the thing
     */
    public Thing build() {
        return populate(new BuiltThing(typeUID, uid));
    }

    /**
     * @param label the label, or {@code null}
     * @return this builder
     */
    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * @param channel a channel of this thing
     * @return this builder
     * @throws IllegalArgumentException when the channel belongs to another thing or its UID is already present
     */
    public ThingBuilder withChannel(Channel channel) {
        checkChannels(List.of(channel), channels);
        channels.add(channel);
        return this;
    }

    /**
     * @param channels the channels replacing all present ones
     * @return this builder
     * @throws IllegalArgumentException when a channel belongs to another thing or a UID appears twice
     */
    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    /**
     * @param channels the channels replacing all present ones
     * @return this builder
     * @throws IllegalArgumentException when a channel belongs to another thing or a UID appears twice
     */
    public ThingBuilder withChannels(List<Channel> channels) {
        checkChannels(channels, List.of());
        this.channels.clear();
        this.channels.addAll(channels);
        return this;
    }

    /**
     * @param channelUID the channel to remove
     * @return this builder
     */
    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        channels.removeIf(channel -> channel.getUID().equals(channelUID));
        return this;
    }

    /**
     * @param channels the channels to remove
     * @return this builder
     */
    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    /**
     * @param channels the channels to remove
     * @return this builder
     */
    public ThingBuilder withoutChannels(List<Channel> channels) {
        channels.forEach(channel -> withoutChannel(channel.getUID()));
        return this;
    }

    /**
     * @param configuration the configuration
     * @return this builder
     */
    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    /**
     * @param bridgeUID the bridge, or {@code null}
     * @return this builder
     */
    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    /**
     * @param properties the properties
     * @return this builder
     */
    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = properties;
        return this;
    }

    /**
     * @param location the location, or {@code null}
     * @return this builder
     */
    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }

    <T extends BuiltThing> T populate(T thing) {
        thing.setLabel(label);
        thing.setChannels(channels);
        thing.setConfiguration(configuration);
        thing.setBridgeUID(bridgeUID);
        Map<String, String> props = properties;
        if (props != null) {
            props.forEach(thing::setProperty);
        }
        thing.setLocation(location);
        return thing;
    }

    private void checkChannels(List<Channel> added, List<Channel> present) {
        Set<ChannelUID> seen = new HashSet<>();
        present.forEach(channel -> seen.add(channel.getUID()));
        for (Channel channel : added) {
            if (!uid.equals(channel.getUID().getThingUID())) {
                throw new IllegalArgumentException(
                        "Channel UID '" + channel.getUID() + "' does not match thing UID '" + uid + "'");
            }
            if (!seen.add(channel.getUID())) {
                throw new IllegalArgumentException("Duplicate channel " + channel.getUID());
            }
        }
    }
}
