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

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Mosquitto broker in its own process, on a free loopback port, with a generated configuration in a
 * directory of the test: plain or TLS, anonymous or with a password file, optionally requiring client
 * certificates. It can be killed and started again on the same port.
 *
 * <p>
 * Where the binary is missing, {@link #assumeAvailable()} skips the test with a message, unless the environment
 * variable {@value #REQUIRE_ENV} is {@code true} (CI): then the test fails.
 */
@NonNullByDefault
public final class MosquittoProcess implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/mosquitto");
    public static final Path PASSWD_BINARY = Path.of("/usr/bin/mosquitto_passwd");
    public static final String REQUIRE_ENV = "GOEMQTT_REQUIRE_MOSQUITTO";
    private static final Duration START_DEADLINE = Duration.ofSeconds(15);

    private final List<String> command;
    private final Path log;
    private final int port;
    private final boolean tls;
    private @Nullable Process process;

    private MosquittoProcess(Path config, Path log, int port, boolean tls) {
        this.command = List.of(BINARY.toString(), "-c", config.toString());
        this.log = log;
        this.port = port;
        this.tls = tls;
    }

    /** Skips the calling test when Mosquitto is not installed (fails instead when it is required). */
    public static void assumeAvailable() {
        assumeExecutable(BINARY, "Mosquitto");
    }

    /** Skips the calling test when {@code mosquitto_passwd} is not installed (fails instead when required). */
    public static void assumePasswdAvailable() {
        assumeExecutable(PASSWD_BINARY, "mosquitto_passwd");
    }

    private static void assumeExecutable(Path binary, String name) {
        if (Files.isExecutable(binary)) {
            return;
        }
        String message = name + " is not installed at " + binary + ": this test needs it and is skipped";
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_ENV))) {
            fail(message.replace("is skipped", "cannot be skipped, " + REQUIRE_ENV + " is true"));
        }
        Assumptions.abort(message);
    }

    /** A broker configured in (and logging to) {@code dir}. */
    public static Builder builder(Path dir) {
        return new Builder(dir);
    }

    /** Collects the broker's configuration. */
    public static final class Builder {
        private final Path dir;
        private final Map<String, String> users = new LinkedHashMap<>();
        private @Nullable Path caFile;
        private @Nullable Path certificateFile;
        private @Nullable Path keyFile;
        private boolean requireClientCertificate;

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** Only these users, with these passwords (needs {@code mosquitto_passwd}); anonymous clients refused. */
        public Builder user(String name, String password) {
            users.put(name, password);
            return this;
        }

        /** A TLS listener with this server certificate and key; {@code caFile} verifies client certificates. */
        public Builder tls(Path caFile, Path certificateFile, Path keyFile) {
            this.caFile = caFile;
            this.certificateFile = certificateFile;
            this.keyFile = keyFile;
            return this;
        }

        /** Clients must present a certificate signed by the CA given to {@link #tls}. */
        public Builder requireClientCertificate() {
            this.requireClientCertificate = true;
            return this;
        }

        /** Writes the configuration and starts the broker; returns once it listens. */
        public MosquittoProcess start() {
            assumeAvailable();
            int port = FreePort.find();
            List<String> lines = new ArrayList<>(List.of("listener " + port + " 127.0.0.1", "persistence false",
                    "user " + System.getProperty("user.name"), "allow_anonymous " + users.isEmpty()));
            if (!users.isEmpty()) {
                lines.add("password_file " + passwordFile());
            }
            if (certificateFile != null) {
                lines.addAll(List.of("cafile " + caFile, "certfile " + certificateFile, "keyfile " + keyFile,
                        "require_certificate " + requireClientCertificate));
            }
            Path config = dir.resolve("mosquitto.conf");
            try {
                Files.write(config, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            MosquittoProcess broker = new MosquittoProcess(config, dir.resolve("mosquitto.log"), port,
                    certificateFile != null);
            broker.restart();
            return broker;
        }

        private Path passwordFile() {
            assumePasswdAvailable();
            Path file = dir.resolve("passwords");
            boolean first = true;
            for (Map.Entry<String, String> user : users.entrySet()) {
                List<String> command = new ArrayList<>(List.of(PASSWD_BINARY.toString()));
                if (first) {
                    command.add("-c");
                }
                command.addAll(List.of("-b", file.toString(), user.getKey(), user.getValue()));
                run(command);
                first = false;
            }
            return file;
        }

        private static void run(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException(command.get(0) + " failed: " + output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public int port() {
        return port;
    }

    /** {@code tcp://127.0.0.1:<port>} or {@code ssl://127.0.0.1:<port>}. */
    public String uri() {
        return uri("127.0.0.1");
    }

    /** The broker's URI with another name for the loopback host, e.g. {@code localhost}. */
    public String uri(String host) {
        return (tls ? "ssl://" : "tcp://") + host + ":" + port;
    }

    /** Starts the broker again on the same port and configuration, killing it first if it runs. */
    public void restart() {
        kill();
        try {
            Process started = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            process = started;
            Await.until(() -> !started.isAlive() || FreePort.isListening(port), START_DEADLINE,
                    () -> "Mosquitto listening on " + port + "; log:\n" + log());
            if (!started.isAlive()) {
                throw new IllegalStateException("Mosquitto ended at start; log:\n" + log());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the broker at once (SIGKILL), as a crash or power loss would. */
    public void kill() {
        Process running = process;
        process = null;
        if (running != null) {
            running.destroyForcibly();
            try {
                running.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The broker's log so far, for failure messages. */
    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }
}
