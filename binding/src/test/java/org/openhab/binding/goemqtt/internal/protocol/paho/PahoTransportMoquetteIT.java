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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.EmbeddedBroker;
import org.openhab.binding.goemqtt.internal.testutil.FreePort;
import org.openhab.binding.goemqtt.internal.testutil.RecordingListener;
import org.openhab.binding.goemqtt.internal.testutil.SilentBroker;
import org.openhab.binding.goemqtt.internal.testutil.TransportFixture;

/**
 * {@link PahoTransport} against an embedded Moquette broker over TCP on loopback, and against small servers that
 * misbehave on purpose: runs anywhere.
 */
@NonNullByDefault
class PahoTransportMoquetteIT {

    private static final String FILTER = "/go-eCharger/+/#";
    private final TransportFixture fixture = new TransportFixture();
    private final ScheduledThreadPoolExecutor scheduler = fixture.scheduler();
    private final List<AutoCloseable> brokers = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        fixture.close();
        for (AutoCloseable broker : brokers) {
            broker.close();
        }
    }

    @Test
    void connectsSubscribesReceivesAndPublishes() throws Exception {
        EmbeddedBroker broker = broker(EmbeddedBroker.start());
        RecordingListener charger = new RecordingListener();
        PahoTransport chargerSide = started(fast(broker.uri()), charger);
        chargerSide.subscribe("/go-eCharger/012345/+/set");
        RecordingListener binding = new RecordingListener();
        PahoTransport bindingSide = transport(fast(broker.uri()));
        bindingSide.subscribe(FILTER);
        bindingSide.start(binding);
        binding.awaitEventAfter(0, ConnectionState.CONNECTED);
        charger.awaitEventAfter(0, ConnectionState.CONNECTED);

        chargerSide.publish("/go-eCharger/012345/amp", "16".getBytes(StandardCharsets.UTF_8));
        binding.awaitMessage("/go-eCharger/012345/amp", "16");
        bindingSide.publish("/go-eCharger/012345/amp/set", "10".getBytes(StandardCharsets.UTF_8));
        charger.awaitMessage("/go-eCharger/012345/amp/set", "10");

        assertEquals(List.of(ConnectionState.CONNECTING, ConnectionState.CONNECTED),
                binding.events().stream().map(ConnectionEvent::state).toList());
        assertEquals("Connected to " + broker.uri(), binding.events().get(1).detail());
    }

    @Test
    void aSubscriptionAddedWhileConnectedTakesEffectAndAnUnsubscribeStopsIt() {
        EmbeddedBroker broker = broker(EmbeddedBroker.start());
        RecordingListener binding = new RecordingListener();
        PahoTransport transport = started(fast(broker.uri()), binding);
        binding.awaitEventAfter(0, ConnectionState.CONNECTED);

        transport.subscribe("a/#");
        Await.until(() -> {
            broker.publish("a/1", "first");
            return binding.messages().stream().anyMatch(m -> m.topic().equals("a/1"));
        }, RecordingListener.DEADLINE, () -> "a message on the new subscription");
        transport.unsubscribe("a/#");
        transport.subscribe("b/#");
        // the broker handles one client's packets in order: once b/# works, a/# is gone
        Await.until(() -> {
            broker.publish("b/1", "probe");
            return binding.messages().stream().anyMatch(m -> m.topic().equals("b/1"));
        }, RecordingListener.DEADLINE, () -> "a message on the second subscription");
        broker.publish("a/2", "after unsubscribe");
        broker.publish("b/2", "marker");
        binding.awaitMessage("b/2", "marker");
        assertTrue(binding.messages().stream().noneMatch(m -> m.topic().equals("a/2")), binding.messages()::toString);
    }

    @Test
    void publishingWhileDisconnectedFailsAtOnceAndIsNeverSentLater() throws Exception {
        int port = FreePort.find();
        RecordingListener binding = new RecordingListener();
        PahoTransport transport = transport(fast("tcp://127.0.0.1:" + port));
        TransportException beforeStart = assertThrows(TransportException.class,
                () -> transport.publish("x/early", new byte[] { 1 }));
        assertEquals("Not connected to tcp://127.0.0.1:" + port + ": message to 'x/early' not sent",
                beforeStart.getMessage());
        transport.start(binding);
        ConnectionEvent refused = binding.awaitEventAfter(0, ConnectionState.DISCONNECTED, FailureReason.UNREACHABLE);
        assertTrue(refused.detail().startsWith("Cannot connect to tcp://127.0.0.1:" + port
                + ": connection refused by 127.0.0.1:" + port + "; next attempt in "), refused.detail());
        TransportException whileDown = assertThrows(TransportException.class,
                () -> transport.publish("x/lost", "lost".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FailureReason.UNREACHABLE, whileDown.getReason());

        EmbeddedBroker broker = broker(EmbeddedBroker.startOn(port));
        RecordingListener observer = new RecordingListener();
        started(fast(broker.uri()), observer).subscribe("x/#");
        observer.awaitEventAfter(0, ConnectionState.CONNECTED);
        binding.awaitEventAfter(0, ConnectionState.CONNECTED);
        transport.publish("x/marker", "marker".getBytes(StandardCharsets.UTF_8));
        observer.awaitMessage("x/marker", "marker");
        assertEquals(List.of("x/marker"), observer.messages().stream().map(RecordingListener.Message::topic).toList());
    }

    @Test
    void theRightPasswordIsAcceptedAndAWrongOneReportedAsBadCredentials() {
        EmbeddedBroker broker = broker(EmbeddedBroker.withPasswords(Map.of("openhab", "Right-Pa55")));
        RecordingListener good = new RecordingListener();
        started(fast(broker.uri()).credentials("openhab", "Right-Pa55"), good);
        good.awaitEventAfter(0, ConnectionState.CONNECTED);

        RecordingListener wrong = new RecordingListener();
        started(fast(broker.uri()).credentials("openhab", "Wrong-Pa55"), wrong);
        ConnectionEvent refused = wrong.awaitEventAfter(0, ConnectionState.DISCONNECTED, FailureReason.BAD_CREDENTIALS);
        assertTrue(refused.detail().contains("the broker refused the user name or password"), refused.detail());
        assertFalse(refused.detail().contains("Pa55"), refused.detail());

        RecordingListener anonymous = new RecordingListener();
        started(fast(broker.uri()), anonymous);
        Await.until(() -> anonymous.events().stream().anyMatch(e -> e.reason() == FailureReason.BAD_CREDENTIALS
                || e.reason() == FailureReason.NOT_AUTHORIZED), RecordingListener.DEADLINE,
                anonymous::describeEvents);
    }

    @Test
    void reconnectsAfterTheBrokerRestartsAndRestoresTheSubscriptions() {
        EmbeddedBroker broker = broker(EmbeddedBroker.start());
        RecordingListener binding = new RecordingListener();
        PahoTransport transport = transport(TransportConfig.builder(broker.uri()));
        transport.subscribe(FILTER);
        transport.subscribe("other/topic");
        transport.start(binding);
        binding.awaitEventAfter(0, ConnectionState.CONNECTED);
        int beforeStop = binding.eventCount();
        long stopped = System.nanoTime();
        broker.stop();
        binding.awaitEventAfter(beforeStop, ConnectionState.DISCONNECTED, FailureReason.CONNECTION_LOST);
        // let two attempts fail, to see the back-off grow (default 1 s, 2 s, 4 s ...)
        binding.awaitReasonCount(FailureReason.UNREACHABLE, 2);
        int beforeRestart = binding.eventCount();
        long restarted = System.nanoTime();
        broker.restart();
        binding.awaitEventAfter(beforeRestart, ConnectionState.CONNECTED);
        long resubscribed = System.nanoTime();

        Await.until(() -> {
            broker.publish("/go-eCharger/012345/car", "2");
            return binding.messages().stream().anyMatch(m -> m.topic().equals("/go-eCharger/012345/car"));
        }, RecordingListener.DEADLINE, () -> "a message after the restart");
        System.out.printf("[timings] Moquette restart: stopped -> restarted %d ms, restarted -> resubscribed %d ms;"
                + " events:%s%n", (restarted - stopped) / 1_000_000, (resubscribed - restarted) / 1_000_000,
                describeTimed(binding, stopped));
    }

    @Test
    void aListenerThatThrowsNeitherLosesTheConnectionNorLaterMessages() {
        EmbeddedBroker broker = broker(EmbeddedBroker.start());
        AtomicInteger seen = new AtomicInteger();
        RecordingListener events = new RecordingListener();
        TransportListener throwing = new TransportListener() {
            @Override
            public void messageArrived(String topic, byte[] payload) {
                seen.incrementAndGet();
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void connectionChanged(ConnectionEvent event) {
                events.connectionChanged(event);
                throw new IllegalStateException("listener bug");
            }
        };
        PahoTransport transport = transport(fast(broker.uri()));
        transport.subscribe("t/#");
        transport.start(throwing);
        events.awaitEventAfter(0, ConnectionState.CONNECTED);
        broker.publish("t/1", "one");
        broker.publish("t/2", "two");
        Await.until(() -> seen.get() >= 2, RecordingListener.DEADLINE, () -> seen.get() + " messages seen");
        assertEquals(ConnectionState.CONNECTED, transport.state());
        assertEquals(2, events.eventCount(), events::describeEvents);
    }

    @Test
    void publishingFromManyThreadsAtOnceDeliversEveryMessage() throws Exception {
        EmbeddedBroker broker = broker(EmbeddedBroker.start());
        RecordingListener observer = new RecordingListener();
        started(fast(broker.uri()), observer).subscribe("many/#");
        RecordingListener publisherEvents = new RecordingListener();
        PahoTransport publisher = started(fast(broker.uri()), publisherEvents);
        observer.awaitEventAfter(0, ConnectionState.CONNECTED);
        publisherEvents.awaitEventAfter(0, ConnectionState.CONNECTED);

        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            int t = thread;
            results.add(threads.submit(() -> {
                go.await();
                for (int i = 0; i < 10; i++) {
                    publisher.publish("many/" + t, Integer.toString(i).getBytes(StandardCharsets.UTF_8));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> result : results) {
            result.get(20, TimeUnit.SECONDS);
        }
        threads.shutdown();
        Await.until(() -> observer.messages().size() >= 40, RecordingListener.DEADLINE,
                () -> observer.messages().size() + " of 40 messages");
        for (int t = 0; t < 4; t++) {
            String topic = "many/" + t;
            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), observer.messages().stream()
                    .filter(m -> m.topic().equals(topic)).map(RecordingListener.Message::payload).toList());
        }
    }

    @Test
    void aFullPublishWindowIsRefusedInsteadOfQueued() throws Exception {
        SilentBroker silent = broker(new SilentBroker(true));
        RecordingListener binding = new RecordingListener();
        PahoTransport transport = started(fast(silent.uri()), binding);
        binding.awaitEventAfter(0, ConnectionState.CONNECTED);
        TransportException refused = null;
        for (int i = 0; i < 1000 && refused == null; i++) {
            try {
                transport.publish("window/" + i, new byte[] { 1 });
            } catch (TransportException e) {
                refused = e;
            }
        }
        assertNotNull(refused, "a thousand unacknowledged messages were accepted");
        assertEquals(FailureReason.OTHER, refused.getReason());
        assertTrue(refused.getMessage().endsWith("64 messages still wait for the broker's acknowledgement"),
                refused.getMessage());
    }

    @Test
    void anUnknownHostIsReportedAsUnreachable() {
        RecordingListener binding = new RecordingListener();
        started(fast("mqtt://no-such-broker.invalid"), binding);
        ConnectionEvent unknown = binding.awaitEventAfter(0, ConnectionState.DISCONNECTED, FailureReason.UNREACHABLE);
        assertTrue(unknown.detail().startsWith("Cannot connect to tcp://no-such-broker.invalid:1883: unknown host"),
                unknown.detail());
    }

    @Test
    void aBrokerThatNeverAnswersConnectTimesOutAndIsRetried() throws Exception {
        SilentBroker silent = broker(new SilentBroker(false));
        RecordingListener binding = new RecordingListener();
        started(fast(silent.uri()).connectTimeout(Duration.ofSeconds(1)), binding);
        ConnectionEvent timeout = binding.awaitEventAfter(0, ConnectionState.DISCONNECTED, FailureReason.UNREACHABLE);
        assertTrue(timeout.detail().contains("no answer from the broker within 1 s"), timeout.detail());
        binding.awaitEventAfter(binding.eventCount(), ConnectionState.CONNECTING);
    }

    @Test
    void closeCancelsReconnectsAndEndsEveryClientThreadWithoutWaitingForTheScheduler() throws Exception {
        Set<String> before = mqttThreads();
        EmbeddedBroker broker = broker(EmbeddedBroker.start());
        RecordingListener connected = new RecordingListener();
        PahoTransport up = started(fast(broker.uri()), connected);
        up.subscribe(FILTER);
        RecordingListener retrying = new RecordingListener();
        PahoTransport down = started(fast("tcp://127.0.0.1:" + FreePort.find()), retrying);
        connected.awaitEventAfter(0, ConnectionState.CONNECTED);
        retrying.awaitEventAfter(0, ConnectionState.DISCONNECTED, FailureReason.UNREACHABLE);
        assertFalse(mqttThreads().isEmpty(), "the client library's threads should be visible while connected");

        // with every scheduler thread busy, close() must still return: it only hands work to the scheduler
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < scheduler.getCorePoolSize(); i++) {
            scheduler.execute(() -> awaitQuietly(release));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            up.close();
            down.close();
            up.close();
        });
        release.countDown();
        assertEquals(ConnectionState.CLOSED, up.state());
        assertEquals(ConnectionState.CLOSED, down.state());
        Await.until(() -> scheduler.getQueue().isEmpty() && scheduler.getActiveCount() == 0,
                RecordingListener.DEADLINE, () -> "scheduler idle, queue: " + scheduler.getQueue());
        Await.until(() -> before.containsAll(mqttThreads()), RecordingListener.DEADLINE,
                () -> "client threads ended, still running: " + mqttThreads());
        assertEquals(ConnectionState.CLOSED, last(retrying).state());
        assertEquals(ConnectionState.CLOSED, last(connected).state());
        assertThrows(TransportException.class, () -> up.publish("x", new byte[0]));
    }

    private static ConnectionEvent last(RecordingListener listener) {
        List<ConnectionEvent> events = listener.events();
        return events.get(events.size() - 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Set<String> mqttThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("MQTT")).collect(Collectors.toSet());
    }

    static String describeTimed(RecordingListener listener, long origin) {
        return listener.timedEvents().stream().filter(e -> e.nanos() >= origin)
                .map(e -> String.format("%n  +%5d ms %s/%s %s", (e.nanos() - origin) / 1_000_000, e.event().state(),
                        e.event().reason(), e.event().detail()))
                .collect(Collectors.joining());
    }

    private static TransportConfig.Builder fast(String uri) {
        return TransportFixture.fastReconnect(uri);
    }

    private PahoTransport transport(TransportConfig.Builder config) {
        return fixture.transport(config);
    }

    private PahoTransport started(TransportConfig.Builder config, TransportListener listener) {
        return fixture.started(config, listener);
    }

    private <B extends AutoCloseable> B broker(B broker) {
        brokers.add(broker);
        return broker;
    }
}
