/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;

/**
 * The simulator's connection against a scripted broker that, as Moquette 0.17 sometimes does, drops the first
 * connection at its SUBSCRIBE right after CONNACK. The connection must come up on a later attempt, also when the
 * next connect falls into the moment the MQTT client still shuts the lost connection down.
 */
@NonNullByDefault
class ChargerConnectionRetryTest {

    private static final int ROUNDS = 5;

    @Test
    void aSubscribeDroppedAfterConnackIsRetriedUntilTheConnectionIsUp() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            try (ScriptedBroker broker = new ScriptedBroker(1)) {
                ChargerConnection connection = ChargerConnection.forSetTopics("000001", "go-eCharger/000001/",
                        (key, payload) -> {
                        });
                try {
                    connection.open(broker.uri());
                    assertTrue(connection.isConnected(), "round " + round);
                    assertEquals(2, broker.connections.get(), "round " + round + ": one dropped, one served");
                    assertEquals(1, broker.subscriptionsServed.get(), "round " + round);
                } finally {
                    connection.close();
                }
            }
        }
    }

    @Test
    void aBrokerThatDropsEverySubscribeFailsTheOpenAfterAFewAttempts() throws Exception {
        try (ScriptedBroker broker = new ScriptedBroker(Integer.MAX_VALUE)) {
            ChargerConnection connection = ChargerConnection.forSetTopics("000001", "go-eCharger/000001/",
                    (key, payload) -> {
                    });
            try {
                assertThrows(MqttException.class,
                        () -> connection.open(broker.uri()));
                assertFalse(connection.isConnected());
                assertEquals(3, broker.connections.get(), "three attempts, each dropped at its SUBSCRIBE");
            } finally {
                connection.close();
            }
        }
    }

    /** Speaks just enough MQTT 3.1.1: CONNACK, SUBACK, PINGRESP; drops the first connections at SUBSCRIBE. */
    private static final class ScriptedBroker implements AutoCloseable {
        private final ServerSocket server;
        private final int dropped;
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger subscriptionsServed = new AtomicInteger();

        ScriptedBroker(int dropped) throws IOException {
            this.dropped = dropped;
            server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::accept, "scripted-broker");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String uri() {
            return "tcp://127.0.0.1:" + server.getLocalPort();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    int number = connections.incrementAndGet();
                    Thread session = new Thread(() -> serve(socket, number <= dropped), "scripted-session");
                    session.setDaemon(true);
                    session.start();
                } catch (IOException e) {
                    return; // closed
                }
            }
        }

        private void serve(Socket socket, boolean dropAtSubscribe) {
            try (socket; DataInputStream in = new DataInputStream(socket.getInputStream())) {
                OutputStream out = socket.getOutputStream();
                while (true) {
                    int type = in.read();
                    if (type < 0) {
                        return;
                    }
                    byte[] body = new byte[remainingLength(in)];
                    in.readFully(body);
                    switch (type >> 4) {
                        case 1 -> out.write(new byte[] { 0x20, 0x02, 0x00, 0x00 }); // CONNACK, accepted
                        case 8 -> {
                            if (dropAtSubscribe) {
                                return;
                            }
                            subscriptionsServed.incrementAndGet();
                            // SUBACK with the packet id and the QoS asked for (the last byte)
                            out.write(new byte[] { (byte) 0x90, 0x03, body[0], body[1], body[body.length - 1] });
                        }
                        case 12 -> out.write(new byte[] { (byte) 0xD0, 0x00 }); // PINGRESP
                        case 14 -> {
                            return; // DISCONNECT
                        }
                        default -> {
                        }
                    }
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away
            }
        }

        private static int remainingLength(DataInputStream in) throws IOException {
            int length = 0;
            for (int shift = 0; shift < 28; shift += 7) {
                int next = in.readUnsignedByte();
                length |= (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return length;
                }
            }
            throw new IOException("malformed remaining length");
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
