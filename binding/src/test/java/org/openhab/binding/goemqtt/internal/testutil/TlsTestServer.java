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
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A TLS server on a free loopback port that accepts connections, completes the handshake and closes: enough to
 * test certificate verification and client certificates without a broker. Built with the plain JDK so that it
 * does not share code with what it tests. Each accepted connection runs on a short-lived thread of the test.
 */
@NonNullByDefault
public final class TlsTestServer implements AutoCloseable {

    private final SSLServerSocket serverSocket;
    private final CompletableFuture<String> clientSubject = new CompletableFuture<>();
    private final Thread acceptor;

    /**
     * @param clientCa when not {@code null}, a client certificate signed by it is required
     */
    public TlsTestServer(TestCertificates.Issued server, TestCertificates.@Nullable Issued clientCa)
            throws IOException, GeneralSecurityException {
        char[] password = "test-store".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", server.keyPair().getPrivate(), password,
                new Certificate[] { server.certificate() });
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        TrustManagerFactory trustManagers = null;
        if (clientCa != null) {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("ca", clientCa.certificate());
            trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(anchors);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers != null ? trustManagers.getTrustManagers() : null,
                null);
        serverSocket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 5,
                InetAddress.getLoopbackAddress());
        serverSocket.setNeedClientAuth(clientCa != null);
        acceptor = new Thread(this::acceptLoop, "tls-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try (SSLSocket socket = (SSLSocket) serverSocket.accept()) {
                socket.setSoTimeout(5000);
                socket.startHandshake();
                if (serverSocket.getNeedClientAuth()) {
                    clientSubject.complete(((X509Certificate) socket.getSession().getPeerCertificates()[0])
                            .getSubjectX500Principal().getName());
                }
                socket.getInputStream().read();
            } catch (IOException e) {
                // the client refused us, or we refused the client: that is what the tests look at
            }
        }
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** The subject of the client certificate of the first client that presented one. */
    public String awaitClientSubject() throws Exception {
        return clientSubject.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        serverSocket.close();
        acceptor.join(5000);
    }
}
