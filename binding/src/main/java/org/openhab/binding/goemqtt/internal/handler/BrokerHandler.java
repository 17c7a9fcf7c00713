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

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code goemqtt:broker} bridge: owns one MQTT connection, routes each message to the charger handler of its base
 * topic and tells discovery about the chargers it sees.
 * <ul>
 * <li>{@link #initialize()} checks the configuration (a bad one is OFFLINE/CONFIGURATION_ERROR naming the
 * parameter), sets UNKNOWN and starts the connection on the scheduler. The transport reconnects by itself after
 * every loss, with back-off; each connection change becomes a status: ONLINE, or OFFLINE/COMMUNICATION_ERROR with
 * the reason.</li>
 * <li>Subscriptions: {@code <base>#} for each charger base in use, and the discovery filters
 * {@code <discovery base>+/fwv|typ|var} (and {@code +/status} for API v1 chargers).</li>
 * <li>Threads: messages arrive on the transport's thread. It decodes, routes and hands the message to the charger
 * handler, which does its quick, non-blocking work (state updates are events for openHAB) on the same thread;
 * anything slow (changing the thing's channels) the charger handler moves to its scheduler.</li>
 * <li>{@link #dispose()} closes the transport, which never waits on the network.</li>
 * </ul>
 */
@NonNullByDefault
public class BrokerHandler extends BaseBridgeHandler {

    private final Logger logger = LoggerFactory.getLogger(BrokerHandler.class);
    private final TransportFactory transportFactory;
    private final ScheduledExecutorService executor;
    private final MessageRouter router = new MessageRouter();
    private final ChargerSightings sightings = new ChargerSightings();
    private final ChargerSightings controllerSightings = ChargerSightings.forControllers();
    private final ChargerSightings v1Sightings = ChargerSightings.forV1();
    private final ControllerReadings controllerReadings = new ControllerReadings();
    private final Object lock = new Object();

    // written under lock; volatile so that each message checks its source without the lock
    private volatile @Nullable MqttTransport transport;
    // guarded by lock
    private @Nullable Future<?> startJob;

    public BrokerHandler(Bridge bridge, TransportFactory transportFactory) {
        this(bridge, transportFactory, null);
    }

    /**
     * @param executor runs the connection's work; {@code null}: the handler's scheduler (tests pass a manual one)
     */
    public BrokerHandler(Bridge bridge, TransportFactory transportFactory,
            @Nullable ScheduledExecutorService executor) {
        super(bridge);
        this.transportFactory = transportFactory;
        this.executor = executor != null ? executor : scheduler;
    }

    @Override
    public void initialize() {
        BrokerConfigCheck.Checked checked = BrokerConfigCheck.check(getConfigAs(BrokerConfiguration.class));
        TransportConfig config = checked.transport();
        if (config == null) {
            logger.debug("Broker bridge {} not started: {}", getThing().getUID(), checked.problem());
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, checked.problem());
            return;
        }
        BrokerConfigCheck.ControllerBases controllerBases = BrokerConfigCheck
                .controllerBases(getConfigAs(BrokerConfiguration.class));
        String controllerProblem = controllerBases.problem();
        if (controllerProblem != null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, controllerProblem);
            return;
        }
        MqttTransport started = transportFactory.create(config, executor);
        sightings.setBases(checked.bases());
        controllerSightings.setBases(controllerBases.bases());
        v1Sightings.setBases(checked.bases());
        updateStatus(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
                BrokerStatusTexts.connecting(config.broker().serverUri()));
        synchronized (lock) {
            transport = started;
            sightings.subscriptionFilters().forEach(started::subscribe);
            controllerSightings.subscriptionFilters().forEach(started::subscribe);
            v1Sightings.subscriptionFilters().forEach(started::subscribe);
            router.bases().forEach(base -> started.subscribe(base.subscriptionFilter()));
            startJob = executor.submit(() -> started.start(new Listener(started)));
        }
    }

    @Override
    public void dispose() {
        MqttTransport closing;
        synchronized (lock) {
            closing = transport;
            transport = null;
            Future<?> job = startJob;
            startJob = null;
            if (job != null) {
                job.cancel(false);
            }
        }
        if (closing != null) {
            closing.close();
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the bridge has no channels
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(GoeMqttDiscoveryService.class);
    }

    /** The chargers seen under the discovery bases. */
    public ChargerSightings sightings() {
        return sightings;
    }

    /** The go-e Controllers seen under the controller discovery bases. */
    public ChargerSightings controllerSightings() {
        return controllerSightings;
    }

    /** The API v1 chargers seen under the discovery bases ({@code status} with {@code version}, {@code sse}). */
    public ChargerSightings v1Sightings() {
        return v1Sightings;
    }

    /** Where controller things publish their category powers and charger things that use them as PV source listen. */
    public ControllerReadings controllerReadings() {
        return controllerReadings;
    }

    /** Routes the messages below {@code base} to {@code endpoint}; subscribes {@code <base>#} if nobody had. */
    public void register(BaseTopic base, ChargerEndpoint endpoint) {
        synchronized (lock) {
            MqttTransport current = transport;
            if (router.add(base, endpoint) && current != null) {
                current.subscribe(base.subscriptionFilter());
            }
        }
    }

    /** Undoes {@link #register(BaseTopic, ChargerEndpoint)}; unsubscribes {@code <base>#} once nobody uses it. */
    public void unregister(BaseTopic base, ChargerEndpoint endpoint) {
        synchronized (lock) {
            MqttTransport current = transport;
            if (router.remove(base, endpoint) && current != null) {
                current.unsubscribe(base.subscriptionFilter());
            }
        }
    }

    /** The connection to publish on; null while the bridge is not initialised. */
    public @Nullable MqttTransport transport() {
        return transport;
    }

    /** Whether the broker connection is up. */
    public boolean isConnected() {
        MqttTransport current = transport();
        return current != null && current.state() == ConnectionState.CONNECTED;
    }

    private boolean isCurrent(MqttTransport candidate) {
        return transport == candidate;
    }

    private void connectionChanged(ConnectionEvent event) {
        switch (event.state()) {
            case CONNECTED -> {
                logger.debug("Broker bridge {} connected: {}", getThing().getUID(), event.detail());
                updateStatus(ThingStatus.ONLINE);
            }
            case DISCONNECTED -> {
                logger.debug("Broker bridge {} disconnected ({}): {}", getThing().getUID(), event.reason(),
                        event.detail());
                ThingStatusDetail detail = event.reason() == FailureReason.CONFIGURATION
                        ? ThingStatusDetail.CONFIGURATION_ERROR
                        : ThingStatusDetail.COMMUNICATION_ERROR;
                updateStatus(ThingStatus.OFFLINE, detail,
                        BrokerStatusTexts.connectionFailed(event.reason(), event.detail()));
            }
            case CONNECTING, CLOSED -> logger.trace("Broker bridge {}: {}", getThing().getUID(), event);
        }
    }

    /** Hears one transport; ignores it once it is no longer this handler's (after dispose or a re-initialise). */
    private final class Listener implements TransportListener {

        private final MqttTransport source;

        Listener(MqttTransport source) {
            this.source = source;
        }

        @Override
        public void messageArrived(String topic, byte[] payload) {
            if (!isCurrent(source)) {
                return;
            }
            try {
                router.route(topic, payload);
                sightings.accept(topic, payload);
                controllerSightings.accept(topic, payload);
                v1Sightings.accept(topic, payload);
            } catch (RuntimeException e) {
                logger.debug("Message on '{}' not handled: {}", topic, e.toString());
            }
        }

        @Override
        public void connectionChanged(ConnectionEvent event) {
            if (isCurrent(source)) {
                BrokerHandler.this.connectionChanged(event);
            }
        }
    }
}
