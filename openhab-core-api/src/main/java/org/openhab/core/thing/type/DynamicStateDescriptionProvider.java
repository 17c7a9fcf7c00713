/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.type;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Channel;
import org.openhab.core.types.StateDescription;

/**
 * Supplies a state description for a channel at run time, replacing the static one of its channel type.
 */
@NonNullByDefault
public interface DynamicStateDescriptionProvider {

    /**
     * @param channel the channel
     * @param originalStateDescription the description from the channel type, or {@code null}
     * @param locale the locale, or {@code null}
     * @return the description to use, or {@code null} when this provider does not manage the channel
     */
    @Nullable
    StateDescription getStateDescription(Channel channel, @Nullable StateDescription originalStateDescription,
            @Nullable Locale locale);
}
