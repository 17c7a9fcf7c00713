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

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of thing handlers: forwards states, statuses, events and thing changes to the {@link ThingHandlerCallback}
 * and gives access to the configuration and a shared scheduler. A reported status is also stored on the thing, as
 * the framework's callback does.
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    /** Shared scheduler for the handler's jobs. */
    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("thingHandler");

    /** The handled thing. */
    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /**
     * @param thing the thing to handle
     */
    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    /**
     * @return the callback, or {@code null} when the handler is not registered
     */
    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    @Override
    public void dispose() {
        // nothing to release by default
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // nothing by default
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.configurationUpdated(getThing());
            } else {
                logDisposed("update its configuration");
            }
        }
    }

    /**
     * @param configurationParameters parameters to compare
     * @return whether any of them differs from the current configuration
     */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        return configurationParameters.entrySet().stream()
                .anyMatch(e -> !Objects.equals(current.get(e.getKey()), e.getValue()));
    }

    /**
     * @param configurationParameters parameters to check against the thing's configuration description
     */
    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback cb = callback;
        if (cb != null) {
            cb.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            logDisposed("validate its configuration");
        }
    }

    /**
     * @return the thing's configuration
     */
    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /**
     * @param configurationClass a class with fields named like the parameters
     * @return the configuration mapped onto a new instance of the class
     */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    /**
     * @param channelUID the channel
     * @param state its new state
     */
    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.stateUpdated(channelUID, state);
            } else {
                logDisposed("update channel " + channelUID);
            }
        }
    }

    /**
     * @param channelID the channel id within this thing
     * @param state its new state
     */
    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    /**
     * @param channelUID a trigger channel
     * @param event the event text
     */
    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.channelTriggered(getThing(), channelUID, event);
            } else {
                logDisposed("trigger channel " + channelUID);
            }
        }
    }

    /**
     * @param channelID a trigger channel id within this thing
     * @param event the event text
     */
    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    /**
     * @param channelUID a trigger channel id within this thing; fires an empty event
     */
    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelUID), "");
    }

    /**
     * @param channelUID a trigger channel; fires an empty event
     */
    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    /**
     * @param channelID the channel id within this thing
     * @param command the command to send from it
     */
    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    /**
     * @param channelUID the channel
     * @param command the command to send from it
     */
    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.postCommand(channelUID, command);
            } else {
                logDisposed("post a command to " + channelUID);
            }
        }
    }

    /**
     * @param status the status
     * @param statusDetail why
     * @param description a text for the user (an {@code @text/...} key), or {@code null}
     */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                ThingStatusInfo info = ThingStatusInfoBuilder.create(status, statusDetail)
                        .withDescription(description).build();
                cb.statusUpdated(thing, info);
                thing.setStatusInfo(info);
            } else {
                logDisposed("update the thing status");
            }
        }
    }

    /**
     * @param status the status
     * @param statusDetail why
     */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    /**
     * @param status the status (detail NONE)
     */
    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /**
     * @return a builder holding a copy of the thing; pass its result to {@link #updateThing(Thing)}
     */
    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    /**
     * Replaces the handled thing and tells the framework to store it.
     *
     * @param thing a changed copy (never the current instance)
     * @throws IllegalArgumentException when given the current instance
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb == null) {
                logDisposed("update thing " + thing.getUID());
                return;
            }
            cb.validateConfigurationParameters(thing, thing.getConfiguration().getProperties());
            thing.getChannels().forEach(
                    channel -> cb.validateConfigurationParameters(channel, channel.getConfiguration().getProperties()));
            this.thing = thing;
            cb.thingUpdated(thing);
        }
    }

    /**
     * @return a modifiable copy of the configuration; pass it to {@link #updateConfiguration(Configuration)}
     */
    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    /**
     * Stores a new configuration on the thing and tells the framework.
     *
     * @param configuration the new configuration
     */
    protected void updateConfiguration(Configuration configuration) {
        ThingHandlerCallback cb = callback;
        if (cb != null) {
            cb.validateConfigurationParameters(thing, configuration.getProperties());
        }
        thing.getConfiguration().setProperties(configuration.getProperties());
        synchronized (this) {
            cb = callback;
            if (cb != null) {
                cb.thingUpdated(thing);
            } else {
                logDisposed("update its configuration");
            }
        }
    }

    /**
     * @return a modifiable copy of the properties; pass it to {@link #updateProperties(Map)}
     */
    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    /**
     * Sets the given properties (all are cleared for {@code null}); tells the framework only when something changed.
     *
     * @param properties the properties, or {@code null}
     */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        boolean changed = false;
        if (properties == null) {
            if (!thing.getProperties().isEmpty()) {
                thing.setProperties(Map.of());
                changed = true;
            }
        } else {
            for (Map.Entry<String, String> property : properties.entrySet()) {
                changed |= setIfDifferent(property.getKey(), property.getValue());
            }
        }
        if (changed) {
            notifyThingUpdated();
        }
    }

    /**
     * Sets one property ({@code null} removes it); tells the framework only when it changed.
     *
     * @param name the property name
     * @param value the value, or {@code null}
     */
    protected void updateProperty(String name, @Nullable String value) {
        if (setIfDifferent(name, value)) {
            notifyThingUpdated();
        }
    }

    private boolean setIfDifferent(String name, @Nullable String value) {
        String existing = thing.getProperties().get(name);
        if (Objects.equals(existing, value)) {
            return false;
        }
        thing.setProperty(name, value);
        return true;
    }

    private void notifyThingUpdated() {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.thingUpdated(thing);
            } else {
                logDisposed("update its thing's properties");
            }
        }
    }

    /**
     * @return the bridge of the thing, or {@code null} when it has none or the handler is disposed
     */
    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb == null) {
                logDisposed("access its bridge");
                return null;
            }
            return bridgeUID == null ? null : cb.getBridge(bridgeUID);
        }
    }

    /**
     * @param channelId a channel id within this thing
     * @return whether an item is linked to it
     */
    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(thing.getUID(), channelId));
    }

    /**
     * @param channelUID a channel
     * @return whether an item is linked to it
     */
    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback cb = callback;
        if (cb == null) {
            logDisposed("check whether " + channelUID + " is linked");
            return false;
        }
        return cb.isChannelLinked(channelUID);
    }

    /**
     * @return whether the thing is UNKNOWN, ONLINE or OFFLINE
     */
    protected boolean isInitialized() {
        ThingStatus status = thing.getStatus();
        return status == ThingStatus.UNKNOWN || status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE;
    }

    /**
     * Asks the framework to give the thing another type.
     *
     * @param thingTypeUID the new type
     * @param configuration the configuration for it
     */
    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback cb = callback;
        if (cb != null) {
            cb.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            logDisposed("migrate the thing type");
        }
    }

    private void logDisposed(String what) {
        logger.warn("Handler {} of thing {} tried to {} although the handler was already disposed.",
                getClass().getSimpleName(), thing.getUID(), what);
    }
}
