/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.ReconnectingTransport;
import org.openhab.binding.goemqtt.internal.testutil.LogCapture;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Issued;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Scenario 8 over TLS Mosquitto brokers, through the bridge: verification is on by default (an untrusted broker is
 * refused with a reason), a host name mismatch is refused unless the check is switched off, client certificates
 * work, wrong passwords are refused; and with every log line of all of it captured at trace level, neither a
 * password nor a private key ever appears in a log line or a status text.
 */
@NonNullByDefault
class SecurityReliabilityIT {

    private static final String PASSWORD = "Pa55-w0rd-never-logged";
    private static final String KEY_PASSWORD = "k3y-pa55-never-logged";
    private static final TestCertificates.Authority CA = TestCertificates.authority("Reliability CA");

    @Test
    void tlsIsVerifiedSecretsNeverShowAndClientCertificatesWork(@TempDir Path dir) throws Exception {
        MosquittoProcess.assumeAvailable();
        MosquittoProcess.assumePasswdAvailable();
        String ca = CA.certificate().certificatePem();
        Issued client = CA.client("wallbox-binding", "RSA");
        String clientKey = client.encryptedPkcs8KeyPem(KEY_PASSWORD);
        List<String> statusTexts = new ArrayList<>();
        try (LogCapture log = new LogCapture(BrokerHandler.class, ReconnectingTransport.class, PahoTransport.class)) {
            try (MosquittoProcess broker = tlsBroker(dir.resolve("right"), CA.server("broker", "localhost", "127.0.0.1"),
                    false)) {
                String untrusted = refusal(Map.of("uri", broker.uri()), statusTexts);
                assertTrue(untrusted.contains("tls-untrusted"), "no CA given: verified and refused: " + untrusted);
                String wrongPassword = refusal(Map.of("uri", broker.uri(), "caCertificate", ca, "username", "openhab",
                        "password", "wrong-" + PASSWORD), statusTexts);
                assertTrue(wrongPassword.contains("not-authorized") || wrongPassword.contains("bad-credentials"),
                        wrongPassword);
                online(Map.of("uri", broker.uri(), "caCertificate", ca, "username", "openhab", "password", PASSWORD),
                        statusTexts);
            }
            try (MosquittoProcess broker = tlsBroker(dir.resolve("other"), CA.server("other", "other.example"),
                    false)) {
                String mismatch = refusal(Map.of("uri", broker.uri(), "caCertificate", ca, "username", "openhab",
                        "password", PASSWORD), statusTexts);
                assertTrue(mismatch.contains("tls-hostname"), "host name mismatch refused: " + mismatch);
                online(Map.of("uri", broker.uri(), "caCertificate", ca, "hostnameVerification", false, "username",
                        "openhab", "password", PASSWORD), statusTexts);
            }
            try (MosquittoProcess broker = tlsBroker(dir.resolve("mutual"),
                    CA.server("broker", "localhost", "127.0.0.1"), true)) {
                Map<String, Object> mutual = new HashMap<>(Map.of("uri", broker.uri(), "caCertificate", ca,
                        "username", "openhab", "password", PASSWORD));
                String withoutCertificate = refusal(mutual, statusTexts);
                assertNotEquals(ThingStatus.ONLINE.name(), withoutCertificate);
                mutual.putAll(Map.of("clientCertificate", client.certificatePem(), "clientKey", clientKey,
                        "clientKeyPassword", KEY_PASSWORD));
                online(mutual, statusTexts);
            }
            String everything = log.text() + String.join("\n", statusTexts);
            assertFalse(everything.isEmpty());
            for (String secret : secrets(client, clientKey)) {
                assertFalse(everything.contains(secret), "a secret in the log or a status: " + secret);
            }
            System.out.println("Security: " + log.text().lines().count() + " log lines and " + statusTexts.size()
                    + " status texts searched, no secret found; statuses: " + statusTexts);
        }
    }

    /** The passwords, and lines of the private key (PEM body lines are 64 characters of base64). */
    private static List<String> secrets(Issued client, String encryptedKey) {
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, KEY_PASSWORD));
        for (String pem : List.of(client.pkcs8KeyPem(), encryptedKey, client.traditionalKeyPem())) {
            pem.lines().filter(line -> !line.startsWith("-----") && line.length() >= 32).forEach(secrets::add);
        }
        return secrets;
    }

    private static MosquittoProcess tlsBroker(Path dir, Issued server, boolean requireClientCertificate)
            throws Exception {
        java.nio.file.Files.createDirectories(dir);
        CA.certificate().writeTo(dir, "ca");
        server.writeTo(dir, "server");
        MosquittoProcess.Builder builder = MosquittoProcess.builder(dir).user("openhab", PASSWORD)
                .tls(dir.resolve("ca.crt"), dir.resolve("server.crt"), dir.resolve("server.key"));
        return (requireClientCertificate ? builder.requireClientCertificate() : builder).start();
    }

    /** Starts a bridge that must fail; returns its OFFLINE status text (also collected in {@code texts}). */
    private static String refusal(Map<String, Object> config, List<String> texts) {
        try (PahoBinding binding = new PahoBinding(withFastRetry(config)).start()) {
            binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.OFFLINE,
                    ThingStatusDetail.COMMUNICATION_ERROR), "bridge refused");
            binding.bridgeCallback.statusHistory().forEach(texts::add);
            return String.valueOf(binding.bridgeCallback.lastStatus().getDescription());
        }
    }

    private static void online(Map<String, Object> config, List<String> texts) {
        try (PahoBinding binding = new PahoBinding(withFastRetry(config)).start()) {
            binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE),
                    "bridge ONLINE");
            binding.bridgeCallback.statusHistory().forEach(texts::add);
        }
    }

    private static Map<String, Object> withFastRetry(Map<String, Object> config) {
        Map<String, Object> all = new HashMap<>(config);
        all.put("reconnectDelayMax", 2);
        return all;
    }
}
