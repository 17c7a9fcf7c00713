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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The transport port: one MQTT connection as the layers above see it. The Paho adapter is the production
 * implementation; {@code FakeTransport} serves tests.
 *
 * <p>
 * Contract:
 * <ul>
 * <li>{@link #start(TransportListener)} returns at once; connecting, and reconnecting after every loss with
 * bounded back-off, happen in the background until {@link #close()}.</li>
 * <li>Subscriptions are remembered and restored after every reconnect.</li>
 * <li>{@link #publish(String, byte[])} is safe from many threads and fails fast with a
 * {@link TransportException} when not connected: nothing is queued.</li>
 * <li>The listener is called on the transport's own thread: it must only decode and hand off.</li>
 * <li>{@link #close()} never waits on the network and leaves no thread or connection behind; its
 * {@link ConnectionState#CLOSED} event may arrive on the thread that calls it.</li>
 * </ul>
 */
@NonNullByDefault
public interface MqttTransport {

    /** Starts connecting in the background. May be called once. */
    void start(TransportListener listener);

    /** Adds a subscription; kept across reconnects and sent at once when connected. */
    void subscribe(String topicFilter);

    /** Removes a subscription added with {@link #subscribe(String)}. */
    void unsubscribe(String topicFilter);

    /** Publishes one message (QoS 1, not retained). */
    void publish(String topic, byte[] payload) throws TransportException;

    /** The current connection state. */
    ConnectionState state();

    /** Stops for good: disconnects without waiting, cancels reconnects, releases every thread. */
    void close();
}
