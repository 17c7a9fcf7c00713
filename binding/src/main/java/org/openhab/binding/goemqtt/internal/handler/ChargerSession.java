/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.BINDING_ID;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.FORMER_PROPERTIES;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.VENDOR;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.DecodeSession;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings.Sighting;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.CommandTracker;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveryBase;
import org.openhab.binding.goemqtt.internal.protocol.FirmwareVersion;
import org.openhab.binding.goemqtt.internal.protocol.Liveness;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.internal.protocol.TrackedCommand;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;

import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * What one initialised charger handler works with, from {@code initialize()} to {@code dispose()}: its bridge and
 * base topics, the liveness watch, the command tracker and coalescer, the catalog's decoding state, and which raw
 * channels exist. Closing it stops every job and forgets every command waiting.
 * <p>
 * Base topics: a configured {@code baseTopic} is the only one. Without it, the base under which the bridge saw the
 * serial; if it saw none, {@code <discovery base><serial>/} under every discovery base of the bridge (so a charger
 * configured by serial alone is found whether it publishes with or without a leading slash). Commands go to the
 * base the charger last published under, {@code /go-eCharger/<serial>/} before the first message.
 */
@NonNullByDefault
final class ChargerSession implements ChargerCommands.Outlet {

    /** Channel UIDs kept: the catalog's channels and the raw ones of a charger, not those of a flood of keys. */
    private static final int CHANNEL_UIDS_KEPT = 2048;
    /** In place of the UID of a channel that had one state so far. */
    private static final Object POSTED_ONCE = new Object();

    private final Logger logger = LoggerFactory.getLogger(ChargerSession.class);
    private final BrokerHandler broker;
    private final ThingUID thing;
    private final ChargerSerial serial;
    private final List<BaseTopic> bases;
    private final Liveness liveness;
    private final CommandTracker tracker;
    private final DecodeSession decoder;
    private final CommandCoalescer coalescer;
    private final Map<String, Object> channelUids = new ConcurrentHashMap<>();
    private final Map<String, @Nullable String> properties = new HashMap<>();
    private final Map<String, String> knownProperties;
    private final Set<String> rawReady = ConcurrentHashMap.newKeySet();
    private final Set<String> rawRequested = ConcurrentHashMap.newKeySet();
    private volatile BaseTopic activeBase;
    private volatile boolean mqttReadOnly;
    private volatile boolean closed;
    private @Nullable ScheduledFuture<?> livenessJob;

    ChargerSession(BrokerHandler broker, ThingUID thing, ChargerConfiguration config, Catalog catalog, Clock clock,
            ScheduledExecutorService scheduler, Consumer<CommandCoalescer.Waiting> sender) {
        this(broker, broker.sightings(), thing, config, catalog, clock, scheduler, sender);
    }

    /** A session of a device found through {@code sightings} (the bridge's controller sightings for a controller). */
    ChargerSession(BrokerHandler broker, ChargerSightings sightings, ThingUID thing, ChargerConfiguration config,
            Catalog catalog, Clock clock, ScheduledExecutorService scheduler,
            Consumer<CommandCoalescer.Waiting> sender) {
        this.broker = broker;
        this.thing = thing;
        this.serial = ChargerConfigCheck.serial(config);
        this.bases = bases(sightings, serial, ChargerConfigCheck.baseTopic(config));
        this.activeBase = bases.get(0);
        this.liveness = new Liveness(clock, Duration.ofSeconds(config.silenceTimeout));
        this.tracker = new CommandTracker(clock, scheduler, Duration.ofSeconds(config.resultTimeout));
        this.decoder = new DecodeSession(catalog, ZoneId.systemDefault());
        this.coalescer = new CommandCoalescer(scheduler, sender);
        this.knownProperties = sightings.find(serial).map(Sighting::properties).orElseGet(Map::of);
        properties.putAll(knownProperties); // posted at the start: the same value again changes nothing
        String firmware = knownProperties.get(Thing.PROPERTY_FIRMWARE_VERSION);
        if (firmware != null) {
            tracker.setFirmware(FirmwareVersion.parse(firmware));
        }
    }

    /** Registers with the bridge and starts watching for silence, {@code check} every few seconds. */
    void start(ChargerEndpoint endpoint, ScheduledExecutorService scheduler, Runnable check) {
        bases.forEach(base -> broker.register(base, endpoint));
        long period = Math.max(1000, Math.min(5000, liveness.silenceLimit().toMillis() / 5));
        livenessJob = scheduler.scheduleWithFixedDelay(check, period, period, TimeUnit.MILLISECONDS);
    }

    /** Unregisters, stops the silence watch, drops waiting commands (their futures are cancelled). */
    void close(ChargerEndpoint endpoint) {
        closed = true;
        bases.forEach(base -> broker.unregister(base, endpoint));
        ScheduledFuture<?> job = livenessJob;
        if (job != null) {
            job.cancel(false);
        }
        coalescer.close();
        tracker.close();
    }

    boolean isClosed() {
        return closed;
    }

    /** A message arrived below {@code base}: the charger is alive and listens there. */
    void heard(BaseTopic base) {
        liveness.messageArrived();
        if (activeBase != base) { // most messages come under the base of the one before: no volatile write
            activeBase = base;
        }
    }

    BrokerHandler broker() {
        return broker;
    }

    @Override
    public ChargerSerial serial() {
        return serial;
    }

