/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.tls;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.Secret;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Authority;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Issued;
import org.openhab.binding.goemqtt.internal.testutil.TlsTestServer;

/**
 * The socket factory against a plain JDK TLS server on loopback: which servers it trusts, how it names a refusal,
 * and which client certificates it presents.
 */
@NonNullByDefault
class TlsContextFactoryTest {

    private static final Authority CA = TestCertificates.authority("Broker CA");
    private static final Authority OTHER_CA = TestCertificates.authority("Other CA");
    private static final Issued SERVER = CA.server("broker", "localhost", "127.0.0.1");
    private static final Issued SERVER_FOR_OTHER_HOST = CA.server("elsewhere", "elsewhere.example");

    @TempDir
    @Nullable
    Path dir;

    @Test
    void trustsAServerSignedByTheConfiguredCa() throws Exception {
        try (TlsTestServer server = new TlsTestServer(SERVER, null)) {
            handshake(settings(CA.certificate().certificatePem()), "localhost", server.port(), true);
        }
    }

    @Test
    void readsTheCaCertificateFromAFile() throws Exception {
        Path file = TestCertificates.write(tempDir().resolve("ca.crt"), CA.certificate().certificatePem());
        try (TlsTestServer server = new TlsTestServer(SERVER, null)) {
            handshake(settings(file.toString()), "127.0.0.1", server.port(), true);
        }
    }

    @Test
    void refusesAServerSignedByAnotherCaAsUntrusted() throws Exception {
        try (TlsTestServer server = new TlsTestServer(SERVER, null)) {
            ServerCertificateException refusal = refusal(settings(OTHER_CA.certificate().certificatePem()),
                    "localhost", server.port(), true);
            assertEquals(FailureReason.TLS_UNTRUSTED, refusal.getReason());
            assertTrue(refusal.getMessage().contains("'CN=broker' issued by 'CN=Broker CA'"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("the configured CA certificate"), refusal.getMessage());
        }
    }

    @Test
    void withoutACaCertificateTrustsOnlyTheJavaRuntimesCas() throws Exception {
        try (TlsTestServer server = new TlsTestServer(SERVER, null)) {
            ServerCertificateException refusal = refusal(TlsSettings.DEFAULTS, "localhost", server.port(), true);
            assertEquals(FailureReason.TLS_UNTRUSTED, refusal.getReason());
            assertTrue(refusal.getMessage().contains("the Java runtime's trusted CAs"), refusal.getMessage());
        }
    }

    @Test
    void refusesACertificateForAnotherHostAsHostnameMismatch() throws Exception {
        try (TlsTestServer server = new TlsTestServer(SERVER_FOR_OTHER_HOST, null)) {
            ServerCertificateException refusal = refusal(settings(CA.certificate().certificatePem()), "127.0.0.1",
                    server.port(), true);
            assertEquals(FailureReason.TLS_HOSTNAME, refusal.getReason());
            assertTrue(refusal.getMessage().contains("does not name the host"), refusal.getMessage());
        }
    }

    @Test
    void acceptsACertificateForAnotherHostWhenHostnameVerificationIsOff() throws Exception {
        try (TlsTestServer server = new TlsTestServer(SERVER_FOR_OTHER_HOST, null)) {
            handshake(settings(CA.certificate().certificatePem()), "127.0.0.1", server.port(), false);
        }
    }

    @Test
    void trustAllAcceptsAnUnknownCaAndAnotherHost() throws Exception {
        TlsSettings trustAll = new TlsSettings(null, null, null, null, true, true);
        try (TlsTestServer server = new TlsTestServer(OTHER_CA.server("stranger", "stranger.example"), null)) {
            handshake(trustAll, "127.0.0.1", server.port(), true);
        }
    }

    @Test
    void presentsAnRsaClientCertificateWithAPkcs1Key() throws Exception {
        Issued client = CA.client("rsa-client", "RSA");
        assertPresents(client, clientSettings(client, client.traditionalKeyPem(), null), "CN=rsa-client");
    }

    @Test
    void presentsAnEcClientCertificateWithASec1Key() throws Exception {
        Issued client = CA.client("ec-client", "EC");
        assertPresents(client, clientSettings(client, client.traditionalKeyPem(), null), "CN=ec-client");
    }

    @Test
    void presentsAClientCertificateWithAnEncryptedPkcs8KeyFromFiles() throws Exception {
        Issued client = CA.client("file-client", "EC");
        Path certificate = TestCertificates.write(tempDir().resolve("client.crt"), client.certificatePem());
        Path key = TestCertificates.write(tempDir().resolve("client.key"), client.encryptedPkcs8KeyPem("k3y-pass"));
        TlsSettings settings = new TlsSettings(PemSource.inline(CA.certificate().certificatePem()),
                PemSource.file(certificate), PemSource.file(key), Secret.of("k3y-pass"), true, false);
        assertPresents(client, settings, "CN=file-client");
    }

    @Test
    void refusesAKeyThatDoesNotBelongToTheCertificate() {
        Issued client = CA.client("client", "EC");
        Issued stranger = CA.client("stranger", "EC");
        TlsSetupException e = assertThrows(TlsSetupException.class,
                () -> TlsContextFactory.context(clientSettings(client, stranger.pkcs8KeyPem(), null)));
        assertEquals("clientKey: does not belong to the first certificate in clientCertificate", e.getMessage());
    }

    @Test
    void aMissingCaFileIsReportedWithItsParameterAndPath() {
        Path missing = tempDir().resolve("missing-ca.crt");
        TlsSetupException e = assertThrows(TlsSetupException.class,
                () -> TlsContextFactory.context(settings(missing.toString())));
        assertEquals("caCertificate: file '" + missing + "' does not exist", e.getMessage());
    }

    private void assertPresents(Issued client, TlsSettings settings, String subject) throws Exception {
        try (TlsTestServer server = new TlsTestServer(SERVER, CA.certificate())) {
            handshake(settings, "localhost", server.port(), true);
            assertEquals(subject, server.awaitClientSubject());
        }
    }

    private static TlsSettings settings(String caFileOrPem) {
        return new TlsSettings(PemSource.of(caFileOrPem, "caCertificate"), null, null, null, true, false);
    }

    private static TlsSettings clientSettings(Issued client, String keyPem, @Nullable Secret password) {
        return new TlsSettings(PemSource.inline(CA.certificate().certificatePem()),
                PemSource.inline(client.certificatePem()), PemSource.inline(keyPem), password, true, false);
    }

    private static void handshake(TlsSettings settings, String host, int port, boolean verifyHostname)
            throws TlsSetupException, IOException {
        try (SSLSocket socket = (SSLSocket) TlsContextFactory.socketFactory(settings).createSocket(host, port)) {
            if (verifyHostname) {
                // what the transport asks of the client library for every TLS connection by default
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
            }
            socket.setSoTimeout(5000);
            socket.startHandshake();
            socket.getOutputStream().write(0);
        }
    }

    private static ServerCertificateException refusal(TlsSettings settings, String host, int port,
            boolean verifyHostname) {
        SSLException failure = assertThrows(SSLException.class, () -> handshake(settings, host, port, verifyHostname));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServerCertificateException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("no classified refusal in " + failure, failure);
    }

    private Path tempDir() {
        Path path = dir;
        assertNotNull(path);
        return path;
    }
}
