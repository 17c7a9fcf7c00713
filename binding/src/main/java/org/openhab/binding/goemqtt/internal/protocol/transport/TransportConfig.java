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

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.tls.PemSource;
import org.openhab.binding.goemqtt.internal.protocol.tls.TlsSettings;

/**
 * Everything needed to open one MQTT connection, validated on construction: a bad value throws an
 * {@link IllegalArgumentException} whose message starts with the parameter's name and never contains a secret.
 * {@link #toString()} is safe to log: the password is a {@link Secret} and PEM text shows as "inline PEM".
 *
 * <p>
 * Client id: MQTT 3.1.1 only guarantees 1–23 letters and digits; Mosquitto, Moquette and the common brokers accept
 * longer ids and other characters, so any id up to the protocol's 65535 bytes without control characters is
 * accepted. The default, {@code goemqtt-} and 12 random hex digits (20 characters), fits the guaranteed length
 * except for its hyphen. Two clients with the same id make the broker drop one of them in turn: ids must be unique
 * per broker.
 *
 * @param keepAlive MQTT keep-alive, 0 to 65535 s (0 disables it); default 60 s
 * @param cleanSession start each connection with a fresh session (default); subscriptions are restored by the
 *            transport either way
 * @param connectTimeout limit for TCP connect, TLS handshake and the broker's answer; 1 to 300 s, default 10 s
 * @param reconnectDelayMin first delay of the bounded exponential reconnect back-off (at least 100 ms, default
 *            1 s)
 * @param reconnectDelayMax largest delay of the back-off (at most 1 h, default 60 s)
 */
@NonNullByDefault
public record TransportConfig(BrokerAddress broker, String clientId, @Nullable String username,
        @Nullable Secret password, Duration keepAlive, boolean cleanSession, Duration connectTimeout,
        Duration reconnectDelayMin, Duration reconnectDelayMax, TlsSettings tls) {

    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RECONNECT_DELAY_MIN = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECONNECT_DELAY_MAX = Duration.ofSeconds(60);
    private static final int MAX_CLIENT_ID_BYTES = 65535;

    public TransportConfig {
        if (clientId.isEmpty() || clientId.chars().anyMatch(Character::isISOControl)
                || clientId.getBytes(StandardCharsets.UTF_8).length > MAX_CLIENT_ID_BYTES) {
            throw new IllegalArgumentException(
                    "clientId: must be 1 to 65535 bytes without control characters (23 letters or digits are safest)");
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("password: set without a username (MQTT 3.1.1 needs both)");
        }
        requireRange("keepAlive", keepAlive, Duration.ZERO, Duration.ofSeconds(65535));
        requireRange("connectTimeout", connectTimeout, Duration.ofSeconds(1), Duration.ofSeconds(300));
        requireRange("reconnectDelayMin", reconnectDelayMin, Duration.ofMillis(100), Duration.ofHours(1));
        requireRange("reconnectDelayMax", reconnectDelayMax, reconnectDelayMin, Duration.ofHours(1));
        if (!broker.tls() && tls.isCustomised()) {
            throw new IllegalArgumentException(
                    "brokerUri: TLS settings are given but the broker URI is not TLS (use ssl:// or mqtts://)");
        }
    }

    private static void requireRange(String parameter, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    parameter + ": must be between " + format(min) + " and " + format(max) + ", was " + format(value));
        }
    }

    private static String format(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** A unique default client id: {@code goemqtt-} and 12 random hex digits. */
    public static String randomClientId() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        return "goemqtt-" + HexFormat.of().formatHex(random);
    }

    /** A builder for the broker at {@code brokerUri} (see {@link BrokerAddress#parse(String)}). */
    public static Builder builder(String brokerUri) {
        return new Builder(BrokerAddress.parse(brokerUri));
    }

    /** A builder for the broker at the given address. */
    public static Builder builder(BrokerAddress broker) {
        return new Builder(broker);
    }

    /**
     * Collects the settings; {@code null} or blank texts (empty passwords) mean "not set", as openHAB hands over
     * empty fields.
     */
    public static final class Builder {
        private final BrokerAddress broker;
        private String clientId = randomClientId();
        private @Nullable String username;
        private @Nullable Secret password;
        private Duration keepAlive = DEFAULT_KEEP_ALIVE;
        private boolean cleanSession = true;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration reconnectDelayMin = DEFAULT_RECONNECT_DELAY_MIN;
        private Duration reconnectDelayMax = DEFAULT_RECONNECT_DELAY_MAX;
        private @Nullable PemSource caCertificates;
        private @Nullable PemSource clientCertificate;
        private @Nullable PemSource clientKey;
        private @Nullable Secret clientKeyPassword;
        private boolean hostnameVerification = true;
        private boolean trustAllCertificates;

        private Builder(BrokerAddress broker) {
            this.broker = broker;
        }

        /** A fixed client id; blank keeps the random default. */
        public Builder clientId(@Nullable String clientId) {
            if (clientId != null && !clientId.isBlank()) {
                this.clientId = clientId;
            }
            return this;
        }

        public Builder credentials(@Nullable String username, @Nullable String password) {
            this.username = blankToNull(username);
            this.password = password == null || password.isEmpty() ? null : Secret.of(password);
            return this;
        }

                public Builder keepAlive(Duration keepAlive) {
            this.keepAlive = keepAlive;
            return this;
        }

        public Builder cleanSession(boolean cleanSession) {
            this.cleanSession = cleanSession;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder reconnectDelay(Duration min, Duration max) {
            this.reconnectDelayMin = min;
            this.reconnectDelayMax = max;
            return this;
        }

        /** CA certificate(s) as PEM text or a file path; blank uses the Java runtime's trusted CAs. */
        public Builder caCertificate(@Nullable String fileOrPem) {
            this.caCertificates = pem(fileOrPem, "caCertificate");
            return this;
        }

        /** Client certificate chain and private key (PEM text or file paths) and the key's pass phrase. */
        public Builder clientCertificate(@Nullable String certificateFileOrPem, @Nullable String keyFileOrPem,
                @Nullable String keyPassword) {
            this.clientCertificate = pem(certificateFileOrPem, "clientCertificate");
            this.clientKey = pem(keyFileOrPem, "clientKey");
            this.clientKeyPassword = keyPassword == null || keyPassword.isEmpty() ? null : Secret.of(keyPassword);
            return this;
        }

        public Builder hostnameVerification(boolean hostnameVerification) {
            this.hostnameVerification = hostnameVerification;
            return this;
        }

        /** Accept any certificate and host name: for tests only, every connect logs a warning. */
        public Builder trustAllCertificates(boolean trustAllCertificates) {
            this.trustAllCertificates = trustAllCertificates;
            return this;
        }

        /** The validated configuration; throws {@link IllegalArgumentException} naming the bad parameter. */
        public TransportConfig build() {
            TlsSettings tls = new TlsSettings(caCertificates, clientCertificate, clientKey, clientKeyPassword,
                    hostnameVerification, trustAllCertificates);
            return new TransportConfig(broker, clientId, username, password, keepAlive, cleanSession, connectTimeout,
                    reconnectDelayMin, reconnectDelayMax, tls);
        }

        private static @Nullable PemSource pem(@Nullable String fileOrPem, String parameter) {
            return fileOrPem == null || fileOrPem.isBlank() ? null : PemSource.of(fileOrPem, parameter);
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
