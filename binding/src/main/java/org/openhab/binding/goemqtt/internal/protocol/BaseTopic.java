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

/**
 * The topic prefix under which one charger publishes and listens, always ending with {@code /}: in the field
 * {@code /go-eCharger/072246/} (leading slash), in the documentation {@code go-eCharger/072246/}, or whatever the
 * charger's {@code mtp} key says (a custom prefix replaces the whole base, serial included).
 * <p>
 * Formats {@code <base><key>}, {@code <base><key>/set} and {@code <base><key>/result} and parses them back.
 */
@NonNullByDefault
public record BaseTopic(String value) {

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
        if (!topic.startsWith(value)) {
            return Optional.empty();
        }
        String rest = topic.substring(value.length());
        int slash = rest.indexOf('/');
        String key = slash < 0 ? rest : rest.substring(0, slash);
        String suffix = slash < 0 ? "" : rest.substring(slash);
        if (!KeyNames.isValid(key)) {
            return Optional.empty();
        }
        for (TopicKind kind : TopicKind.values()) {
            if (kind.suffix().equals(suffix)) {
                return Optional.of(new ParsedTopic(key, kind));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
