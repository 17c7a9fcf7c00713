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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.UID;

/**
 * Identifies a channel type: {@code binding:type}.
 */
@NonNullByDefault
public class ChannelTypeUID extends UID {

    /**
     * @param channelUid {@code binding:type}
     */
    public ChannelTypeUID(String channelUid) {
        super(channelUid);
    }

    /**
     * @param bindingId the binding id
     * @param id the channel type id
     */
    public ChannelTypeUID(String bindingId, String id) {
        super(bindingId, id);
    }

    /**
     * @return the channel type id
     */
    public String getId() {
        return getSegment(1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }
}
