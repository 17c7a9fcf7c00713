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

import java.util.SortedMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A type made up of named primitive parts.
 */
@NonNullByDefault
public interface ComplexType extends Type {

    /**
     * @return the named parts of this value
     */
    SortedMap<String, PrimitiveType> getConstituents();
}
