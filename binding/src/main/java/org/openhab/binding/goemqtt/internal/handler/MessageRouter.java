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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which charger handler gets a message: the one registered for the longest base topic the message's topic starts
 * with (exact prefix match; {@code home/wallbox/} and {@code home/wallbox/garage/} can coexist). Several handlers
 * may share a base (two things for one serial); each gets every message. Decodes each message once.
 * <p>
 * Registrations change rarely and messages arrive often: the routes are an immutable list replaced on change, so
 * routing takes no lock.
 */
@NonNullByDefault
final class MessageRouter {

    private record Route(BaseTopic base, List<ChargerEndpoint> endpoints) {
    }

    /**
     * The route of the topics below {@code level} (a topic's text up to and with its last '/'), found in
     * {@code index}: a charger's messages share that level, so the next one is routed without a substring or a hash.
     */
    private record LastHit(String level, Route route, Map<String, Route> index) {

        /** Whether {@code topic}'s last level is below {@link #level} alone, in the routes of {@code current}. */
        boolean covers(String topic, Map<String, Route> current) {
            int length = level.length();
            return index == current && topic.length() > length && topic.startsWith(level)
                    && topic.indexOf('/', length) < 0;
        }
    }

    private static final Comparator<Route> LONGEST_FIRST = Comparator
            .comparingInt((Route route) -> route.base().value().length()).reversed();

    private final Logger logger = LoggerFactory.getLogger(MessageRouter.class);
    private final MessageDecoder decoder = new MessageDecoder();
    private final Object lock = new Object();
    private volatile List<Route> routes = List.of();
    /** The same routes by base topic text: a message finds its route in a few lookups, however many chargers. */
    private volatile Map<String, Route> byBase = Map.of();
    private volatile @Nullable LastHit lastHit;

    /** Routes {@code base} to {@code endpoint}; true when nobody was routed {@code base} before (subscribe it). */
    boolean add(BaseTopic base, ChargerEndpoint endpoint) {
        synchronized (lock) {
            Optional<Route> existing = find(base);
            List<ChargerEndpoint> endpoints = new ArrayList<>(existing.map(Route::endpoints).orElseGet(List::of));
            if (!endpoints.contains(endpoint)) {
                endpoints.add(endpoint);
            }
            replace(base, endpoints);
            return existing.isEmpty();
        }
    }

    /** Stops routing {@code base} to {@code endpoint}; true when nobody is routed {@code base} any more. */
    boolean remove(BaseTopic base, ChargerEndpoint endpoint) {
        synchronized (lock) {
            Optional<Route> existing = find(base);
            if (existing.isEmpty()) {
                return false;
            }
            List<ChargerEndpoint> endpoints = new ArrayList<>(existing.get().endpoints());
            endpoints.remove(endpoint);
            replace(base, endpoints);
            return endpoints.isEmpty();
        }
    }

    /** Every routed base, longest first. */
    List<BaseTopic> bases() {
        return routes.stream().map(Route::base).toList();
    }

    /**
     * Decodes the message and hands it to the handlers of the longest base it is under; false when no base
     * matches or the topic is not {@code <key>}, {@code <key>/set} or {@code <key>/result} below it. Never throws.
     */
    boolean route(String topic, byte[] payload) {
        Map<String, Route> current = byBase;
        LastHit hit = lastHit;
        if (hit != null && hit.covers(topic, current)) {
            return deliver(hit.route(), topic, payload);
        }
        // a base ends with '/': the candidates are the topic's prefixes up to each '/', the longest first
        int last = topic.lastIndexOf('/');
        String level = topic.substring(0, last + 1);
        for (int slash = last; slash >= 0; slash = topic.lastIndexOf('/', slash - 1)) {
            Route route = current.get(slash == last ? level : topic.substring(0, slash + 1));
            if (route != null) {
                lastHit = new LastHit(level, route, current);
                return deliver(route, topic, payload);
            }
        }
        return false;
    }

    private boolean deliver(Route route, String topic, byte[] payload) {
        ParsedTopic parsed = route.base().parsedOrNull(topic);
        if (parsed == null) {
            logger.trace("Ignoring '{}': not a key topic below {}", topic, route.base());
            return false;
        }
        InboundMessage message = decoder.decode(parsed, payload);
        List<ChargerEndpoint> endpoints = route.endpoints();
        for (int i = 0; i < endpoints.size(); i++) { // no iterator on the message path
            ChargerEndpoint endpoint = endpoints.get(i);
            try {
                endpoint.messageArrived(route.base(), message);
            } catch (RuntimeException e) {
                logger.debug("Handling {} of '{}' failed: {}", message.key(), topic, e.toString());
            }
        }
        return true;
    }

    private Optional<Route> find(BaseTopic base) {
        return routes.stream().filter(route -> route.base().equals(base)).findFirst();
    }

    private void replace(BaseTopic base, List<ChargerEndpoint> endpoints) {
        List<Route> changed = new ArrayList<>(routes);
        changed.removeIf(route -> route.base().equals(base));
        if (!endpoints.isEmpty()) {
            changed.add(new Route(base, List.copyOf(endpoints)));
        }
        changed.sort(LONGEST_FIRST);
        Map<String, Route> indexed = new HashMap<>();
        changed.forEach(route -> indexed.put(route.base().value(), route));
        routes = List.copyOf(changed);
        byBase = Map.copyOf(indexed);
    }
}
