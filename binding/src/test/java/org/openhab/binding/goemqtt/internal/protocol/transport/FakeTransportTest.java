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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The in-memory transport behaves like a broker connection as far as the layers above can tell.
 */
@NonNullByDefault
class FakeTransportTest {

    private final FakeTransport transport = new FakeTransport();
    private final Recorder recorder = new Recorder();

    @Test
    void startConnectsAtOnceByDefault() {
        transport.start(recorder);
        assertEquals(ConnectionState.CONNECTED, transport.state());
        assertEquals(List.of(ConnectionState.CONNECTED), recorder.states());
    }

    @Test
    void startMayBeCalledOnce() {
        transport.start(recorder);
        assertThrows(IllegalStateException.class, () -> transport.start(recorder));
    }

    @Test
    void publishWhileDisconnectedFailsFastAndRecordsNothing() {
        transport.setConnectOnStart(false);
        transport.start(recorder);
        TransportException e = assertThrows(TransportException.class,
                () -> transport.publish("/go-eCharger/072246/amp/set", bytes("6")));
        assertEquals(FailureReason.CONNECTION_LOST, e.getReason());
        assertTrue(e.getMessage().contains("not connected"));
        assertEquals(List.of(), transport.published());
    }

    @Test
    void publishesAreRecordedInOrder() throws TransportException {
        transport.start(recorder);
        transport.publish("/go-eCharger/072246/amp/set", bytes("6"));
        transport.publish("/go-eCharger/072246/frc/set", bytes("2"));
        assertEquals(List.of("/go-eCharger/072246/amp/set 6", "/go-eCharger/072246/frc/set 2"),
                transport.published().stream().map(FakeTransport.Published::toString).toList());
        assertEquals(List.of("2"), transport.publishedTo("/go-eCharger/072246/frc/set"));
        transport.clearPublished();
        assertEquals(List.of(), transport.published());
    }

    @Test
    void publishingToAWildcardTopicIsAProgrammingError() {
        transport.start(recorder);
        assertThrows(IllegalArgumentException.class, () -> transport.publish("a/+/set", bytes("1")));
    }

    @Test
    void injectedMessagesReachTheListenerOnlyThroughAMatchingSubscription() {
        transport.start(recorder);
        assertFalse(transport.inject("/go-eCharger/072246/amp", "6"));
        transport.subscribe("/go-eCharger/072246/#");
        assertTrue(transport.inject("/go-eCharger/072246/amp", "6"));
        assertFalse(transport.inject("go-eCharger/072246/amp", "7"));
        transport.unsubscribe("/go-eCharger/072246/#");
        assertFalse(transport.inject("/go-eCharger/072246/amp", "8"));
        assertEquals(List.of("/go-eCharger/072246/amp 6"), recorder.messages);
    }

    @Test
    void nothingArrivesWhileDisconnected() {
        transport.start(recorder);
        transport.subscribe("#");
        transport.disconnect(FailureReason.CONNECTION_LOST, "broker gone");
        assertFalse(transport.inject("/go-eCharger/072246/amp", "6"));
        assertEquals(List.of(), recorder.messages);
    }

    @Test
    void ownPublishesComeBackToMatchingSubscriptionsLikeOnARealBroker() throws TransportException {
        transport.start(recorder);
        transport.subscribe("/go-eCharger/072246/#");
        transport.publish("/go-eCharger/072246/amp/set", bytes("6"));
        assertEquals(List.of("/go-eCharger/072246/amp/set 6"), recorder.messages);
        transport.setLoopback(false);
        transport.publish("/go-eCharger/072246/amp/set", bytes("7"));
        assertEquals(1, recorder.messages.size());
    }

    @Test
    void retainedMessagesReachNewSubscriptionsAndEveryReconnect() {
        transport.start(recorder);
        transport.retain("/go-eCharger/072246/fwv", "\"055.6\"");
        transport.retain("/go-eCharger/000001/fwv", "\"055.2\"");
        transport.subscribe("/go-eCharger/+/fwv");
        assertEquals(2, recorder.messages.size());
        transport.disconnect(FailureReason.CONNECTION_LOST, "lost");
        transport.connect();
        assertEquals(4, recorder.messages.size());
        transport.retain("/go-eCharger/000001/fwv", "");
        transport.disconnect(FailureReason.CONNECTION_LOST, "lost");
        transport.connect();
        assertEquals(List.of("/go-eCharger/072246/fwv \"055.6\"", "/go-eCharger/000001/fwv \"055.2\"",
                "/go-eCharger/072246/fwv \"055.6\"", "/go-eCharger/000001/fwv \"055.2\"",
                "/go-eCharger/000001/fwv ", "/go-eCharger/072246/fwv \"055.6\""), recorder.messages);
    }

    @Test
    void connectionEventsCarryStateReasonAndDetail() {
        transport.start(recorder);
        transport.disconnect(FailureReason.BAD_CREDENTIALS, "bad user name or password");
        transport.close();
        assertEquals(List.of(ConnectionEvent.connected("connected to the in-memory broker"),
                ConnectionEvent.failed(ConnectionState.DISCONNECTED, FailureReason.BAD_CREDENTIALS,
                        "bad user name or password"),
                ConnectionEvent.failed(ConnectionState.CLOSED, FailureReason.NONE, "closed")), recorder.events);
    }

    @Test
    void closedIsForGood() {
        transport.start(recorder);
        transport.close();
        transport.connect();
        assertEquals(ConnectionState.CLOSED, transport.state());
        assertThrows(TransportException.class, () -> transport.publish("a", bytes("1")));
    }

    @Test
    void aRefusingClientLibraryCanBeSimulated() throws TransportException {
        transport.start(recorder);
        transport.failPublishes("client busy");
        TransportException e = assertThrows(TransportException.class, () -> transport.publish("a", bytes("1")));
        assertEquals("client busy", e.getMessage());
        transport.failPublishes(null);
        transport.publish("a", bytes("1"));
        assertEquals(1, transport.published().size());
    }

    @Test
    void payloadsAreCopiedSoLaterChangesDoNotLeakIn() throws TransportException {
        transport.start(recorder);
        byte[] payload = bytes("6");
        transport.publish("a", payload);
        payload[0] = '9';
        assertEquals("6", transport.published().get(0).text());
    }

    @Test
    void subscriptionsAreListedInOrderAndValidated() {
        transport.subscribe("/go-eCharger/+/fwv");
        transport.subscribe("go-eCharger/+/fwv");
        transport.subscribe("/go-eCharger/+/fwv");
        assertEquals(List.of("/go-eCharger/+/fwv", "go-eCharger/+/fwv"), transport.subscriptions());
        assertThrows(IllegalArgumentException.class, () -> transport.subscribe("a/#/b"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Recorder implements TransportListener {
        final List<String> messages = new ArrayList<>();
        final List<ConnectionEvent> events = new ArrayList<>();

        @Override
        public void messageArrived(String topic, byte[] payload) {
            messages.add(topic + " " + new String(payload, StandardCharsets.UTF_8));
        }

        @Override
        public void connectionChanged(ConnectionEvent event) {
            events.add(event);
        }

        List<ConnectionState> states() {
            return events.stream().map(ConnectionEvent::state).toList();
        }
    }
}
