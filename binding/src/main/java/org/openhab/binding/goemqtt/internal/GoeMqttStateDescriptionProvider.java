/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.type.DynamicStateDescriptionProvider;
import org.openhab.core.types.StateDescription;
import org.openhab.core.types.StateDescriptionFragment;
import org.openhab.core.types.StateDescriptionFragmentBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * State descriptions that depend on the charger: a charger handler sets the minimum, maximum and step of a channel
 * (the requested current, bounded by the charger's own limits) and removes them when it goes away. openHAB asks
 * whenever it shows or checks the channel; the answer is the channel type's description with those three values
 * replaced, everything else (pattern, read only, options) kept.
 */
@NonNullByDefault
@Component(service = { DynamicStateDescriptionProvider.class, GoeMqttStateDescriptionProvider.class })
public class GoeMqttStateDescriptionProvider implements DynamicStateDescriptionProvider {

    private final Map<ChannelUID, StateDescriptionFragment> bounds = new ConcurrentHashMap<>();

    /** From now on, {@code channel} is bounded by the minimum, maximum and step of {@code fragment}. */
    public void setBounds(ChannelUID channel, StateDescriptionFragment fragment) {
        bounds.put(channel, fragment);
    }

    /** {@code channel} goes back to its channel type's description. */
    public void removeBounds(ChannelUID channel) {
        bounds.remove(channel);
    }

    /** The bounds set for {@code channel}, or null. */
    public @Nullable StateDescriptionFragment bounds(ChannelUID channel) {
        return bounds.get(channel);
    }

    @Override
    public @Nullable StateDescription getStateDescription(Channel channel,
            @Nullable StateDescription originalStateDescription, @Nullable Locale locale) {
        StateDescriptionFragment fragment = bounds.get(channel.getUID());
        if (fragment == null) {
            return null;
        }
        StateDescriptionFragmentBuilder builder = originalStateDescription == null
                ? StateDescriptionFragmentBuilder.create()
                : StateDescriptionFragmentBuilder.create(originalStateDescription);
        BigDecimal min = fragment.getMinimum();
        BigDecimal max = fragment.getMaximum();
        BigDecimal step = fragment.getStep();
        if (min != null) {
            builder.withMinimum(min);
        }
        if (max != null) {
            builder.withMaximum(max);
        }
        if (step != null) {
            builder.withStep(step);
        }
        return builder.build().toStateDescription();
    }
}
