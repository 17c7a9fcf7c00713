/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.monitor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings.Sighting;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.TopicKind;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1StatusDecoder;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Topics;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.binding.goemqtt.tools.monitor.WatchedCharger.Device;

/**
 * Hears one broker connection: finds chargers under the discovery bases and go-e Controllers under the controller
 * discovery bases (and watches the given base topics), then prints each device's identity and its values as the
 * binding decodes them (a controller's with the controller's catalog). Never throws out of a callback.
 */
@NonNullByDefault
final class Monitor implements TransportListener {

    /** How long a charger's identity may stay incomplete before its values are shown anyway. */
    static final Duration IDENTITY_WAIT = Duration.ofSeconds(3);

    private final PrintStream out;
    private final ScheduledExecutorService scheduler;
    private final Consumer<String> subscriber;
    private final Consumer<ConnectionEvent> failed;
    private final Catalog catalog = Catalog.standard();
    private final BindingTexts texts = BindingTexts.load();
    private final MessageDecoder decoder = new MessageDecoder();
    private final ChargerSightings sightings = new ChargerSightings();
    private final ChargerSightings controllerSightings = ChargerSightings.forControllers();
    private final ChargerSightings v1Sightings = ChargerSightings.forV1();
    private final V1StatusDecoder v1Status = new V1StatusDecoder();
    private final Map<BaseTopic, WatchedCharger> watched = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile boolean connectedOnce;

    /**
     * @param subscriber subscribes a topic filter on the connection
     * @param failed hears a failure the monitor should end with: the first connection failed, or a setting cannot
     *            be used; later losses are printed and the transport reconnects
     */
    Monitor(PrintStream out, ScheduledExecutorService scheduler, Clock clock, Consumer<String> subscriber,
            Consumer<ConnectionEvent> failed) {
        this.out = out;
        this.scheduler = scheduler;
        this.clock = clock;
        this.subscriber = subscriber;
        this.failed = failed;
        sightings.addListener(this::chargerSeen);
        controllerSightings.addListener(this::controllerSeen);
        v1Sightings.addListener(this::v1ChargerSeen);
    }

    /** Subscribes the discovery filters and {@code <base>#} of every fixed base topic. */
    void start(List<BaseTopic> fixedBases) {
        sightings.subscriptionFilters().forEach(subscriber);
        controllerSightings.subscriptionFilters().forEach(subscriber);
        v1Sightings.subscriptionFilters().forEach(subscriber);
        fixedBases.forEach(base -> watch(null, base, Device.CHARGER));
    }

    @Override
    public void messageArrived(String topic, byte[] payload) {
        try {
            sightings.accept(topic, payload);
            controllerSightings.accept(topic, payload);
            v1Sightings.accept(topic, payload);
            WatchedCharger charger = owner(topic);
            if (charger != null && charger.isV1()) {
                v1MessageArrived(charger, topic, payload);
            } else if (charger != null) {
                Optional<InboundMessage> message = decoder.decode(charger.base(), topic, payload);
                message.ifPresent(charger::accept);
            }
        } catch (RuntimeException e) {
            out.println("could not handle a message on " + topic + ": " + e);
        }
    }

    /** {@code <base>status}: the status decoded as the v1 handler does; {@code <base>cmd/req}: a command. */
    private void v1MessageArrived(WatchedCharger charger, String topic, byte[] payload) {
        V1Topics.Kind kind = new V1Topics(charger.base()).parse(topic);
        if (kind == V1Topics.Kind.COMMAND) {
            charger.acceptV1Command(new String(payload, StandardCharsets.UTF_8));
        } else if (kind == V1Topics.Kind.STATUS) {
            V1StatusDecoder.Result result = v1Status.decode(payload);
            if (result instanceof V1StatusDecoder.Read read) {
                charger.acceptStatus(read.status());
            } else if (result instanceof V1StatusDecoder.Unreadable unreadable) {
                charger.accept(new InboundMessage.Unparseable(V1Topics.STATUS, TopicKind.VALUE, unreadable.reason(),
                        unreadable.preview()));
            }
        }
    }

    @Override
    public void connectionChanged(ConnectionEvent event) {
        switch (event.state()) {
            case CONNECTED -> {
                connectedOnce = true;
                out.println("connected: " + event.detail());
            }
            case DISCONNECTED -> {
                if (!connectedOnce || event.reason() == FailureReason.CONFIGURATION) {
                    failed.accept(event);
                } else {
                    out.println("connection lost (" + event.reason() + "): " + event.detail());
                }
            }
            case CONNECTING, CLOSED -> {
                // nothing to tell
            }
        }
    }

    private void chargerSeen(Sighting sighting) {
        watch(sighting.serial().value(), sighting.base(), Device.CHARGER);
    }

    private void controllerSeen(Sighting sighting) {
        watch(sighting.serial().value(), sighting.base(), Device.CONTROLLER);
    }

    private void v1ChargerSeen(Sighting sighting) {
        watch(sighting.serial().value(), sighting.base(), Device.CHARGER_V1);
    }

    private void watch(@Nullable String serial, BaseTopic base, Device device) {
        if (watched.containsKey(base)) {
            return;
        }
        Catalog deviceCatalog = switch (device) {
            case CHARGER -> catalog;
            case CONTROLLER -> Catalog.controller();
            case CHARGER_V1 -> Catalog.v1();
        };
        WatchedCharger charger = new WatchedCharger(serial, base, deviceCatalog, texts, clock, out::println, device);
        if (watched.putIfAbsent(base, charger) == null) {
            out.println("found " + charger.device() + " " + charger.name() + " under " + base.value());
            subscriber.accept(base.subscriptionFilter());
            scheduler.schedule(charger::showValues, IDENTITY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The charger whose base is the longest prefix of {@code topic}. */
    private @Nullable WatchedCharger owner(String topic) {
        WatchedCharger best = null;
        for (WatchedCharger candidate : watched.values()) {
            String base = candidate.base().value();
            if (topic.startsWith(base) && (best == null || base.length() > best.base().value().length())) {
                best = candidate;
            }
        }
        return best;
    }
}
