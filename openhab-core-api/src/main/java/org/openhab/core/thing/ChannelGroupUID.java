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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Identifies a channel group of a thing: the thing's UID plus the group id.
 */
@NonNullByDefault
public class ChannelGroupUID extends UID {

    /**
     * @param channelGroupUid the segments joined by {@code :}
     */
    public ChannelGroupUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    /**
     * @param thingUID the thing
     * @param id the group id
     */
    public ChannelGroupUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    static List<String> append(ThingUID thingUID, String last) {
        List<String> segments = new ArrayList<>(thingUID.getAllSegments());
        segments.add(last);
        return segments;
    }

    /**
     * @return the group id (last segment)
     */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    /**
     * @return the thing the group belongs to
     */
    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1));
    }
}
