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

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;

/**
 * Connects a thing to the device or service it represents. The framework calls these methods; the handler reports
 * back through its {@link ThingHandlerCallback}.
 */
@NonNullByDefault
public interface ThingHandler {

    /** @return the handled thing */
    Thing getThing();

    /** Starts the handler; must return quickly and report a status. */
    void initialize();

    /** Stops the handler and frees its resources; must return quickly. */
    void dispose();

    /** @param thingHandlerCallback the callback, or {@code null} after disposal */
    void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback);

    /**
     * @param channelUID the channel the command is for
     * @param command the command
     */
    void handleCommand(ChannelUID channelUID, Command command);

    /** @param configurationParameters the changed parameters */
    void handleConfigurationUpdate(Map<String, Object> configurationParameters);

    /** @param thing the updated thing */
    void thingUpdated(Thing thing);

    /** @param channelUID a channel that got its first item link */
    void channelLinked(ChannelUID channelUID);

    /** @param channelUID a channel that lost an item link */
    void channelUnlinked(ChannelUID channelUID);

    /** @param bridgeStatusInfo the new status of the bridge */
    void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo);

    /** Called before the thing is removed; report REMOVED when done. */
    void handleRemoval();

    /**
     * @return service classes the framework creates and hands this handler to (none by default)
     */
    default Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of();
    }
}
