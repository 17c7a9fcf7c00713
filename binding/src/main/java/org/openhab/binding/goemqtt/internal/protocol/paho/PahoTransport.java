/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.paho;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.openhab.binding.goemqtt.internal.protocol.tls.TlsContextFactory;
import org.openhab.binding.goemqtt.internal.protocol.tls.TlsSettings;
import org.openhab.binding.goemqtt.internal.protocol.tls.TlsSetupException;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectFailure;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.ReconnectingTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.Secret;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport} on Eclipse Paho mqttv3 (MQTT
 * 3.1.1), the only class that knows Paho; the connection life cycle (back-off, re-subscription, events, close) is
 * {@link ReconnectingTransport}'s.
 *
 * <p>
 * Each attempt gets a fresh {@link MqttAsyncClient} with in-memory persistence and keep-alive pings on the injected
 * scheduler; Paho's automatic reconnect stays off. Paho's callbacks only hand off: messages go straight to the
 * listener, outcomes become tasks on the scheduler. Publishing never queues: Paho's in-flight window is bounded
 * ({@value #MAX_INFLIGHT} messages) and a full window is a {@link TransportException}. Paho's network threads
 * (named {@code MQTT …}) end when a connection is released.
 */
@NonNullByDefault
public final class PahoTransport extends ReconnectingTransport<MqttAsyncClient> {

    /** Our own publishes ({@code /set}) need the broker's acknowledgement. */
    private static final int PUBLISH_QOS = 1;
    /**
     * Subscriptions at QoS 0: with a clean session a QoS 1 subscription adds no guarantee across a lost connection,
     * the charger's state topics are retained and republished every second anyway, and the embedded test broker
     * (Moquette 0.17) fails on the acknowledgement of retained messages delivered at QoS 1.
     */
    private static final int SUBSCRIBE_QOS = 0;
    private static final int MAX_INFLIGHT = 64;
    private static final long DISCONNECT_TIMEOUT_MILLIS = 500;
    /** How often a release waits for a connect in progress to end before it looks again. */
    private static final long RELEASE_RETRY_MILLIS = 200;
    /** SUBACK code of a refused subscription. */
    private static final int SUBSCRIPTION_REFUSED = 0x80;

    private final Logger logger = LoggerFactory.getLogger(PahoTransport.class);
    private final TransportConfig config;
    private final ScheduledExecutorService scheduler;
    private final String broker;
    /** The CONNECT of each client not yet released: a client is never disconnected while it connects. */
    private final Map<MqttAsyncClient, IMqttToken> connects = new ConcurrentHashMap<>();

    /**
     * @param scheduler runs connect attempts, reconnects, pings and hand-offs (the handler's scheduler); never
     *            blocked for long
     */
    public PahoTransport(TransportConfig config, ScheduledExecutorService scheduler) {
        super(config, scheduler);
        this.config = config;
        this.scheduler = scheduler;
        this.broker = config.broker().serverUri();
    }

    @Override
    protected MqttAsyncClient open(int attempt) throws TransportException {
        MqttConnectOptions options = connectOptions();
        MqttAsyncClient client;
        try {
            client = new MqttAsyncClient(broker, config.clientId(), new MemoryPersistence(),
                    new ScheduledExecutorPingSender(scheduler));
        } catch (MqttException | IllegalArgumentException e) {
            throw new TransportException(FailureReason.CONFIGURATION,
                    "Cannot create an MQTT client for " + broker + ": " + ConnectFailure.describe(e));
        }
        client.setCallback(new Callback(attempt));
        if (config.tls().trustAllCertificates()) {
            logger.warn("Connecting to {} without verifying its certificate: anyone can pose as the broker", broker);
        }
        try {
            connects.put(client, client.connect(options, null, new Outcome(attempt, true)));
        } catch (MqttException e) {
            reportFailure(attempt, classify(e));
        }
        return client;
    }

    private MqttConnectOptions connectOptions() throws TransportException {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(config.cleanSession());
        options.setKeepAliveInterval((int) config.keepAlive().toSeconds());
        options.setConnectionTimeout((int) config.connectTimeout().toSeconds());
        options.setAutomaticReconnect(false);
        options.setMaxInflight(MAX_INFLIGHT);
        String username = config.username();
        Secret password = config.password();
        if (username != null) {
            options.setUserName(username);
        }
        if (password != null) {
            options.setPassword(password.revealChars());
        }
        if (config.broker().tls()) {
            TlsSettings tls = config.tls();
            try {
                options.setSocketFactory(TlsContextFactory.socketFactory(tls));
            } catch (TlsSetupException e) {
                throw new TransportException(FailureReason.CONFIGURATION, String.valueOf(e.getMessage()));
            }
            options.setHttpsHostnameVerificationEnabled(tls.hostnameVerification() && !tls.trustAllCertificates());
        }
        return options;
    }

    @Override
    protected void restoreSubscriptions(MqttAsyncClient client, String[] filters, int attempt) {
        int[] qos = new int[filters.length];
        Arrays.fill(qos, SUBSCRIBE_QOS);
        try {
            client.subscribe(filters, qos, null, new Outcome(attempt, false));
        } catch (MqttException e) {
            reportFailure(attempt, classify(e));
        }
    }

    @Override
    protected void sendSubscribe(MqttAsyncClient client, String filter) {
        try {
            client.subscribe(filter, SUBSCRIBE_QOS);
        } catch (MqttException e) {
            logger.debug("Subscribing to '{}' at {} failed, retried after the next connect: {}", filter, broker,
                    ConnectFailure.describe(e));
        }
    }

    @Override
    protected void sendUnsubscribe(MqttAsyncClient client, String filter) {
        try {
            client.unsubscribe(filter);
        } catch (MqttException e) {
            logger.debug("Unsubscribing from '{}' at {} failed: {}", filter, broker, ConnectFailure.describe(e));
        }
    }

    @Override
    protected void send(MqttAsyncClient client, String topic, byte[] payload) throws TransportException {
        try {
            client.publish(topic, payload, PUBLISH_QOS, false);
        } catch (MqttException e) {
            boolean windowFull = e.getReasonCode() == MqttException.REASON_CODE_MAX_INFLIGHT;
            throw new TransportException(windowFull ? FailureReason.OTHER : FailureReason.CONNECTION_LOST,
                    "Message to '" + topic + "' not sent to " + broker + ": "
                            + (windowFull ? MAX_INFLIGHT + " messages still wait for the broker's acknowledgement"
                                    : ConnectFailure.describe(e)),
                    e);
        }
    }

    @Override
    protected void release(MqttAsyncClient client, boolean sendDisconnect) {
        long waits = config.connectTimeout().toMillis() / RELEASE_RETRY_MILLIS + 10;
        release(client, sendDisconnect, waits);
    }

    /**
     * Disconnects and closes {@code client}; while its CONNECT is still in progress, looks again a little later (up
     * to {@code waits} times): the client library cannot stop a connect half-way, a disconnect then leaves its
     * connect thread polling for a sender that never starts, for ever.
     */
    private void release(MqttAsyncClient client, boolean sendDisconnect, long waits) {
        IMqttToken connect = connects.get(client);
        if (connect != null && !connect.isComplete() && waits > 0) {
            try {
                scheduler.schedule(() -> release(client, sendDisconnect, waits - 1), RELEASE_RETRY_MILLIS,
                        TimeUnit.MILLISECONDS);
                return;
            } catch (RejectedExecutionException e) {
                logger.trace("Releasing the client for {} now: the scheduler stopped", broker);
            }
        }
        connects.remove(client);
        try {
            client.disconnectForcibly(0, sendDisconnect ? DISCONNECT_TIMEOUT_MILLIS : 1, sendDisconnect);
        } catch (MqttException e) {
            logger.trace("Disconnect from {} ended with: {}", broker, ConnectFailure.describe(e));
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            logger.debug("Closing the client for {} failed: {}", broker, ConnectFailure.describe(e));
        }
    }

    private ConnectFailure classify(Throwable error) {
        int code = error instanceof MqttException mqtt ? mqtt.getReasonCode() : -1;
        if (code >= 1 && code <= 5) {
            return ConnectFailure.refused(code, config.clientId());
        }
        int timeout = (int) config.connectTimeout().toSeconds();
        ConnectFailure fromCause = ConnectFailure.fromCause(error,
                config.broker().host() + ":" + config.broker().port(), timeout);
        if (fromCause != null) {
            return fromCause;
        }
        if (code == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
            return ConnectFailure.timeout(timeout);
        }
        boolean lost = state() == ConnectionState.CONNECTED || code == MqttException.REASON_CODE_CONNECTION_LOST;
        return new ConnectFailure(lost ? FailureReason.CONNECTION_LOST : FailureReason.OTHER,
                ConnectFailure.describe(error));
    }

    /** Paho's client callbacks for one attempt. */
    private final class Callback implements MqttCallback {
        private final int attempt;

        Callback(int attempt) {
            this.attempt = attempt;
        }

        @Override
        public void connectionLost(@Nullable Throwable cause) {
            reportFailure(attempt, classify(cause != null ? cause
                    : new MqttException(MqttException.REASON_CODE_CONNECTION_LOST)));
        }

        @Override
        public void messageArrived(@Nullable String topic, @Nullable MqttMessage message) {
            if (topic != null && message != null) {
                deliver(topic, message.getPayload());
            }
        }

        @Override
        public void deliveryComplete(@Nullable IMqttDeliveryToken token) {
            // QoS 1 acknowledgements need no action
        }
    }

    /** The outcome of a CONNECT ({@code connect} true) or of the re-subscription after it. */
    private final class Outcome implements IMqttActionListener {
        private final int attempt;
        private final boolean connect;

        Outcome(int attempt, boolean connect) {
            this.attempt = attempt;
            this.connect = connect;
        }

        @Override
        public void onSuccess(@Nullable IMqttToken token) {
            if (connect) {
                reportConnected(attempt);
            } else {
                int[] granted = token != null ? token.getGrantedQos() : null;
                boolean complete = granted != null && Arrays.stream(granted).noneMatch(q -> q == SUBSCRIPTION_REFUSED);
                reportRestored(attempt, complete);
            }
        }

        @Override
        public void onFailure(@Nullable IMqttToken token, @Nullable Throwable error) {
            Throwable cause = error != null ? error : new MqttException(MqttException.REASON_CODE_UNEXPECTED_ERROR);
            if (connect) {
                reportFailure(attempt, classify(cause));
            } else {
                logger.debug("Restoring subscriptions at {} failed: {}", broker, ConnectFailure.describe(cause));
                reportRestored(attempt, false);
            }
        }
    }
}
