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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.tls.TlsContextFactory;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.ReconnectingTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.openhab.binding.goemqtt.internal.testutil.EmbeddedBroker;
import org.openhab.binding.goemqtt.internal.testutil.LogCapture;
import org.openhab.binding.goemqtt.internal.testutil.RecordingListener;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Issued;
import org.openhab.binding.goemqtt.internal.testutil.TlsTestServer;

/**
 * Passwords and private keys never show in a log line (ours or the client library's, at the most detailed level),
 * a connection event or an exception message, through refused logins, refused certificates and a key that does
 * not decrypt.
 */
@NonNullByDefault
class PahoTransportSecretsIT {

    private static final String PASSWORD = "Sup3r-Secret-Broker-Word";
    private static final String KEY_PASSWORD = "Sup3r-Secret-Key-Phrase";

    @Test
    void noPasswordOrKeyMaterialReachesLogsEventsOrExceptions() throws Exception {
        TestCertificates.Authority ca = TestCertificates.authority("Secret Test CA");
        Issued client = ca.client("client", "EC");
        String keyPem = client.encryptedPkcs8KeyPem(KEY_PASSWORD);
        List<String> keyFragments = keyPem.lines().filter(line -> !line.startsWith("-----")).toList();
        List<String> texts = new ArrayList<>();
        List<RecordingListener> listeners = new ArrayList<>();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
        String log;
        try (LogCapture capture = new LogCapture(PahoTransport.class, ReconnectingTransport.class,
                TlsContextFactory.class);
                EmbeddedBroker broker = EmbeddedBroker.withPasswords(Map.of("openhab", "another-one"));
                TlsTestServer tlsServer = new TlsTestServer(
                        TestCertificates.authority("Stranger CA").server("broker", "127.0.0.1"), null)) {
            String tlsUri = "ssl://127.0.0.1:" + tlsServer.port();
            List<TransportConfig> configs = List.of(
                    TransportConfig.builder(broker.uri()).credentials("openhab", PASSWORD).build(),
                    TransportConfig.builder(tlsUri).credentials("openhab", PASSWORD)
                            .caCertificate(ca.certificate().certificatePem())
                            .clientCertificate(client.certificatePem(), keyPem, KEY_PASSWORD).build(),
                    TransportConfig.builder(tlsUri).credentials("openhab", PASSWORD)
                            .clientCertificate(client.certificatePem(), keyPem, PASSWORD).build());
            List<FailureReason> expected = List.of(FailureReason.BAD_CREDENTIALS, FailureReason.TLS_UNTRUSTED,
                    FailureReason.CONFIGURATION);
            for (int i = 0; i < configs.size(); i++) {
                texts.add(configs.get(i).toString());
                PahoTransport transport = new PahoTransport(configs.get(i), scheduler);
                RecordingListener listener = new RecordingListener();
                listeners.add(listener);
                transport.start(listener);
                listener.awaitEventAfter(0, ConnectionState.DISCONNECTED, expected.get(i));
                texts.add(assertThrows(TransportException.class, () -> transport.publish("t", new byte[1]))
                        .getMessage());
                transport.close();
            }
            scheduler.shutdown();
            assertTrue(scheduler.awaitTermination(10, TimeUnit.SECONDS));
            log = capture.text();
        }
        for (RecordingListener listener : listeners) {
            listener.events().stream().map(ConnectionEvent::detail).forEach(texts::add);
        }
        assertTrue(log.contains("Connecting to " + "tcp://127.0.0.1"), "debug output was not captured:\n" + log);
        assertTrue(log.contains("org.eclipse.paho"), "the client library's output was not captured:\n" + log);
        assertTrue(texts.stream().anyMatch(t -> t.contains("wrong key password")), texts::toString);
        String everything = log + String.join("\n", texts);
        assertFalse(everything.contains(PASSWORD), "the broker password leaked:\n" + everything);
        assertFalse(everything.contains(KEY_PASSWORD), "the key password leaked:\n" + everything);
        for (String fragment : keyFragments) {
            assertFalse(everything.contains(fragment), "key material leaked:\n" + everything);
        }
    }
}
