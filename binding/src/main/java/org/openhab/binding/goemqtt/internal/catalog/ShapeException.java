/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A value that does not have the shape its key should have (a string where a number belongs, an object instead of
 * an array). Caught by {@link Catalog}: the channel becomes UNDEF and one debug line says why. Carries no stack
 * trace: it is an expected outcome of firmware drift, not a programming error.
 */
@NonNullByDefault
class ShapeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ShapeException(String message) {
        super(message, null, false, false);
    }
}
