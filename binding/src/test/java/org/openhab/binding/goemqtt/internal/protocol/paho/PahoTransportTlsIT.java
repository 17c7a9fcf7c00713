/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.paho;

import static org.junit.jupiter.api.Assertions.*;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.testutil.LogCapture;
import org.openhab.binding.goemqtt.internal.testutil.RecordingListener;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Authority;
import org.openhab.binding.goemqtt.internal.testutil.TlsTestServer;
import org.openhab.binding.goemqtt.internal.testutil.TransportFixture;

/**
 * The TLS settings as {@link PahoTransport} applies them, against a plain JDK TLS server (no MQTT behind it), so
 * that they are checked where no Mosquitto is installed: certificate and host name refusals arrive as events, and
 * trusting any certificate warns on every connect.
 */
@NonNullByDefault
class PahoTransportTlsIT {

    private static final Authority CA = TestCertificates.authority("Paho TLS CA");

    private final TransportFixture fixture = new TransportFixture();

    @AfterEach
    void tearDown() throws InterruptedException {
        fixture.close();
    }

    @Test
    void aCertificateFromAnotherCaArrivesAsAnUntrustedEvent() throws Exception {
        try (TlsTestServer server = new TlsTestServer(CA.server("broker", "127.0.0.1"), null)) {
            RecordingListener listener = new RecordingListener();
            fixture.started(TransportFixture.fastReconnect("mqtts://127.0.0.1:" + server.port()).caCertificate(
                    TestCertificates.authority("Other CA").certificate().certificatePem()), listener);
            ConnectionEvent refused = listener.awaitEventAfter(0, ConnectionState.DISCONNECTED,
                    FailureReason.TLS_UNTRUSTED);
            assertTrue(refused.detail().contains("is not trusted by the configured CA certificate"), refused.detail());
        }
    }

    @Test
    void hostnameVerificationIsOnByDefault() throws Exception {
        try (TlsTestServer server = new TlsTestServer(CA.server("broker", "broker.example"), null)) {
            RecordingListener listener = new RecordingListener();
            fixture.started(TransportFixture.fastReconnect("mqtts://127.0.0.1:" + server.port())
                    .caCertificate(CA.certificate().certificatePem()), listener);
            listener.awaitEventAfter(0, ConnectionState.DISCONNECTED, FailureReason.TLS_HOSTNAME);
        }
    }

    @Test
    void trustingAnyCertificatePassesTlsAndWarnsOnEveryConnect() throws Exception {
        try (TlsTestServer server = new TlsTestServer(
                TestCertificates.authority("Stranger CA").server("stranger", "stranger.example"), null);
                LogCapture capture = new LogCapture(PahoTransport.class)) {
            RecordingListener listener = new RecordingListener();
            fixture.started(TransportFixture.fastReconnect("ssl://127.0.0.1:" + server.port())
                    .trustAllCertificates(true), listener);
            listener.awaitReasonCount(FailureReason.CONNECTION_LOST, 2);
            assertTrue(listener.events().stream().noneMatch(e -> e.reason().name().startsWith("TLS")),
                    listener::describeEvents);
            long connects = listener.events().stream().filter(e -> e.state() == ConnectionState.CONNECTING).count();
            Matcher warnings = Pattern.compile("WARN .*without verifying its certificate").matcher(capture.text());
            long warned = warnings.results().count();
            assertTrue(warned >= 2 && warned >= connects - 1, warned + " warnings for " + connects + " connects:\n"
                    + capture.text());
        }
    }
}