    @Override
    public boolean isConnected() {
        return broker.isConnected();
    }

    @Override
    public void submit(String channel, String key, JsonElement value) {
        coalescer.submit(channel, key, value);
    }

    List<BaseTopic> bases() {
        return bases;
    }

    /** Where commands go: the base the charger last published under. */
    BaseTopic activeBase() {
        return activeBase;
    }

    Liveness liveness() {
        return liveness;
    }

    CommandTracker tracker() {
        return tracker;
    }

    DecodeSession decoder() {
        return decoder;
    }

    /**
     * Publishes {@code value} on {@code <key>/set} under the active base through the tracker; without a connection
     * the command ends at once as not sent.
     */
    TrackedCommand send(String key, JsonElement value) {
        MqttTransport transport = transport();
        if (transport == null) {
            TrackedCommand command = tracker.register(key, value);
            tracker.notSent(command, "the bridge has no connection");
            return command;
        }
        logger.debug("Charger {}: publishing {} on {}", serial, Secrets.text(key, value),
                activeBase.setTopic(key));
        return tracker.send(transport, activeBase, key, value);
    }

    /** The connection to publish on; null while the bridge has none. */
    @Nullable
    MqttTransport transport() {
        return broker.transport();
    }

    boolean isMqttReadOnly() {
        return mqttReadOnly;
    }

    /** {@code mcr}: true (or a non-zero number) means the charger ignores every set. */
    void mqttReadOnly(JsonElement value) {
        if (value.isJsonPrimitive()) {
            mqttReadOnly = value.getAsJsonPrimitive().isBoolean() ? value.getAsBoolean()
                    : value.getAsJsonPrimitive().isNumber() && value.getAsDouble() != 0;
        }
    }

    /**
     * The UID of {@code channel} of the thing. A UID checks its text with a pattern, too costly for every state
     * posted, so a channel's UID is kept from its second state on; a channel posted once (most get one state in the
     * retained burst and rarely another) costs a marker, not a UID (about 185 bytes each, 35 KB per charger).
     */
    ChannelUID channelUid(String channel) {
        Object known = channelUids.get(channel);
        if (known instanceof ChannelUID uid) {
            return uid;
        }
        ChannelUID made = new ChannelUID(thing, channel);
        if (channelUids.size() < CHANNEL_UIDS_KEPT) {
            channelUids.put(channel, known == null ? POSTED_ONCE : made);
        }
        return made;
    }

    /**
     * What a starting charger thing says of itself: vendor and serial number, the thing properties the bridge already
     * heard for this serial under a discovery base ({@code firmwareVersion}, {@code modelId}, {@code variant}), and
     * no property of the names earlier versions used (null: removed).
     */
    Map<String, @Nullable String> startProperties() {
        Map<String, @Nullable String> properties = new HashMap<>();
        FORMER_PROPERTIES.forEach(name -> properties.put(name, null));
        properties.put(Thing.PROPERTY_VENDOR, VENDOR);
        properties.put(Thing.PROPERTY_SERIAL_NUMBER, serial.value());
        properties.putAll(knownProperties);
        return properties;
    }

    /** The entries of {@code wanted} that differ from {@code current} (a null only for a property it has). */
    static Map<String, @Nullable String> propertyChanges(Map<String, String> current,
            Map<String, @Nullable String> wanted) {
        Map<String, @Nullable String> changes = new HashMap<>();
        wanted.forEach((name, value) -> {
            if (!Objects.equals(current.get(name), value)) {
                changes.put(name, value);
            }
        });
        return changes;
    }

    /**
     * True when {@code text} is not what the charger last said for thing property {@code name} in this session: then
     * it goes to the thing (firmware, type and variant repeat every few seconds). Called on the message thread.
     */
    boolean propertyChanged(String name, @Nullable String text) {
        if (properties.containsKey(name) && Objects.equals(properties.get(name), text)) {
            return false;
        }
        properties.put(name, text);
        return true;
    }

    /** Whether the raw channel exists on the thing (added now or found at the start). */
    boolean isRawChannelReady(String channel) {
        return rawReady.contains(channel);
    }

    void rawChannelReady(String channel) {
        rawReady.add(channel);
    }

    /** True the first time a raw channel is asked for: then it must be added. */
    boolean requestRawChannel(String channel) {
        return rawRequested.add(channel);
    }

    /** The raw channel ({@code raw#<key>}) of a key the catalog does not know. */
    static Channel rawChannel(ChannelUID uid, String key) {
        return ChannelBuilder.create(uid, "String").withType(new ChannelTypeUID(BINDING_ID, Catalog.RAW_CHANNEL_TYPE))
                .withLabel(key).withDescription("Raw JSON of the API key " + key).build();
    }

    private static List<BaseTopic> bases(ChargerSightings sightings, ChargerSerial serial,
            @Nullable BaseTopic configured) {
        if (configured != null) {
            return List.of(configured);
        }
        BaseTopic seen = sightings.find(serial).map(Sighting::base).orElse(null);
        if (seen != null) {
            return List.of(seen);
        }
        List<BaseTopic> candidates = new ArrayList<>();
        candidates.add(sightings.firstDefault().baseFor(serial));
        for (DiscoveryBase base : sightings.bases()) {
            BaseTopic candidate = base.baseFor(serial);
            if (!candidates.contains(candidate)) {
                candidates.add(candidate);
            }
        }
        return List.copyOf(candidates);
    }
}
