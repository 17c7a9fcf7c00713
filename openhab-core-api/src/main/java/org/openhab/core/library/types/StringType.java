/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.library.types;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A text value; {@code null} text becomes the empty string.
 */
@NonNullByDefault
public class StringType implements PrimitiveType, State, Command {

    /** The empty text. */
    public static final StringType EMPTY = new StringType();

    private final String text;

    /** Creates the empty text. */
    public StringType() {
        this("");
    }

    /**
     * @param value the text, {@code null} meaning empty
     */
    public StringType(@Nullable String value) {
        this.text = value == null ? "" : value;
    }

    /**
     * @param value the text, {@code null} meaning empty
     * @return the text value
     */
    public static StringType valueOf(@Nullable String value) {
        return new StringType(value);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return text;
    }

    @Override
    public String format(String pattern) {
        return String.format(pattern, text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj instanceof String s) {
            return text.equals(s);
        }
        return obj != null && obj.getClass() == getClass() && text.equals(((StringType) obj).text);
    }
}
