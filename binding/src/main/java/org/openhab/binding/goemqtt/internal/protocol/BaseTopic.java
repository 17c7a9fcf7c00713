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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The topic prefix under which one charger publishes and listens, always ending with {@code /}: in the field
 * {@code /go-eCharger/072246/} (leading slash), in the documentation {@code go-eCharger/072246/}, or whatever the
 * charger's {@code mtp} key says (a custom prefix replaces the whole base, serial included).
 * <p>
 * Formats {@code <base><key>}, {@code <base><key>/set} and {@code <base><key>/result} and parses them back.
 */
@NonNullByDefault
public record BaseTopic(String value) {

    private static final TopicKind[] KINDS = TopicKind.values();

    public BaseTopic {
        value = TopicText.normalisePrefix("base topic", value);
    }

    /** The base topic {@code value}, normalised to end with {@code /}; refuses invalid text with a clear message. */
    public static BaseTopic of(String value) {
        return new BaseTopic(value);
    }

    /**
     * The base of charger {@code serial} below a discovery base: {@code /go-eCharger/} gives
     * {@code /go-eCharger/<serial>/}.
     */
    public static BaseTopic forSerial(String discoveryBase, ChargerSerial serial) {
        return DiscoveryBase.of(discoveryBase).baseFor(serial);
    }

    /** {@code <base><key>}: where the charger publishes the key's value. */
    public String keyTopic(String key) {
        return value + KeyNames.requireValid(key);
    }

    /** {@code <base><key>/set}: where a new value is requested. */
    public String setTopic(String key) {
        return keyTopic(key) + TopicKind.SET.suffix();
    }

    /** {@code <base><key>/result}: where the charger answers a set. */
    public String resultTopic(String key) {
        return keyTopic(key) + TopicKind.RESULT.suffix();
    }

    /** The topic of {@code parsed} under this base. */
    public String topic(ParsedTopic parsed) {
        return keyTopic(parsed.key()) + parsed.kind().suffix();
    }

    /** {@code <base>#}: everything this charger publishes, answers, and what others request of it. */
    public String subscriptionFilter() {
        return value + "#";
    }

    /**
     * The key and kind of a topic below this base; empty when the topic is not below this base or is not one of
     * {@code <key>}, {@code <key>/set}, {@code <key>/result} with a valid key.
     */
    public Optional<ParsedTopic> parse(String topic) {
        return Optional.ofNullable(parsedOrNull(topic));
    }

    /** {@link #parse(String)} without the wrapper, for the message path: {@code null} where it is empty. */
    public @Nullable ParsedTopic parsedOrNull(String topic) {
        if (!topic.startsWith(value)) {
            return null;
        }
        int start = value.length();
        int slash = topic.indexOf('/', start);
        int end = slash < 0 ? topic.length() : slash;
        TopicKind kind = kindAfterKey(topic, end);
        if (kind == null) {
            return null;
        }
        String key = topic.substring(start, end);
        return KeyNames.isValid(key) ? new ParsedTopic(key, kind) : null;
    }

    /** The kind whose suffix is all that follows the key, which ends at {@code keyEnd}; {@code null} for none. */
    private static @Nullable TopicKind kindAfterKey(String topic, int keyEnd) {
        int suffixLength = topic.length() - keyEnd;
        for (TopicKind kind : KINDS) {
            String suffix = kind.suffix();
            if (suffix.length() == suffixLength && topic.startsWith(suffix, keyEnd)) {
                return kind;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
