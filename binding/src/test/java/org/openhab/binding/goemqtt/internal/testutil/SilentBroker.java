/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A TCP server that speaks just enough MQTT to misbehave on purpose: it either never answers CONNECT, or accepts
 * CONNECT and then never acknowledges anything. For tests of timeouts and of the bounded publish window.
 */
@NonNullByDefault
public final class SilentBroker implements AutoCloseable {

    /** CONNACK: session not present, connection accepted. */
    private static final byte[] CONNACK = { 0x20, 0x02, 0x00, 0x00 };

    private final ServerSocket serverSocket;
    private final boolean acceptConnect;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /**
     * @param acceptConnect whether CONNECT gets a CONNACK; nothing else is ever answered
     */
    public SilentBroker(boolean acceptConnect) throws IOException {
        this.serverSocket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.acceptConnect = acceptConnect;
        this.acceptor = new Thread(this::acceptLoop, "silent-broker");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                clients.add(client);
                if (acceptConnect) {
                    skipPacket(client.getInputStream());
                    client.getOutputStream().write(CONNACK);
                    client.getOutputStream().flush();
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** Reads one MQTT packet: fixed header byte, remaining length (variable byte integer), body. */
    private static void skipPacket(InputStream in) throws IOException {
        in.read();
        int length = 0;
        int multiplier = 1;
        int digit;
        do {
            digit = in.read();
            length += (digit & 0x7F) * multiplier;
            multiplier *= 128;
        } while ((digit & 0x80) != 0);
        in.readNBytes(length);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + serverSocket.getLocalPort();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        serverSocket.close();
        for (Socket client : clients) {
            client.close();
        }
        acceptor.join(5000);
    }
}
