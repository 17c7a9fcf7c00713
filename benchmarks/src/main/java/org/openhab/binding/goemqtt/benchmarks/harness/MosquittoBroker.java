/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A Mosquitto broker in its own process on a free loopback port, with a generated configuration in a temporary
 * directory: anonymous, no persistence, otherwise Mosquitto's defaults (its queue limit of 1000 messages per client
 * applies to QoS 1 and 2 only; the binding and the bare subscriber subscribe at QoS 0).
 */
@NonNullByDefault
public final class MosquittoBroker implements TestBroker {

    public static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final Path dir;
    private final int port;

    private MosquittoBroker(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /** Whether the binary is installed; without it the Mosquitto variants are skipped with a printed message. */
    public static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** Starts a broker and returns once it accepts connections. */
    public static MosquittoBroker start() throws IOException {
        int port = freePort();
        Path dir = Files.createTempDirectory("goemqtt-bench-mosquitto");
        Path config = dir.resolve("mosquitto.conf");
        Files.write(config, List.of("listener " + port + " 127.0.0.1", "allow_anonymous true", "persistence false",
                "log_dest none"), StandardCharsets.UTF_8);
        Path log = dir.resolve("mosquitto.log");
        Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        MosquittoBroker broker = new MosquittoBroker(process, dir, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String output = Files.readString(log, StandardCharsets.UTF_8);
                broker.close();
                throw new IOException("Mosquitto did not start on port " + port + ": " + output);
            }
            Sleep.millis(50);
        }
        return broker;
    }

    @Override
    public String name() {
        return "Mosquitto";
    }

    @Override
    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Ends the process (this broker's only) and deletes its directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
