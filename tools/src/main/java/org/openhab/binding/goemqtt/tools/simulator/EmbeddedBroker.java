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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.BrokerConstants;
import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.WriteBufferWaterMark;

/**
 * An MQTT broker inside this JVM (Moquette) on plain TCP: anonymous clients and empty client ids allowed,
 * nothing persisted (its data directory is a temporary one, deleted on {@link #stop()}), no telemetry. Port 0
 * picks a free port; {@link #port()} tells which.
 *
 * <p>
 * Moquette 0.17 quirks that clients of this broker meet: a retained message reaches a new subscriber without the
 * retain flag; retained QoS 0 messages are not kept; a subscriber at QoS 1 that receives retained messages
 * triggers a double buffer release at its PUBACK that ends one of the broker's session threads (clients served
 * by it then hang), so subscribe at QoS 0 where retained messages matter; a SUBSCRIBE sent right after CONNACK
 * is sometimes refused with the connection.
 *
 * <p>
 * Moquette 0.17 writes a QoS 0 message to a client only while the client's Netty channel is writable and drops it
 * silently otherwise; Netty's default limit for a channel's queued writes is 64 KiB, and Moquette has no setting for
 * it. A subscription that matches many retained messages (100 chargers' retained sets in one SUBSCRIBE, 16,700
 * messages, about 670 KB) is written out by the broker's session thread faster than the network thread drains it,
 * so a QoS 0 subscriber lost thousands of them. This broker raises each connection's limit to
 * {@value #WRITE_BUFFER_HIGH_BYTES} bytes through the one hook Moquette's pipeline has for a handler of ours.
 */
@NonNullByDefault
public final class EmbeddedBroker implements AutoCloseable {

    /** The default host: loopback only, so nothing outside this machine reaches the broker by accident. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The standard MQTT port. */
    public static final int DEFAULT_PORT = 1883;
    /** The longest {@link #close()} waits for connected clients to disconnect. */
    public static final Duration GOODBYE_WAIT = Duration.ofSeconds(3);
    /** Queued bytes above which a connection counts as not writable (Netty's default: 64 KiB). */
    static final int WRITE_BUFFER_HIGH_BYTES = 64 * 1024 * 1024;
    /** Queued bytes below which it is writable again (Netty's default: 32 KiB). */
    static final int WRITE_BUFFER_LOW_BYTES = 32 * 1024 * 1024;

    private final Logger logger = LoggerFactory.getLogger(EmbeddedBroker.class);
    private final Server server = new Server();
    private final String host;
    private final int port;
    private final Path dataDirectory;
    private boolean running;

    private EmbeddedBroker(String host, int port, Path dataDirectory) {
        this.host = host;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a broker on 127.0.0.1 and a free port. */
    public static EmbeddedBroker startOnFreePort() throws IOException {
        return start(DEFAULT_HOST, 0);
    }

    /**
     * Starts a broker.
     *
     * @param host the address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port the TCP port; 0 picks a free one
     * @throws IOException when the port is taken or the broker cannot start
     */
    public static EmbeddedBroker start(String host, int port) throws IOException {
        int chosen = port == 0 ? freePort(host) : port;
        Path data = Files.createTempDirectory("goemqtt-broker-");
        EmbeddedBroker broker = new EmbeddedBroker(host, chosen, data);
        try {
            broker.startServer();
        } catch (IOException | RuntimeException e) {
            deleteRecursively(data);
            throw e instanceof IOException io ? io : new IOException("broker did not start on " + host + ":" + chosen, e);
        }
        return broker;
    }

    private void startServer() throws IOException {
        Properties properties = new Properties();
        properties.setProperty(IConfig.HOST_PROPERTY_NAME, host);
        properties.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        // clients such as mosquitto_sub send an empty client id and let the broker choose one
        properties.setProperty(BrokerConstants.ALLOW_ZERO_BYTE_CLIENT_ID_PROPERTY_NAME, "true");
        properties.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        properties.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, dataDirectory.toString());
        properties.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(IConfig.BUFFER_FLUSH_MS_PROPERTY_NAME, "immediate");
        properties.setProperty(IConfig.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(256 * 1024));
        server.startServer(new MemoryConfig(properties));
        running = true;
        if (!raiseWriteBufferLimit(server)) {
            logger.warn("cannot raise the embedded broker's write buffer limit; it may drop QoS 0 messages to a "
                    + "client that receives many at once (large retained sets)");
        }
        logger.debug("embedded broker listening on {}:{}", host, port);
    }

    /**
     * Makes Moquette add {@link LargeWriteBuffer} to every new connection's pipeline: its acceptor adds the handler
     * it keeps for error reporting (empty unless Bugsnag is configured) to each pipeline it builds. Private fields
     * of Moquette 0.17; false when they are not there (another version).
     */
    static boolean raiseWriteBufferLimit(Server server) {
        try {
            Field acceptorField = Server.class.getDeclaredField("acceptor");
            acceptorField.setAccessible(true);
            Object acceptor = acceptorField.get(server);
            if (acceptor == null) {
                return false;
            }
            Field hook = acceptor.getClass().getDeclaredField("errorsCather");
            hook.setAccessible(true);
            if (hook.getType() != Optional.class || !(hook.get(acceptor) instanceof Optional<?> current)
                    || current.isPresent()) {
                return false;
            }
            hook.set(acceptor, Optional.of(new LargeWriteBuffer()));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** Sets a connection's write buffer limits when it is added to the connection's pipeline. */
    @ChannelHandler.Sharable
    static final class LargeWriteBuffer extends ChannelInboundHandlerAdapter {
        @Override
        public void handlerAdded(@Nullable ChannelHandlerContext context) {
            if (context != null) {
                context.channel().config().setWriteBufferWaterMark(
                        new WriteBufferWaterMark(WRITE_BUFFER_LOW_BYTES, WRITE_BUFFER_HIGH_BYTES));
            }
        }
    }

    /** A port nobody listens on right now (the broker binds it a moment later). */
    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, 0));
            return socket.getLocalPort();
        }
    }

    public String host() {
        return host;
    }

    /** The temporary directory the broker keeps its data in (deleted on {@link #stop()}). */
    Path dataDirectory() {
        return dataDirectory;
    }

    /** The TCP port the broker listens on (the chosen one when started with port 0). */
    public int port() {
        return port;
    }

    /** The URI clients connect to, e.g. {@code tcp://127.0.0.1:1883}; {@code 0.0.0.0} becomes loopback. */
    public String uri() {
        String connectHost = "0.0.0.0".equals(host) ? DEFAULT_HOST : host;
        return "tcp://" + connectHost + ":" + port;
    }

    /** Stops the broker, releases the port and deletes its data directory. Idempotent. */
    public synchronized void stop() {
        if (running) {
            running = false;
            server.stopServer();
            logger.debug("embedded broker on port {} stopped", port);
        }
        deleteRecursively(dataDirectory);
    }

    /**
     * Stops the broker once its clients have said goodbye, waiting at most {@link #GOODBYE_WAIT}: a client that is
     * still disconnecting when the broker goes (a bridge releases its connection on its scheduler) would otherwise
     * be cut off mid-session, and the broker logs that as an error. {@link #stop()} stops at once (a broker crash).
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + GOODBYE_WAIT.toNanos();
        while (running && !server.listConnectedClients().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
