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

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection life cycle of an {@link MqttTransport}, independent of the client library: connect attempts on
 * the injected scheduler, a watchdog per attempt, bounded exponential back-off after every failure or loss,
 * restoring all remembered subscriptions after every CONNECT before reporting {@link ConnectionState#CONNECTED},
 * state events, and a close that never waits. A subclass opens connections of type {@code C} and reports back
 * through the {@code report…} methods, which only hand off to the scheduler and may be called from any thread.
 *
 * <p>
 * Every attempt has a number; a report is acted on only while its attempt is the current one and has not been
 * abandoned, so late callbacks of an abandoned connection are harmless. State changes happen under this object's
 * lock, which the library's threads never take; their events reach the listener in order but outside the lock
 * (see {@link EventQueue}), so a listener may take its own locks or call back into the transport.
 *
 * @param <C> the client library's connection handle, never null (the explicit bound {@code Object} takes the
 *            non-null default; without a bound {@code C} would be free of it)
 */
@NonNullByDefault
public abstract class ReconnectingTransport<C extends Object> implements MqttTransport {

    private static final Duration WATCHDOG_MARGIN = Duration.ofSeconds(2);

    private final Logger logger = LoggerFactory.getLogger(ReconnectingTransport.class);
    private final TransportConfig config;
    private final ScheduledExecutorService scheduler;
    private final ReconnectBackoff backoff;
    private final String broker;
    private final Set<String> filters = new LinkedHashSet<>();
    private final EventQueue events = new EventQueue();
    private volatile @Nullable TransportListener listener;
    private volatile ConnectionState state = ConnectionState.DISCONNECTED;
    private volatile @Nullable C publishConnection;
    private FailureReason lastFailure = FailureReason.NONE;
    private @Nullable C connection;
    private @Nullable ScheduledFuture<?> job;
    private boolean sessionUp;
    private int currentAttempt;

    protected ReconnectingTransport(TransportConfig config, ScheduledExecutorService scheduler) {
        this.config = config;
        this.scheduler = scheduler;
        this.backoff = new ReconnectBackoff(config.reconnectDelayMin(), config.reconnectDelayMax());
        this.broker = config.broker().serverUri();
    }

    /**
     * Starts connect attempt number {@code attempt} without waiting for it; its outcome comes back through
     * {@link #reportConnected} or {@link #reportFailure}.
     *
     * @throws TransportException when the attempt cannot even start; {@link FailureReason#CONFIGURATION} stops
     *             retrying
     */
    protected abstract C open(int attempt) throws TransportException;

    /** Subscribes all filters after a CONNECT; the outcome comes back through {@link #reportRestored}. */
    protected abstract void restoreSubscriptions(C connection, String[] filters, int attempt);

    /** Subscribes one filter on a live connection, without waiting. */
    protected abstract void sendSubscribe(C connection, String filter);

    /** Unsubscribes one filter on a live connection, without waiting. */
    protected abstract void sendUnsubscribe(C connection, String filter);

    /** Hands one message to the library without waiting for its acknowledgement. */
    protected abstract void send(C connection, String topic, byte[] payload) throws TransportException;

    /** Disconnects and frees a connection; called on the scheduler, must return within a second or so. */
    protected abstract void release(C connection, boolean sendDisconnect);

