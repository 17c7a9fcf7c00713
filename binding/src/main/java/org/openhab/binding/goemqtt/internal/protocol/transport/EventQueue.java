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

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands connection events to the listener in the order they were raised, one at a time, and never while the
 * transport holds its lock: a listener may then take its own locks, or call back into the transport, without a
 * lock-order deadlock. Events are added under the transport's lock; whichever thread calls {@link #deliver} next
 * delivers everything pending, while concurrent callers return at once.
 */
@NonNullByDefault
final class EventQueue {

    private final Logger logger = LoggerFactory.getLogger(EventQueue.class);
    private final Deque<ConnectionEvent> pending = new ArrayDeque<>();
    private boolean delivering;

    synchronized void add(ConnectionEvent event) {
        pending.add(event);
    }

    /** Delivers every pending event on the calling thread, unless another thread is already delivering. */
    void deliver(@Nullable TransportListener listener) {
        while (true) {
            ConnectionEvent event;
            synchronized (this) {
                if (delivering || pending.isEmpty()) {
                    return;
                }
                delivering = true;
                event = pending.poll();
            }
            try {
                if (listener != null) {
                    listener.connectionChanged(event);
                }
            } catch (RuntimeException e) {
                logger.debug("Connection listener failed on '{}': {}", event.detail(), e.toString());
            } finally {
                synchronized (this) {
                    delivering = false;
                }
            }
        }
    }
}
