/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A topic below a charger's base topic, taken apart: the API key and which of its topics it is.
 */
@NonNullByDefault
public record ParsedTopic(String key, TopicKind kind) {

    public ParsedTopic {
        KeyNames.requireValid(key);
    }

    public static ParsedTopic value(String key) {
        return new ParsedTopic(key, TopicKind.VALUE);
    }

    public static ParsedTopic set(String key) {
        return new ParsedTopic(key, TopicKind.SET);
    }

    public static ParsedTopic result(String key) {
        return new ParsedTopic(key, TopicKind.RESULT);
    }

    @Override
    public String toString() {
        return key + kind.suffix();
    }
}
