/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A parsed command line: {@code --name value}, {@code --name=value}, flags ({@code --plug-in}) and positional
 * arguments. Only declared options are accepted; anything else is a {@link UsageException}.
 */
@NonNullByDefault
public final class Arguments {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * Parses arguments.
     *
     * @param withValue option names (without {@code --}) that take a value
     * @param flags option names that take none
     * @throws UsageException for an unknown option, a missing value or a repeated option
     */
    public static Arguments parse(String[] args, Set<String> withValue, Set<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || "--".equals(arg)) {
                parsed.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
            if (parsed.options.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return parsed;
    }

    /** The value of an option, or {@code null} when not given. */
    public @Nullable String value(String name) {
        return options.get(name);
    }

    /** The value of an option, or the fallback. */
    public String value(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Whether a flag (or an option) was given. */
    public boolean has(String name) {
        return options.containsKey(name);
    }

    /**
     * An integer option within a range.
     *
     * @throws UsageException when it is not a number in range
     */
    public int intValue(String name, int fallback, int min, int max) {
        String text = options.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a whole number from " + min + " to " + max + ": " + text);
    }

    /** The positional arguments in order. */
    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** A wrong command line; the message says what is wrong. */
    public static final class UsageException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }
}
