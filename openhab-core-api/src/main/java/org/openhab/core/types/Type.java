/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.types;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Common root of every state and command value.
 */
@NonNullByDefault
public interface Type {

    /**
     * Renders this value with a {@link java.util.Formatter} pattern.
     *
     * @param pattern the format pattern
     * @return the rendered value
     */
    String format(String pattern);

    /**
     * @return a text that the type's {@code valueOf(String)} turns back into an equal value
     */
    String toFullString();
}
