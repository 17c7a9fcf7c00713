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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One value a state may take, with an optional label.
 */
@NonNullByDefault
public final class StateOption {

    private final String value;
    private final @Nullable String label;

    /**
     * @param value the state value
     * @param label the text shown for it, or {@code null}
     */
    public StateOption(String value, @Nullable String label) {
        this.value = value;
        this.label = label;
    }

    /**
     * @return the label, or {@code null}
     */
    public @Nullable String getLabel() {
        return label;
    }

    /**
     * @return the state value
     */
    public String getValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof StateOption other && value.equals(other.value) && Objects.equals(label, other.label);
    }

    @Override
    public String toString() {
        return "StateOption [value=" + value + ", label=" + label + "]";
    }
}
