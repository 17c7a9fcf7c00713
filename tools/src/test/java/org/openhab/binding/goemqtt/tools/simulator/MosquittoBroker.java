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

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Assumptions;

/**
 * A private Mosquitto process for a test: its own free port and generated configuration, anonymous, no
 * persistence. Skips the test when {@code /usr/sbin/mosquitto} is missing, unless the environment variable
 * {@code GOEMQTT_REQUIRE_MOSQUITTO=true} (CI), which makes it fail instead.
 */
@NonNullByDefault
final class MosquittoBroker implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final Path directory;
    private final int port;

    private MosquittoBroker(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    static MosquittoBroker start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            String message = "Mosquitto not installed at " + BINARY;
            if ("true".equalsIgnoreCase(System.getenv("GOEMQTT_REQUIRE_MOSQUITTO"))) {
                fail(message + " and GOEMQTT_REQUIRE_MOSQUITTO=true");
            }
            Assumptions.abort(message + ": skipped");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path directory = Files.createTempDirectory("goemqtt-mosquitto-");
        Path config = directory.resolve("mosquitto.conf");
        Files.writeString(config, String.join("\n", "listener " + port + " 127.0.0.1", "allow_anonymous true",
                "persistence false", "log_dest stderr", "log_type error", ""));
        Process process = new ProcessBuilder(BINARY.toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("mosquitto.log").toFile()).start();
        MosquittoBroker broker = new MosquittoBroker(process, directory, port);
        broker.awaitListening();
        return broker;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TestClient.DEADLINE_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited: " + Files.readString(directory.resolve("mosquitto.log")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("mosquitto did not listen on port " + port);
    }

    String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }
}
