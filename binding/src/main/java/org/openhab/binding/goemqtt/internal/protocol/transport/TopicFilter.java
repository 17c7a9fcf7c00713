/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.transport;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An MQTT subscription filter and the MQTT 3.1.1 matching rules: {@code +} matches exactly one level (an empty one
 * too), {@code #} as the last level matches any number of levels including none (so {@code a/#} matches {@code a}),
 * a topic starting with {@code /} has an empty first level, and a filter starting with a wildcard does not match a
 * topic starting with {@code $}.
 */
@NonNullByDefault
public record TopicFilter(String filter) {

    public TopicFilter {
        if (filter.isEmpty()) {
            throw new IllegalArgumentException("topic filter is empty");
        }
        if (filter.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("topic filter contains a NUL character");
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) {
                throw new IllegalArgumentException(
                        "topic filter '" + filter + "': '#' must be a whole level and the last one");
            }
            if (level.contains("+") && !level.equals("+")) {
                throw new IllegalArgumentException("topic filter '" + filter + "': '+' must be a whole level");
            }
        }
    }

    /** The filter {@code filter}; {@link IllegalArgumentException} with the broken rule when invalid. */
    public static TopicFilter of(String filter) {
        return new TopicFilter(filter);
    }

    /** Whether {@code topic} is a valid topic name: not empty, no wildcard, no NUL. */
    public static boolean isValidTopic(String topic) {
        return !topic.isEmpty() && topic.indexOf('+') < 0 && topic.indexOf('#') < 0 && topic.indexOf('\0') < 0;
    }

    /** Whether {@code filter} matches {@code topic}; false for an invalid topic name. */
    public static boolean matches(String filter, String topic) {
        return of(filter).matches(topic);
    }

    /** Whether this filter matches {@code topic}; false for an invalid topic name. */
    public boolean matches(String topic) {
        if (!isValidTopic(topic)) {
            return false;
        }
        String[] wanted = filter.split("/", -1);
        String[] levels = topic.split("/", -1);
        if (topic.startsWith("$") && (wanted[0].equals("+") || wanted[0].equals("#"))) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i].equals("#")) {
                return true;
            }
            if (i >= levels.length || !(wanted[i].equals("+") || wanted[i].equals(levels[i]))) {
                return false;
            }
        }
        return wanted.length == levels.length;
    }

    @Override
    public String toString() {
        return filter;
    }
}
