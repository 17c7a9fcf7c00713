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

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A prefix under which chargers publish one level per serial: {@code <discovery base><serial>/<key>}. The two
 * defaults are {@code /go-eCharger/} (what real chargers use) and {@code go-eCharger/} (what the documentation
 * shows); users may add others, validated like a {@link BaseTopic}.
 * <p>
 * Discovery subscribes to {@code <discovery base>+/<key>} for the few {@link #DISCOVERY_KEYS} only: chargers
 * publish these retained, so the broker hands them over at once, one message per charger and key, instead of
 * every charger's full traffic (several messages a second each) that {@code <discovery base>+/#} would bring.
 * Every firmware in the captures publishes {@code fwv} and {@code var}; {@code typ} appears from 055.6 on.
 */
@NonNullByDefault
public record DiscoveryBase(String value) {

    /** The keys discovery listens to: firmware version, device type and variant (for thing properties). */
    public static final List<String> DISCOVERY_KEYS = List.of("fwv", "typ", "var");

    private static final List<DiscoveryBase> DEFAULTS = List.of(new DiscoveryBase("/go-eCharger/"),
            new DiscoveryBase("go-eCharger/"));
    private static final List<DiscoveryBase> CONTROLLER_DEFAULTS = List.of(new DiscoveryBase("/go-eController/"),
            new DiscoveryBase("go-eController/"));

    public DiscoveryBase {
        value = TopicText.normalisePrefix("discovery base", value);
    }

    /** The discovery base {@code value}, normalised to end with {@code /}; refuses invalid text clearly. */
    public static DiscoveryBase of(String value) {
        return new DiscoveryBase(value);
    }

    /** {@code /go-eCharger/} and {@code go-eCharger/}. */
    public static List<DiscoveryBase> defaults() {
        return DEFAULTS;
    }

    /** {@code /go-eController/} and {@code go-eController/}: where go-e Controllers publish by default. */
    public static List<DiscoveryBase> controllerDefaults() {
        return CONTROLLER_DEFAULTS;
    }

    /** The base topic of charger {@code serial}: {@code <discovery base><serial>/}. */
    public BaseTopic baseFor(ChargerSerial serial) {
        return new BaseTopic(value + serial.value() + "/");
    }

    /** One filter per {@link #DISCOVERY_KEYS} entry: {@code <discovery base>+/<key>}. */
    public List<String> subscriptionFilters() {
        return subscriptionFilters(DISCOVERY_KEYS);
    }

    /** One filter per key: {@code <discovery base>+/<key>}. */
    public List<String> subscriptionFilters(Collection<String> keys) {
        return keys.stream().sorted().map(key -> value + "+/" + key).toList();
    }

    /**
     * The charger and key of a value topic {@code <discovery base><serial>/<key>}; empty for anything else (another
     * prefix, a {@code /set} or {@code /result} topic, an invalid serial or key).
     */
    public Optional<DiscoveredTopic> parse(String topic) {
        if (!topic.startsWith(value)) {
            return Optional.empty();
        }
        String rest = topic.substring(value.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String serialText = rest.substring(0, slash);
        String key = rest.substring(slash + 1);
        if (!ChargerSerial.isValid(serialText) || !KeyNames.isValid(key)) {
            return Optional.empty();
        }
        ChargerSerial serial = new ChargerSerial(serialText);
        return Optional.of(new DiscoveredTopic(serial, baseFor(serial), key));
    }

    @Override
    public String toString() {
        return value;
    }
}
