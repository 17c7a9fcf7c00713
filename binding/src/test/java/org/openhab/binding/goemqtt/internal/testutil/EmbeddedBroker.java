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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * An embedded Moquette broker on a free loopback port, for tests that need a real MQTT broker anywhere. Optionally
 * with user names and passwords (anonymous clients are then refused). Can be stopped and started again on the same
 * port to test reconnects.
 */
@NonNullByDefault
public final class EmbeddedBroker implements AutoCloseable {

    static {
        // Moquette and Netty log much at info level; only their warnings matter to our tests
        System.setProperty("org.slf4j.simpleLogger.log.io.moquette", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.netty", "warn");
    }

    private final int port;
    private final @Nullable Map<String, String> passwords;
    private @Nullable Server server;

    private EmbeddedBroker(int port, @Nullable Map<String, String> passwords) {
        this.port = port;
        this.passwords = passwords;
    }

    /** Starts a broker that accepts anonymous clients. */
    public static EmbeddedBroker start() {
        EmbeddedBroker broker = new EmbeddedBroker(FreePort.find(), null);
        broker.restart();
        return broker;
    }

    /** Starts a broker that accepts anonymous clients on a given port (e.g. one a client already tries). */
    public static EmbeddedBroker startOn(int port) {
        EmbeddedBroker broker = new EmbeddedBroker(port, null);
        broker.restart();
        return broker;
    }

    /** Starts a broker that accepts only these users, with these passwords. */
    public static EmbeddedBroker withPasswords(Map<String, String> passwords) {
        EmbeddedBroker broker = new EmbeddedBroker(FreePort.find(), Map.copyOf(passwords));
        broker.restart();
        return broker;
    }

    public int port() {
        return port;
    }

    /** The broker's URI, {@code tcp://127.0.0.1:<port>}. */
    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Starts the broker again on the same port (after {@link #stop()}); a fresh broker without sessions. */
    public void restart() {
        if (server != null) {
            throw new IllegalStateException("broker is running");
        }
        Properties properties = new Properties();
        properties.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        properties.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        properties.setProperty(IConfig.WEB_SOCKET_PORT_PROPERTY_NAME, "disabled");
        properties.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        properties.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        properties.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, Boolean.toString(passwords == null));
        Server started = new Server();
        try {
            started.startServer(new MemoryConfig(properties), List.of(), null, authenticator(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Moquette did not start on port " + port, e);
        }
        server = started;
        Await.until(() -> FreePort.isListening(port), Duration.ofSeconds(10), () -> "Moquette listening on " + port);
    }

    private @Nullable IAuthenticator authenticator() {
        Map<String, String> users = passwords;
        if (users == null) {
            return null;
        }
        return (clientId, username, password) -> username != null && password != null
                && new String(password, StandardCharsets.UTF_8).equals(users.get(username));
    }

    /** Stops the broker; connected clients lose their connection. */
    public void stop() {
        Server running = server;
        server = null;
        if (running != null) {
            running.stopServer();
        }
    }

    /** Publishes a message from the broker itself (QoS 1, not retained). */
    public void publish(String topic, String payload) {
        Server running = server;
        if (running == null) {
            throw new IllegalStateException("broker is stopped");
        }
        MqttPublishMessage message = new MqttPublishMessage(
                new MqttFixedHeader(MqttMessageType.PUBLISH, false, MqttQoS.AT_LEAST_ONCE, false, 0),
                new MqttPublishVariableHeader(topic, 1), Unpooled.copiedBuffer(payload, StandardCharsets.UTF_8));
        running.internalPublish(message, "test");
    }

    @Override
    public void close() {
        stop();
    }
}
