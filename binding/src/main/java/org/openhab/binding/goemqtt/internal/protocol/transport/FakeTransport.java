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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An in-memory {@link MqttTransport} with a broker's manners, for tests of the layers above and for tools: it
 * matches subscriptions with {@link TopicFilter}, keeps retained messages and hands them to new subscriptions and
 * after every reconnect, delivers our own publishes back when subscribed (as brokers do; switch off with
 * {@link #setLoopback(boolean)}), and refuses publishes while not connected. Tests drive the connection with
 * {@link #connect()} and {@link #disconnect(FailureReason, String)} and play the charger with
 * {@link #inject(String, String)} and {@link #retain(String, String)}.
 * <p>
 * Listener calls happen on the calling thread, outside the fake's lock. Exceptions from the listener are not
 * caught, so a test sees them.
 */
@NonNullByDefault
public final class FakeTransport implements MqttTransport {

    /** One message published through the transport. */
    public record Published(String topic, byte[] payload) {

        /** The payload as UTF-8 text. */
        public String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return topic + " " + text();
        }
    }

    private record Delivery(String topic, byte[] payload) {
    }

    private final Object lock = new Object();
    private final Set<TopicFilter> subscriptions = new LinkedHashSet<>();
    private final List<Published> published = new ArrayList<>();
    private final Map<String, byte[]> retained = new LinkedHashMap<>();
    private @Nullable TransportListener listener;
    private ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile boolean connectOnStart = true;
    private volatile boolean loopback = true;
    private @Nullable String publishFailure;

    /** Whether {@link #start(TransportListener)} connects at once (default) or waits for {@link #connect()}. */
    public void setConnectOnStart(boolean connectOnStart) {
        this.connectOnStart = connectOnStart;
    }

    /** Whether our own publishes come back to matching subscriptions (default, as with a real broker). */
    public void setLoopback(boolean loopback) {
        this.loopback = loopback;
    }

    /** Makes every later publish fail with {@code reason} as if the client library refused; {@code null} heals. */
    public void failPublishes(@Nullable String reason) {
        synchronized (lock) {
            publishFailure = reason;
        }
    }

    @Override
    public void start(TransportListener listener) {
        synchronized (lock) {
            if (this.listener != null) {
                throw new IllegalStateException("start may be called once");
            }
            this.listener = listener;
        }
        if (connectOnStart) {
            connect();
        }
    }

    @Override
    public void subscribe(String topicFilter) {
        TopicFilter filter = TopicFilter.of(topicFilter);
        List<Delivery> deliveries = new ArrayList<>();
        synchronized (lock) {
            subscriptions.add(filter);
            if (state == ConnectionState.CONNECTED) {
                retained.forEach((topic, payload) -> {
                    if (filter.matches(topic)) {
                        deliveries.add(new Delivery(topic, payload));
                    }
                });
            }
        }
        deliver(deliveries);
    }

    @Override
    public void unsubscribe(String topicFilter) {
        synchronized (lock) {
            subscriptions.remove(TopicFilter.of(topicFilter));
        }
    }

    @Override
    public void publish(String topic, byte[] payload) throws TransportException {
        if (!TopicFilter.isValidTopic(topic)) {
            throw new IllegalArgumentException("not a topic name: '" + topic + "'");
        }
        byte[] copy = payload.clone();
        synchronized (lock) {
            if (state != ConnectionState.CONNECTED) {
                throw new TransportException(FailureReason.CONNECTION_LOST,
                        "not connected to the broker (" + state.name().toLowerCase() + "): message to " + topic
                                + " not sent");
            }
            String failure = publishFailure;
            if (failure != null) {
                throw new TransportException(FailureReason.OTHER, failure);
            }
            published.add(new Published(topic, copy));
        }
        if (loopback) {
            inject(topic, copy);
        }
    }

    @Override
    public ConnectionState state() {
        synchronized (lock) {
            return state;
        }
    }

    @Override
    public void close() {
        changeState(ConnectionEvent.failed(ConnectionState.CLOSED, FailureReason.NONE, "closed"));
    }

    /** The broker accepts the connection: listeners hear CONNECTED, retained messages reach every subscription. */
    public void connect() {
        List<Delivery> deliveries = new ArrayList<>();
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            retained.forEach((topic, payload) -> {
                if (subscriptions.stream().anyMatch(filter -> filter.matches(topic))) {
                    deliveries.add(new Delivery(topic, payload));
                }
            });
        }
        changeState(ConnectionEvent.connected("connected to the in-memory broker"));
        deliver(deliveries);
    }

    /** The connection is lost or refused with {@code reason}: listeners hear DISCONNECTED. */
    public void disconnect(FailureReason reason, String detail) {
        changeState(ConnectionEvent.failed(ConnectionState.DISCONNECTED, reason, detail));
    }

    /** A message arrives from the broker; true when a subscription matched and the listener got it. */
    public boolean inject(String topic, String payload) {
        return inject(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** A message arrives from the broker; true when a subscription matched and the listener got it. */
    public boolean inject(String topic, byte[] payload) {
        List<Delivery> deliveries = new ArrayList<>();
        synchronized (lock) {
            if (state == ConnectionState.CONNECTED
                    && subscriptions.stream().anyMatch(filter -> filter.matches(topic))) {
                deliveries.add(new Delivery(topic, payload.clone()));
            }
        }
        return deliver(deliveries);
    }

    /**
     * A retained message (as a charger publishes its values): kept for later subscriptions and reconnects, and
     * delivered now like {@link #inject(String, String)}. An empty payload clears the retained message.
     */
    public boolean retain(String topic, String payload) {
        synchronized (lock) {
            if (payload.isEmpty()) {
                retained.remove(topic);
            } else {
                retained.put(topic, payload.getBytes(StandardCharsets.UTF_8));
            }
        }
        return inject(topic, payload);
    }

    /** Everything published so far, oldest first. */
    public List<Published> published() {
        synchronized (lock) {
            return List.copyOf(published);
        }
    }

    /** The payloads published to {@code topic}, as text, oldest first. */
    public List<String> publishedTo(String topic) {
        return published().stream().filter(message -> message.topic().equals(topic)).map(Published::text)
                .toList();
    }

    public void clearPublished() {
        synchronized (lock) {
            published.clear();
        }
    }

    /** The current subscription filters, in the order they were added. */
    public List<String> subscriptions() {
        synchronized (lock) {
            return subscriptions.stream().map(TopicFilter::filter).toList();
        }
    }

    private void changeState(ConnectionEvent event) {
        TransportListener target;
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            state = event.state();
            target = listener;
        }
        if (target != null) {
            target.connectionChanged(event);
        }
    }

    /** Hands {@code deliveries} to the listener; true when there was at least one and a listener to take it. */
    private boolean deliver(List<Delivery> deliveries) {
        TransportListener target;
        synchronized (lock) {
            target = listener;
        }
        if (target == null || deliveries.isEmpty()) {
            return false;
        }
        deliveries.forEach(delivery -> target.messageArrived(delivery.topic(), delivery.payload().clone()));
        return true;
    }
}