    @Override
    public final synchronized void start(TransportListener listener) {
        if (this.listener != null || state == ConnectionState.CLOSED) {
            throw new IllegalStateException("start() may be called once, before close()");
        }
        this.listener = listener;
        job = scheduler.schedule(() -> step(this::connect), 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public final synchronized void subscribe(String topicFilter) {
        if (topicFilter.isEmpty()) {
            throw new IllegalArgumentException("topic filter must not be empty");
        }
        @Nullable C current = connection;
        if (filters.add(topicFilter) && sessionUp && current != null) {
            sendSubscribe(current, topicFilter);
        }
    }

    @Override
    public final synchronized void unsubscribe(String topicFilter) {
        @Nullable C current = connection;
        if (filters.remove(topicFilter) && sessionUp && current != null) {
            sendUnsubscribe(current, topicFilter);
        }
    }

    @Override
    public final void publish(String topic, byte[] payload) throws TransportException {
        @Nullable C current = publishConnection;
        if (current == null || state != ConnectionState.CONNECTED) {
            FailureReason reason = state == ConnectionState.CLOSED ? FailureReason.OTHER
                    : lastFailure != FailureReason.NONE ? lastFailure : FailureReason.UNREACHABLE;
            throw new TransportException(reason, "Not connected to " + broker + ": message to '" + topic
                    + "' not sent");
        }
        send(current, topic, payload);
    }

    @Override
    public final ConnectionState state() {
        return state;
    }

    @Override
    public final void close() {
        @Nullable C abandoned;
        synchronized (this) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            abandoned = endSession();
            changeState(new ConnectionEvent(ConnectionState.CLOSED, FailureReason.NONE, "Closed"));
        }
        events.deliver(listener);
        if (abandoned != null) {
            releaseLater(abandoned, true);
        }
    }

    /** The broker accepted CONNECT for {@code attempt}. */
    protected final void reportConnected(int attempt) {
        handOff(() -> step(() -> connected(attempt)));
    }

    /** The subscriptions of {@code attempt} are restored; {@code complete} false if the broker refused some. */
    protected final void reportRestored(int attempt, boolean complete) {
        handOff(() -> step(() -> restored(attempt, complete)));
    }

    /** {@code attempt} failed, or its connection was lost. */
    protected final void reportFailure(int attempt, ConnectFailure failure) {
        handOff(() -> step(() -> failed(attempt, failure)));
    }

    /** Passes an inbound message to the listener on the calling thread; a listener's exception is logged. */
    protected final void deliver(String topic, byte[] payload) {
        TransportListener current = listener;
        if (current == null || state == ConnectionState.CLOSED) {
            return;
        }
        try {
            current.messageArrived(topic, payload);
        } catch (RuntimeException e) {
            logger.debug("Listener failed on a message on '{}': {}", topic, e.toString());
        }
    }

    private void connect() {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        int attempt = ++currentAttempt;
        changeState(new ConnectionEvent(ConnectionState.CONNECTING, FailureReason.NONE, "Connecting to " + broker));
        try {
            connection = open(attempt);
            long watchdog = config.connectTimeout().plus(WATCHDOG_MARGIN).toMillis();
            job = scheduler.schedule(() -> step(() -> timedOut(attempt)), watchdog, TimeUnit.MILLISECONDS);
        } catch (TransportException e) {
            FailureReason reason = e.getReason();
            fail(new ConnectFailure(reason, String.valueOf(e.getMessage())), reason != FailureReason.CONFIGURATION);
        }
    }

    private void connected(int attempt) {
        @Nullable C current = connection;
        if (attempt != currentAttempt || current == null) {
            return;
        }
        sessionUp = true;
        if (filters.isEmpty()) {
            up("");
        } else {
            restoreSubscriptions(current, filters.toArray(String[]::new), attempt);
        }
    }

    private void restored(int attempt, boolean complete) {
        if (attempt == currentAttempt && connection != null) {
            up(complete ? "" : "; the broker refused a subscription (check its access rules)");
        }
    }

    private void up(String note) {
        cancelJob();
        backoff.reset();
        lastFailure = FailureReason.NONE;
        publishConnection = connection;
        changeState(ConnectionEvent.connected("Connected to " + broker + note));
    }

    private void failed(int attempt, ConnectFailure failure) {
        if (attempt == currentAttempt && connection != null) {
            fail(failure, true);
        }
    }

    private void timedOut(int attempt) {
        if (attempt == currentAttempt && connection != null && state == ConnectionState.CONNECTING) {
            fail(ConnectFailure.timeout((int) config.connectTimeout().toSeconds()), true);
        }
    }

    /** Abandons the current connection and, unless the failure cannot heal, schedules the next attempt. */
    private void fail(ConnectFailure failure, boolean retry) {
        boolean wasConnected = state == ConnectionState.CONNECTED;
        @Nullable C abandoned = endSession();
        if (abandoned != null) {
            releaseLater(abandoned, false);
        }
        lastFailure = failure.reason();
        String text = (wasConnected ? "Connection to " + broker + " lost: " : "Cannot connect to " + broker + ": ")
                + failure.text();
        if (retry) {
            Duration delay = backoff.next();
            job = scheduler.schedule(() -> step(this::connect), delay.toMillis(), TimeUnit.MILLISECONDS);
            text += "; next attempt in " + (delay.toMillis() % 1000 == 0 ? delay.toSeconds() + " s"
                    : delay.toMillis() + " ms");
        }
        changeState(ConnectionEvent.failed(ConnectionState.DISCONNECTED, failure.reason(), text));
    }

    /** Ends the current session's bookkeeping; returns the connection to release. */
    private @Nullable C endSession() {
        cancelJob();
        sessionUp = false;
        publishConnection = null;
        @Nullable C abandoned = connection;
        connection = null;
        return abandoned;
    }

    private void cancelJob() {
        ScheduledFuture<?> pending = job;
        if (pending != null) {
            pending.cancel(false);
            job = null;
        }
    }

    private void releaseLater(C abandoned, boolean sendDisconnect) {
        try {
            scheduler.execute(() -> release(abandoned, sendDisconnect));
        } catch (RejectedExecutionException e) {
            release(abandoned, false);
        }
    }

    /** Records a state change; its event reaches the listener after the lock is released. */
    private void changeState(ConnectionEvent event) {
        state = event.state();
        logger.debug("{}: {}", config.clientId(), event.detail());
        events.add(event);
    }

    /** Runs one step of the life cycle under the lock, then delivers the events it raised. */
    private void step(Runnable locked) {
        synchronized (this) {
            locked.run();
        }
        events.deliver(listener);
    }

    private void handOff(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException e) {
            logger.debug("The scheduler no longer accepts work; a report from {} was dropped", broker);
        }
    }
}
