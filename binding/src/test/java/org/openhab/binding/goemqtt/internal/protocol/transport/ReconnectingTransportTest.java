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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.RecordingListener;

/**
 * The connection life cycle, without a network: a scripted subclass records what the life cycle asks of the
 * client library, the test plays the library's reports, and a manual scheduler makes time explicit.
 */
@NonNullByDefault
class ReconnectingTransportTest {

    private static final String BROKER = "tcp://broker:1883";

    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock());
    private final RecordingListener listener = new RecordingListener();

    /** "Connections" are the attempt numbers; every call from the life cycle is written down. */
    private static final class ScriptedTransport extends ReconnectingTransport<Integer> {
        final List<String> calls = new ArrayList<>();
        @Nullable
        TransportException refuseOpen;

        ScriptedTransport(TransportConfig config, ScheduledExecutorService scheduler) {
            super(config, scheduler);
        }

        @Override
        protected Integer open(int attempt) throws TransportException {
            TransportException refusal = refuseOpen;
            if (refusal != null) {
                throw refusal;
            }
            calls.add("open " + attempt);
            return attempt;
        }

        @Override
        protected void restoreSubscriptions(Integer connection, String[] filters, int attempt) {
            calls.add("restore " + connection + " " + String.join(",", filters));
        }

        @Override
        protected void sendSubscribe(Integer connection, String filter) {
            calls.add("subscribe " + connection + " " + filter);
        }

        @Override
        protected void sendUnsubscribe(Integer connection, String filter) {
            calls.add("unsubscribe " + connection + " " + filter);
        }

        @Override
        protected void send(Integer connection, String topic, byte[] payload) {
            calls.add("send " + connection + " " + topic);
        }

        @Override
        protected void release(Integer connection, boolean sendDisconnect) {
            calls.add("release " + connection + (sendDisconnect ? " politely" : ""));
        }

        String lastCall() {
            return calls.get(calls.size() - 1);
        }
    }

    @Test
    void connectsOnTheSchedulerAndReportsConnectedOnlyAfterRestoringSubscriptions() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.subscribe("a/#");
        transport.subscribe("b/#");
        transport.start(listener);
        assertEquals(List.of(), transport.calls, "start() must return before anything happens");
        scheduler.runDue();
        assertEquals(List.of("open 1"), transport.calls);
        assertEquals(ConnectionState.CONNECTING, transport.state());

        transport.reportConnected(1);
        scheduler.runDue();
        assertEquals("restore 1 a/#,b/#", transport.lastCall());
        assertEquals(ConnectionState.CONNECTING, transport.state());
        transport.reportRestored(1, true);
        scheduler.runDue();
        assertEquals(ConnectionState.CONNECTED, transport.state());
        assertEquals(List.of(
                new ConnectionEvent(ConnectionState.CONNECTING, FailureReason.NONE, "Connecting to " + BROKER),
                ConnectionEvent.connected("Connected to " + BROKER)), listener.events());
    }

    @Test
    void retriesWithBoundedExponentialBackoffAndStartsOverAfterASuccess() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.start(listener);
        scheduler.runDue();
        List<String> delays = new ArrayList<>();
        for (int attempt = 1; attempt <= 8; attempt++) {
            transport.reportFailure(attempt, ConnectFailure.timeout(10));
            scheduler.runDue();
            String detail = lastEvent().detail();
            delays.add(detail.substring(detail.indexOf("next attempt in ") + 16));
            Duration delay = Duration.ofSeconds(Long.parseLong(delays.get(delays.size() - 1).replace(" s", "")));
            scheduler.advance(delay.minusMillis(1));
            assertEquals("release " + attempt, transport.lastCall(), "no attempt before the delay is over");
            scheduler.advance(Duration.ofMillis(1));
            assertEquals("open " + (attempt + 1), transport.lastCall());
        }
        assertEquals(List.of("1 s", "2 s", "4 s", "8 s", "16 s", "32 s", "60 s", "60 s"), delays);

        connect(transport, 9);
        transport.reportFailure(9, new ConnectFailure(FailureReason.CONNECTION_LOST, "Connection lost"));
        scheduler.runDue();
        assertEquals("Connection to " + BROKER + " lost: Connection lost; next attempt in 1 s", lastEvent().detail());
    }

    @Test
    void aLostConnectionIsReleasedAndTheNextOneGetsEverySubscriptionBack() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.subscribe("/go-eCharger/+/#");
        transport.start(listener);
        scheduler.runDue();
        connect(transport, 1);
        transport.reportFailure(1, new ConnectFailure(FailureReason.CONNECTION_LOST, "Connection reset"));
        scheduler.runDue();
        assertEquals("release 1", transport.lastCall());
        assertEquals(FailureReason.CONNECTION_LOST, lastEvent().reason());
        scheduler.advance(Duration.ofSeconds(1));
        transport.reportConnected(2);
        scheduler.runDue();
        assertEquals("restore 2 /go-eCharger/+/#", transport.lastCall());
    }

    @Test
    void lateReportsOfAnAbandonedAttemptAreIgnored() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.start(listener);
        scheduler.runDue();
        transport.reportFailure(1, ConnectFailure.timeout(10));
        scheduler.advance(Duration.ofSeconds(1));
        int events = listener.eventCount();
        transport.reportConnected(1);
        transport.reportRestored(1, true);
        transport.reportFailure(1, new ConnectFailure(FailureReason.CONNECTION_LOST, "late"));
        scheduler.runDue();
        assertEquals(events, listener.eventCount(), listener::describeEvents);
        assertEquals(ConnectionState.CONNECTING, transport.state());
        assertEquals("open 2", transport.lastCall());
    }

    @Test
    void anAttemptWithoutAnAnswerTimesOutAfterTheConnectTimeoutAndAMargin() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER).connectTimeout(Duration.ofSeconds(5)));
        transport.start(listener);
        scheduler.runDue();
        scheduler.advance(Duration.ofSeconds(6));
        assertEquals(ConnectionState.CONNECTING, transport.state());
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(new ConnectionEvent(ConnectionState.DISCONNECTED, FailureReason.UNREACHABLE, "Cannot connect to "
                + BROKER + ": no answer from the broker within 5 s; next attempt in 1 s"), lastEvent());
        assertEquals("release 1", transport.lastCall());
    }

    @Test
    void aConfigurationErrorIsReportedOnceAndNotRetried() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.refuseOpen = new TransportException(FailureReason.CONFIGURATION,
                "caCertificate: file 'x' does not exist");
        transport.start(listener);
        scheduler.runDue();
        assertEquals(new ConnectionEvent(ConnectionState.DISCONNECTED, FailureReason.CONFIGURATION,
                "Cannot connect to " + BROKER + ": caCertificate: file 'x' does not exist"), lastEvent());
        scheduler.advance(Duration.ofHours(1));
        assertEquals(0, scheduler.waitingTasks());
        assertEquals(ConnectionState.DISCONNECTED, transport.state());
    }

    @Test
    void closeReleasesPolitelyCancelsEveryPendingAttemptAndHappensOnce() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.start(listener);
        scheduler.runDue();
        connect(transport, 1);
        transport.close();
        transport.close();
        scheduler.runDue();
        assertEquals("release 1 politely", transport.lastCall());
        assertEquals(new ConnectionEvent(ConnectionState.CLOSED, FailureReason.NONE, "Closed"), lastEvent());
        assertEquals(1, listener.events().stream().filter(e -> e.state() == ConnectionState.CLOSED).count());

        ScriptedTransport backingOff = transport(TransportConfig.builder(BROKER));
        backingOff.start(listener);
        scheduler.runDue();
        backingOff.reportFailure(1, ConnectFailure.timeout(10));
        scheduler.runDue();
        backingOff.close();
        scheduler.advance(Duration.ofHours(1));
        assertEquals(List.of("open 1", "release 1"), backingOff.calls);
        assertEquals(0, scheduler.waitingTasks());
        assertThrows(IllegalStateException.class, () -> backingOff.start(listener));
    }

    @Test
    void subscriptionsChangedWhileConnectedAreSentAtOnceAndRememberedForTheNextConnection() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.subscribe("a");
        transport.start(listener);
        scheduler.runDue();
        connect(transport, 1);
        transport.subscribe("b");
        transport.subscribe("b");
        transport.unsubscribe("a");
        assertEquals(List.of("open 1", "restore 1 a", "subscribe 1 b", "unsubscribe 1 a"), transport.calls);
        transport.reportFailure(1, new ConnectFailure(FailureReason.CONNECTION_LOST, "lost"));
        scheduler.advance(Duration.ofSeconds(1));
        transport.reportConnected(2);
        scheduler.runDue();
        assertEquals("restore 2 b", transport.lastCall());
    }

    @Test
    void publishGoesOutOnlyWhileConnectedAndOtherwiseNamesTheLastFailure() throws Exception {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        assertEquals(FailureReason.UNREACHABLE, publishFailure(transport));
        transport.start(listener);
        scheduler.runDue();
        transport.reportFailure(1, ConnectFailure.refused(4, "id"));
        scheduler.runDue();
        assertEquals(FailureReason.BAD_CREDENTIALS, publishFailure(transport));
        scheduler.advance(Duration.ofSeconds(1));
        connect(transport, 2);
        transport.publish("go-eCharger/1/amp/set", new byte[] { '6' });
        assertEquals("send 2 go-eCharger/1/amp/set", transport.lastCall());
        transport.close();
        assertEquals(FailureReason.OTHER, publishFailure(transport));
    }

    @Test
    void aSubscriptionRefusedByTheBrokerIsMentionedWhenConnected() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        transport.subscribe("forbidden/#");
        transport.start(listener);
        scheduler.runDue();
        transport.reportConnected(1);
        scheduler.runDue();
        transport.reportRestored(1, false);
        scheduler.runDue();
        assertEquals(ConnectionEvent.connected("Connected to " + BROKER
                + "; the broker refused a subscription (check its access rules)"), lastEvent());
    }

    @Test
    void listenersAreCalledOutsideTheTransportsLockInOrderEvenWhenTheyCallBack() {
        ScriptedTransport transport = transport(TransportConfig.builder(BROKER));
        List<String> seen = new ArrayList<>();
        transport.start(new TransportListener() {
            @Override
            public void messageArrived(String topic, byte[] payload) {
            }

            @Override
            public void connectionChanged(ConnectionEvent event) {
                seen.add(event.state() + (Thread.holdsLock(transport) ? " under the lock" : ""));
                if (event.state() == ConnectionState.CONNECTED) {
                    transport.close();
                    seen.add("closed from the listener");
                }
            }
        });
        scheduler.runDue();
        transport.reportConnected(1);
        scheduler.runDue();
        assertEquals(List.of("CONNECTING", "CONNECTED", "closed from the listener", "CLOSED"), seen);
    }

    private FailureReason publishFailure(ScriptedTransport transport) {
        return assertThrows(TransportException.class, () -> transport.publish("t", new byte[0])).getReason();
    }

    private void connect(ScriptedTransport transport, int attempt) {
        transport.reportConnected(attempt);
        scheduler.runDue();
        transport.reportRestored(attempt, true);
        scheduler.runDue();
        assertEquals(ConnectionState.CONNECTED, transport.state(), listener::describeEvents);
    }

    private ConnectionEvent lastEvent() {
        List<ConnectionEvent> events = listener.events();
        return events.get(events.size() - 1);
    }

    private ScriptedTransport transport(TransportConfig.Builder config) {
        return new ScriptedTransport(config.build(), scheduler);
    }
}
