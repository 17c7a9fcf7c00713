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
 * Identifies a thing: {@code binding:type[:bridge ids...]:id}.
 */
@NonNullByDefault
public class ThingUID extends UID {

    /**
     * @param thingTypeUID the thing type
     * @param id the thing id
     */
    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    /**
     * @param thingTypeUID the thing type
     * @param bridgeUID the bridge the thing is reached through
     * @param id the thing id
     */
    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(withBridge(thingTypeUID.getBindingId(), thingTypeUID.getId(), bridgeUID, id));
    }

    /**
     * @param bindingId the binding id
     * @param thingTypeId the thing type id
     * @param id the thing id
     */
    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    /**
     * @param thingUID the segments joined by {@code :}
     */
    public ThingUID(String thingUID) {
        super(thingUID);
    }

    ThingUID(List<String> segments) {
        super(segments);
    }

    private static List<String> withBridge(String bindingId, String typeId, ThingUID bridgeUID, String id) {
        List<String> segments = new ArrayList<>();
        segments.add(bindingId);
        segments.add(typeId);
        segments.addAll(bridgeUID.getBridgeIds());
        segments.add(bridgeUID.getId());
        segments.add(id);
        return segments;
    }

    /**
     * @return the ids of the bridges between binding and thing
     */
    public List<String> getBridgeIds() {
        List<String> all = getAllSegments();
        return all.subList(2, all.size() - 1);
    }

    /**
     * @return the thing id (last segment)
     */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
