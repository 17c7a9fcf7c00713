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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * How a handler tells the framework about states, statuses and changed things. Every method of the framework's
 * interface is declared here, with the signature it has in both openHAB lines, so a class implementing this one is
 * a complete callback on both.
 */
@NonNullByDefault
public interface ThingHandlerCallback {

    /**
     * @param channelUID the channel
     * @param state its new state
     */
    void stateUpdated(ChannelUID channelUID, State state);

    /**
     * @param channelUID the channel
     * @param command the command sent from it
     */
    void postCommand(ChannelUID channelUID, Command command);

    /**
     * @param channelUID the channel
     * @param timeSeries states with their instants (history or forecast) for it
     */
    void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries);

    /**
     * @param thing the thing
     * @param thingStatus its new status
     */
    void statusUpdated(Thing thing, ThingStatusInfo thingStatus);

    /** @param thing the changed thing to store */
    void thingUpdated(Thing thing);

    /**
     * @param thing the thing
     * @param configurationParameters the parameters to check against its configuration description
     */
    void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters);

    /**
     * @param channel the channel
     * @param configurationParameters the parameters to check against its configuration description
     */
    void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters);

    /**
     * @param channelTypeUID a channel type
     * @return the configuration description of its channels, or {@code null} when it has none or is unknown
     */
    @Nullable
    ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID);

    /**
     * @param thingTypeUID a thing type
     * @return the configuration description of its things, or {@code null} when it has none or is unknown
     */
    @Nullable
    ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID);

    /** @param thing the thing whose configuration changed */
    void configurationUpdated(Thing thing);

    /**
     * @param thing the thing
     * @param thingTypeUID its new type
     * @param configuration its new configuration
     */
    void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration);

    /**
     * @param thing the thing
     * @param channelUID the trigger channel
     * @param event the event text
     */
    void channelTriggered(Thing thing, ChannelUID channelUID, String event);

    /**
     * @param channelUID the new channel's UID
     * @param channelTypeUID its type
     * @return a builder filled from the channel type
     */
    ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID);

    /**
     * @param thing the thing
     * @param channelUID one of its channels
     * @return a builder filled from that channel
     */
    ChannelBuilder editChannel(Thing thing, ChannelUID channelUID);

    /**
     * @param channelGroupUID the new group's UID
     * @param channelGroupTypeUID its type
     * @return one builder per channel of the group type, filled from the channel types
     */
    List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID);

    /**
     * @param channelUID the channel
     * @return whether an item is linked to it
     */
    boolean isChannelLinked(ChannelUID channelUID);

    /**
     * @param bridgeUID the bridge UID
     * @return the bridge, or {@code null}
     */
    @Nullable
    Bridge getBridge(ThingUID bridgeUID);
}
