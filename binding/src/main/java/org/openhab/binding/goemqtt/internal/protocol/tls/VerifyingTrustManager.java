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

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;

/**
 * Verifies the broker with the JDK's PKIX trust manager (chain and, when the socket asks for it, host name) and
 * tells the two failures apart: when the full check fails but the chain alone is trusted, the host name was
 * wrong. The failure is thrown as a {@link ServerCertificateException} naming the certificate.
 */
@NonNullByDefault
final class VerifyingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    private final String trustedBy;

    /**
     * @param trustedBy words for the trust anchors, e.g. "the configured CA certificate"
     */
    VerifyingTrustManager(X509ExtendedTrustManager delegate, String trustedBy) {
        this.delegate = delegate;
        this.trustedBy = trustedBy;
    }

    @Override
    public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable Socket socket) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw classify(chain, authType, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable SSLEngine engine) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw classify(chain, authType, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw untrusted(chain, e);
        }
    }

    private CertificateException classify(X509Certificate @Nullable [] chain, @Nullable String authType,
            CertificateException failure) {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException chainFailure) {
            return untrusted(chain, chainFailure);
        }
        return new ServerCertificateException(FailureReason.TLS_HOSTNAME, "the broker's certificate "
                + describe(chain) + " does not name the host connected to (" + failure.getMessage() + ")", failure);
    }

    private CertificateException untrusted(X509Certificate @Nullable [] chain, CertificateException failure) {
        Throwable root = failure;
        for (Throwable cause = root.getCause(); cause != null && cause != root; cause = root.getCause()) {
            root = cause;
        }
        return new ServerCertificateException(FailureReason.TLS_UNTRUSTED, "the broker's certificate "
                + describe(chain) + " is not trusted by " + trustedBy + " (" + root.getMessage() + ")", failure);
    }

    private static String describe(X509Certificate @Nullable [] chain) {
        if (chain == null || chain.length == 0) {
            return "(none sent)";
        }
        return "'" + chain[0].getSubjectX500Principal().getName() + "' issued by '"
                + chain[0].getIssuerX500Principal().getName() + "'";
    }

    @Override
    public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
            @Nullable SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType)
            throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
