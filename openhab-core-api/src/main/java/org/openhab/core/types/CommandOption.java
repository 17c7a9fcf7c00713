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
 * One command a channel accepts, with an optional label.
 */
@NonNullByDefault
public class CommandOption {

    private final String command;
    private final @Nullable String label;

    /**
     * @param command the command text
     * @param label the text shown for it, or {@code null}
     */
    public CommandOption(String command, @Nullable String label) {
        this.command = command;
        this.label = label;
    }

    /**
     * @return the command text
     */
    public String getCommand() {
        return command;
    }

    /**
     * @return the label, or {@code null}
     */
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, label);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof CommandOption other && command.equals(other.command)
                && Objects.equals(label, other.label);
    }

    @Override
    public String toString() {
        return "CommandOption [command=" + command + ", label=" + label + "]";
    }
}
