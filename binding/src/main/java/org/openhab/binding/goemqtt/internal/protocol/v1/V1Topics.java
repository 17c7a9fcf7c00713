/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.v1;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;

/**
 * The two topics of an API v1 charger below its base topic ({@code /go-eCharger/<serial>/} in the field,
 * {@code go-eCharger/<serial>/} in the documents): {@code <base>status}, where it publishes its whole status as one
 * JSON object about every 5 s, and {@code <base>cmd/req}, where it takes commands as {@code key=value} text.
 *
 * @param base the charger's base topic, ending with {@code /}
 */
@NonNullByDefault
public record V1Topics(BaseTopic base) {

    /** The last level of the status topic, also the key under which the status object arrives. */
    public static final String STATUS = "status";
    /** What follows the base in the command topic. */
    public static final String COMMAND = "cmd/req";

    /** Which of the two topics a topic is. */
    public enum Kind {
        /** {@code <base>status}: the status object. */
        STATUS,
        /** {@code <base>cmd/req}: a command (ours, seen again from the broker, or another client's). */
        COMMAND
    }

    /** {@code <base>status}. */
    public String statusTopic() {
        return base.value() + STATUS;
    }

    /** {@code <base>cmd/req}. */
    public String commandTopic() {
        return base.value() + COMMAND;
    }

    /** Which topic {@code topic} is below this base; null for anything else. */
    public @Nullable Kind parse(String topic) {
        String value = base.value();
        if (!topic.startsWith(value)) {
            return null;
        }
        int length = value.length();
        if (topic.length() == length + STATUS.length() && topic.startsWith(STATUS, length)) {
            return Kind.STATUS;
        } else if (topic.length() == length + COMMAND.length() && topic.startsWith(COMMAND, length)) {
            return Kind.COMMAND;
        }
        return null;
    }

    @Override
    public String toString() {
        return base.value();
    }
}
