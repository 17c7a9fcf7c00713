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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Thing;

/**
 * The handler of a bridge; learns about its children's handlers.
 */
@NonNullByDefault
public interface BridgeHandler extends ThingHandler {

    /**
     * @param childHandler the child's handler
     * @param childThing the child
     */
    void childHandlerInitialized(ThingHandler childHandler, Thing childThing);

    /**
     * @param childHandler the child's handler
     * @param childThing the child
     */
    void childHandlerDisposed(ThingHandler childHandler, Thing childThing);
}
