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
 * A command a codec cannot turn into JSON. Caught by {@link Catalog} and returned as
 * {@link EncodeResult.Refused}; never leaves the catalog. Carries no stack trace.
 */
@NonNullByDefault
class CommandRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandRefusal(String message) {
        super(message, null, false, false);
    }
}
