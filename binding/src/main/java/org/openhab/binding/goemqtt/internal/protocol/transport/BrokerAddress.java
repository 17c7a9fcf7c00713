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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where the broker listens: host, port and whether the connection uses TLS.
 *
 * <p>
 * {@link #parse(String)} accepts {@code tcp://host[:port]} and {@code ssl://host[:port]}, the spellings
 * {@code mqtt://} and {@code mqtts://} the go-e app uses, and a bare {@code host[:port]} (plain TCP). The port
 * defaults to 1883, or 8883 with TLS. IPv6 addresses go in brackets: {@code tcp://[::1]:1883}.
 */
@NonNullByDefault
public record BrokerAddress(String host, int port, boolean tls) {

    public static final int DEFAULT_PORT = 1883;
    public static final int DEFAULT_TLS_PORT = 8883;

    private static final String PARAMETER = "brokerUri";

    public BrokerAddress {
        if (host.isBlank() || host.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("host: must be a host name or an IP address without spaces");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port: must be between 1 and 65535, was " + port);
        }
    }

    /** A broker from host, optional port (default by TLS flag) and TLS flag. */
    public static BrokerAddress of(String host, @Nullable Integer port, boolean tls) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new BrokerAddress(bare.trim(), port != null ? port : defaultPort(tls), tls);
    }

    /** Parses a broker URI as users write it; the message of a refusal never repeats the URI itself. */
    public static BrokerAddress parse(String uri) {
        String text = uri.trim();
        boolean tls = false;
        int separator = text.indexOf("://");
        if (separator >= 0) {
            String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
            tls = switch (scheme) {
                case "tcp", "mqtt" -> false;
                case "ssl", "mqtts" -> true;
                default -> throw new IllegalArgumentException(PARAMETER + ": unsupported scheme '" + scheme
                        + "' (use tcp://, ssl://, mqtt:// or mqtts://)");
            };
            text = text.substring(separator + 3);
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.contains("@")) {
            throw new IllegalArgumentException(
                    PARAMETER + ": must not contain a user name or password; use the username and password parameters");
        }
        if (text.contains("/") || text.contains("?") || text.contains("#")) {
            throw new IllegalArgumentException(PARAMETER + ": must be scheme://host[:port] without a path or query");
        }
        return hostAndPort(text, tls);
    }

    private static BrokerAddress hostAndPort(String authority, boolean tls) {
        String host = authority;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(PARAMETER + ": unclosed '[' around an IPv6 address");
            }
            host = authority.substring(1, close);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException(PARAMETER + ": unexpected text after the IPv6 address");
                }
                port = rest.substring(1);
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0 && colon != authority.lastIndexOf(':')) {
                throw new IllegalArgumentException(PARAMETER + ": write IPv6 addresses in brackets, e.g. tcp://[::1]");
            }
            if (colon >= 0) {
                host = authority.substring(0, colon);
                port = authority.substring(colon + 1);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException(PARAMETER + ": no host given");
        }
        return new BrokerAddress(host, port == null ? defaultPort(tls) : parsePort(port), tls);
    }

    private static int parsePort(String port) {
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PARAMETER + ": port '" + port + "' is not a number");
        }
    }

    private static int defaultPort(boolean tls) {
        return tls ? DEFAULT_TLS_PORT : DEFAULT_PORT;
    }

    /** The URI in the form the client library expects: {@code tcp://host:port} or {@code ssl://host:port}. */
    public String serverUri() {
        String uriHost = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "ssl://" : "tcp://") + uriHost + ":" + port;
    }

    @Override
    public String toString() {
        return serverUri();
    }
}
