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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * A device or service in openHAB, with channels, configuration, properties and a status.
 */
@NonNullByDefault
public interface Thing extends Identifiable<ThingUID> {

    /** Property key of the vendor. */
    String PROPERTY_VENDOR = "vendor";
    /** Property key of the model id. */
    String PROPERTY_MODEL_ID = "modelId";
    /** Property key of the serial number. */
    String PROPERTY_SERIAL_NUMBER = "serialNumber";
    /** Property key of the hardware version. */
    String PROPERTY_HARDWARE_VERSION = "hardwareVersion";
    /** Property key of the firmware version. */
    String PROPERTY_FIRMWARE_VERSION = "firmwareVersion";
    /** Property key of the MAC address. */
    String PROPERTY_MAC_ADDRESS = "macAddress";

    /** @return the label, or {@code null} */
    @Nullable
    String getLabel();

    /** @param label the label, or {@code null} */
    void setLabel(@Nullable String label);

    /** @return the channels */
    List<Channel> getChannels();

    /**
     * @param channelGroupId a group id
     * @return the channels of that group (empty when there are none)
     */
    List<Channel> getChannelsOfGroup(String channelGroupId);

    /**
     * @param channelId a channel id ({@code group#id} for grouped channels)
     * @return the channel, or {@code null}
     */
    @Nullable
    Channel getChannel(String channelId);

    /**
     * @param channelUID a channel UID
     * @return the channel, or {@code null}
     */
    @Nullable
    Channel getChannel(ChannelUID channelUID);

    /** @return the status */
    ThingStatus getStatus();

    /** @return the status with detail and description */
    ThingStatusInfo getStatusInfo();

    /** @param status the new status */
    void setStatusInfo(ThingStatusInfo status);

    /** @param thingHandler the handler, or {@code null} */
    void setHandler(@Nullable ThingHandler thingHandler);

    /** @return the handler, or {@code null} */
    @Nullable
    ThingHandler getHandler();

    /** @return the bridge UID, or {@code null} */
    @Nullable
    ThingUID getBridgeUID();

    /** @param bridgeUID the bridge UID, or {@code null} */
    void setBridgeUID(@Nullable ThingUID bridgeUID);

    /** @return the configuration */
    Configuration getConfiguration();

    @Override
    ThingUID getUID();

    /** @return the thing type */
    ThingTypeUID getThingTypeUID();

    /** @return an unmodifiable copy of the properties */
    Map<String, String> getProperties();

    /**
     * @param name the property name
     * @param value the value; {@code null} removes the property
     * @return the previous value, or {@code null}
     */
    @Nullable
    String setProperty(String name, @Nullable String value);

    /** @param properties the new properties (replacing all) */
    void setProperties(Map<String, String> properties);

    /** @return the location, or {@code null} */
    @Nullable
    String getLocation();

    /** @param location the location, or {@code null} */
    void setLocation(@Nullable String location);

    /** @return whether the thing is enabled */
    boolean isEnabled();
}
