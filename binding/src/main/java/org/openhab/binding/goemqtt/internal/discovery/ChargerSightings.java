/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.discovery;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveredTopic;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveryBase;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;
import org.openhab.core.thing.Thing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The chargers a bridge has seen under its discovery bases ({@code <discovery base><serial>/fwv|typ|var}), with
 * their base topic and what {@code fwv}, {@code typ} and {@code var} said, under the thing property names
 * ({@code firmwareVersion}, {@code modelId}, {@code variant}). The discovery service turns each into an inbox entry;
 * a charger thing without a configured base topic looks up where its serial was seen.
 * <p>
 * A serial is known once: the first base it shows up under is its base. Listeners hear a charger when it is first
 * seen and again whenever one of its properties changes; a repeated message changes nothing and tells nobody.
 * Thread-safe; listeners are called on the caller's thread (the transport's), outside the lock.
 * <p>
 * The bridge keeps a second instance for go-e Controllers ({@link #forControllers()}): other default bases
 * ({@code /go-eController/}, {@code go-eController/}) and keys ({@code fwv}, {@code typ}, {@code fna}), and a
 * third for API v1 chargers ({@link #forV1()}): the chargers' bases, the one topic {@code status}, whose object
 * counts as a v1 charger's when it holds {@code version} and {@code sse}, its firmware taken from {@code fwv}.
 */
@NonNullByDefault
public final class ChargerSightings {

    /** One charger: its serial, base topic and thing properties (firmwareVersion, modelId, variant when known). */
    public record Sighting(ChargerSerial serial, BaseTopic base, Map<String, String> properties) {

        public Sighting {
            properties = Map.copyOf(properties);
        }
    }

    /** Hears every new charger and every change of a known one. Must not block. */
    public interface Listener {
        void chargerSeen(Sighting sighting);
    }

    /**
     * What a message of a discovery key says of its device: the thing properties it gives (empty: none, the device
     * is seen all the same), or null when it is no sighting at all.
     */
    @FunctionalInterface
    private interface PropertyReader {
        @Nullable
        Map<String, String> read(String key, InboundMessage message);
    }

    /** The v1 status members that mark a status object as an API v1 charger's. */
    public static final List<String> V1_MARKERS = List.of("version", "sse");

    private final Map<String, String> propertyOfKey;
    private final String[] propertyKeys;
    private final PropertyReader reader;

    private final Logger logger = LoggerFactory.getLogger(ChargerSightings.class);
    private final MessageDecoder decoder;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<ChargerSerial, Sighting> seen = new LinkedHashMap<>();
    private final DiscoveryBase firstDefault;
    private volatile List<DiscoveryBase> bases;

    /** The chargers' sightings: {@code fwv}, {@code typ}, {@code var} under {@link DiscoveryBase#defaults()}. */
    public ChargerSightings() {
        this(DiscoveryBase.defaults(), PROPERTY_OF_KEY, 4096, null);
    }

    private ChargerSightings(List<DiscoveryBase> defaults, Map<String, String> propertyOfKey, int maxPayloadBytes,
            @Nullable PropertyReader reader) {
        this.bases = defaults;
        this.firstDefault = defaults.get(0);
        this.propertyOfKey = propertyOfKey;
        this.propertyKeys = propertyOfKey.keySet().toArray(String[]::new);
        this.decoder = new MessageDecoder(maxPayloadBytes);
        this.reader = reader != null ? reader : this::keyProperty;
    }

    /**
     * The go-e Controllers' sightings: {@code fwv}, {@code typ} and {@code fna} (its name) under
     * {@link DiscoveryBase#controllerDefaults()}.
     */
    public static ChargerSightings forControllers() {
        return new ChargerSightings(DiscoveryBase.controllerDefaults(), CONTROLLER_PROPERTY_OF_KEY, 4096, null);
    }

    /**
     * The API v1 chargers' sightings: {@code <discovery base>+/status} under {@link DiscoveryBase#defaults()}; a
     * status object with {@code version} and {@code sse} is a v1 charger, {@code fwv} its firmware. The discovery
     * bases are the chargers' (the bridge sets the same ones).
     */
    public static ChargerSightings forV1() {
        return new ChargerSightings(DiscoveryBase.defaults(), Map.of("status", Thing.PROPERTY_FIRMWARE_VERSION),
                64 * 1024, ChargerSightings::v1Properties);
    }

    /** The discovery bases to look under (defaults: {@code /go-eCharger/} and {@code go-eCharger/}). */
    public void setBases(List<DiscoveryBase> bases) {
        this.bases = List.copyOf(bases);
    }

    /** The base a device that was not seen is looked for first: {@code /go-eCharger/} or {@code /go-eController/}. */
    public DiscoveryBase firstDefault() {
        return firstDefault;
    }

    public List<DiscoveryBase> bases() {
        return bases;
    }

    /** The filters to subscribe: {@code <discovery base>+/<key>} for each base and discovery key. */
    public List<String> subscriptionFilters() {
        return bases.stream().flatMap(base -> base.subscriptionFilters(propertyOfKey.keySet()).stream()).toList();
    }

    /**
     * Takes one message; true when it was a discovery key below a discovery base with a valid serial. Refuses (with
     * a debug line) a serial that cannot be one topic level, e.g. one holding a wildcard. Never throws.
     */
    public boolean accept(String topic, byte[] payload) {
        if (!endsInDiscoveryKey(topic)) {
            return false; // not fwv, typ or var: most messages, no need to parse the topic
        }
        for (DiscoveryBase base : bases) {
            if (!topic.startsWith(base.value())) {
                continue;
            }
            Optional<DiscoveredTopic> discovered = base.parse(topic);
            if (discovered.isPresent() && propertyOfKey.containsKey(discovered.get().key())) {
                seen(discovered.get(), payload);
                return true;
            }
            refuseIfDiscoveryTopic(base, topic);
        }
        return false;
    }

    /** Whether the last level of {@code topic} is a discovery key; compares in place, as for every message. */
    private boolean endsInDiscoveryKey(String topic) {
        for (String key : propertyKeys) {
            int start = topic.length() - key.length();
            if ((start == 0 || start > 0 && topic.charAt(start - 1) == '/') && topic.startsWith(key, start)) {
                return true;
            }
        }
        return false;
    }

    /** Where and how {@code serial} was seen; empty when it was not. */
    public Optional<Sighting> find(ChargerSerial serial) {
        synchronized (seen) {
            return Optional.ofNullable(seen.get(serial));
        }
    }

    /** Every charger seen, in the order they showed up. */
    public List<Sighting> all() {
        synchronized (seen) {
            return List.copyOf(seen.values());
        }
    }

    /** {@code listener} hears every charger seen so far, at once, then every later change. */
    public void addListener(Listener listener) {
        listeners.add(listener);
        all().forEach(listener::chargerSeen);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void seen(DiscoveredTopic topic, byte[] payload) {
        Map<String, String> read = reader.read(topic.key(), decoder.decode(ParsedTopic.value(topic.key()), payload));
        if (read == null) {
            return;
        }
        Sighting changed;
        synchronized (seen) {
            Sighting known = seen.get(topic.serial());
            if (known != null && known.properties().entrySet().containsAll(read.entrySet())) {
                return; // a repeated message: nothing changes
            }
            Map<String, String> properties = new LinkedHashMap<>(known == null ? Map.of() : known.properties());
            properties.putAll(read);
            if (known != null && known.properties().equals(properties)) {
                return;
            }
            changed = new Sighting(topic.serial(), known == null ? topic.base() : known.base(), properties);
            seen.put(topic.serial(), changed);
        }
        logger.debug("Charger {} seen under {}: {}", changed.serial(), changed.base(), changed.properties());
        for (Listener listener : new ArrayList<>(listeners)) {
            try {
                listener.chargerSeen(changed);
            } catch (RuntimeException e) {
                logger.debug("Discovery listener failed on charger {}: {}", changed.serial(), e.toString());
            }
        }
    }

    /** A debug line for a discovery key below {@code base} whose serial level is not a valid serial. */
    private void refuseIfDiscoveryTopic(DiscoveryBase base, String topic) {
        String rest = topic.substring(base.value().length());
        int slash = rest.lastIndexOf('/');
        if (slash >= 0 && propertyOfKey.containsKey(rest.substring(slash + 1))) {
            String serial = rest.substring(0, slash);
            if (!ChargerSerial.isValid(serial)) {
                logger.debug("Ignoring '{}': '{}' cannot be a charger serial (one topic level without wildcards)",
                        topic, serial);
            }
        }
    }

    /** A v2 discovery key: the one property it fills, none when its value is no text. */
    private Map<String, String> keyProperty(String key, InboundMessage message) {
        String property = propertyOfKey.get(key);
        String value = message instanceof KeyValue keyValue ? propertyText(key, keyValue.value()) : null;
        return property == null || value == null ? Map.of() : Map.of(property, value);
    }

    /** A v1 status: a sighting when it is an object holding {@link #V1_MARKERS}; its firmware from {@code fwv}. */
    private static @Nullable Map<String, String> v1Properties(String key, InboundMessage message) {
        if (!(message instanceof KeyValue keyValue) || !keyValue.value().isJsonObject()) {
            return null;
        }
        JsonObject status = keyValue.value().getAsJsonObject();
        if (!V1_MARKERS.stream().allMatch(status::has)) {
            return null;
        }
        JsonElement firmware = status.get("fwv");
        String text = firmware == null ? null : propertyText("fwv", firmware);
        return text == null ? Map.of() : Map.of(Thing.PROPERTY_FIRMWARE_VERSION, text);
    }

    /**
     * The property text of {@code key}'s value: strings as they are, numbers and booleans as JSON, the variant
     * ({@code var}: 11 or 22, the charger's power) as {@code 11 kW}; null for anything else and for blank text.
     */
    public static @Nullable String propertyText(String key, JsonElement value) {
        String text = propertyText(value);
        return text != null && "var".equals(key) && text.matches("\\d{1,3}") ? text + " kW" : text;
    }

    private static @Nullable String propertyText(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsJsonPrimitive().isString() ? value.getAsString() : value.toString();
        return text.isBlank() ? null : text.strip();
    }
}
