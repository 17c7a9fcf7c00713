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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Identifies a thing type: {@code binding:type}.
 */
@NonNullByDefault
public class ThingTypeUID extends UID {

    /**
     * @param uid {@code binding:type}
     */
    public ThingTypeUID(String uid) {
        super(uid);
    }

    /**
     * @param bindingId the binding id
     * @param thingTypeId the type id
     */
    public ThingTypeUID(String bindingId, String thingTypeId) {
        super(bindingId, thingTypeId);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 2;
    }

    /**
     * @return the type id (second segment)
     */
    public String getId() {
        return getSegment(1);
    }
}
