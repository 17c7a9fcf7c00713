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

import static org.junit.jupiter.api.Assertions.*;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLHandshakeException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.tls.ServerCertificateException;

/**
 * How refusals and exception chains become a {@link FailureReason} and a sentence.
 */
@NonNullByDefault
class ConnectFailureTest {

    private static final String HOST = "broker.local:8883";

    @Test
    void brokerRefusalsMapToTheirReasons() {
        assertEquals(FailureReason.BAD_CREDENTIALS, ConnectFailure.refused(4, "id").reason());
        assertEquals(FailureReason.NOT_AUTHORIZED, ConnectFailure.refused(5, "id").reason());
        assertEquals(FailureReason.NOT_AUTHORIZED, ConnectFailure.refused(2, "id").reason());
        assertEquals(FailureReason.UNREACHABLE, ConnectFailure.refused(3, "id").reason());
        assertEquals("the broker refused the user name or password", ConnectFailure.refused(4, "id").text());
        assertEquals("the broker refused the client id 'garage'", ConnectFailure.refused(2, "garage").text());
    }

    @Test
    void aClassifiedCertificateRefusalDeepInTheChainWinsOverTheHandshakeFailure() {
        ServerCertificateException refusal = new ServerCertificateException(FailureReason.TLS_HOSTNAME,
                "the broker's certificate does not name the host", new CertificateException("No name matching"));
        SSLHandshakeException handshake = new SSLHandshakeException("No name matching");
        handshake.initCause(refusal);
        ConnectFailure failure = classify(new IOException("connect failed", handshake));
        assertEquals(new ConnectFailure(FailureReason.TLS_HOSTNAME, "the broker's certificate does not name the host"),
                failure);
    }

    @Test
    void anotherTlsFailureIsAHandshakeFailureWithTheTlsStacksWords() {
        ConnectFailure failure = classify(new IOException(new SSLHandshakeException(
                "Received fatal alert: certificate_required")));
        assertEquals(FailureReason.TLS_HANDSHAKE, failure.reason());
        assertEquals("TLS handshake failed: Received fatal alert: certificate_required", failure.text());
    }

    @Test
    void networkFailuresMeanUnreachable() {
        assertEquals(new ConnectFailure(FailureReason.UNREACHABLE, "unknown host (no.such.host)"),
                classify(new UnknownHostException("no.such.host")));
        assertEquals(new ConnectFailure(FailureReason.UNREACHABLE, "connection refused by " + HOST),
                classify(new IOException(new ConnectException("Connection refused"))));
        assertEquals(new ConnectFailure(FailureReason.UNREACHABLE, "no answer from the broker within 10 s"),
                classify(new SocketTimeoutException("connect timed out")));
    }

    @Test
    void aChainWithoutKnownCausesIsLeftToTheCaller() {
        assertNull(ConnectFailure.fromCause(new IOException(new EOFException()), HOST, 10));
    }

    @Test
    void describesAnExceptionByItsMessagesOrItsKind() {
        assertEquals("Connection lost: Connection reset",
                ConnectFailure.describe(new IOException("Connection lost", new IOException("Connection reset"))));
        assertEquals("EOFException", ConnectFailure.describe(new EOFException()));
    }

    private static ConnectFailure classify(Throwable error) {
        ConnectFailure failure = ConnectFailure.fromCause(error, HOST, 10);
        assertNotNull(failure);
        return failure;
    }
}
