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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.transport.Secret;

/**
 * How a TLS connection to the broker is verified and authenticated.
 *
 * @param caCertificates the CA certificate(s) that sign the broker's certificate; {@code null} uses the JVM's
 *            trusted CAs (public brokers)
 * @param clientCertificate the client certificate chain, for brokers that require one; together with
 *            {@code clientKey}
 * @param clientKey the client's private key (PKCS#8, encrypted PKCS#8, PKCS#1 or SEC1; RSA or EC)
 * @param clientKeyPassword pass phrase of an encrypted {@code clientKey}
 * @param hostnameVerification whether the broker's certificate must name the host connected to (on by default)
 * @param trustAllCertificates accept any certificate and any host name: for tests only; every connect logs a
 *            warning
 */
@NonNullByDefault
public record TlsSettings(@Nullable PemSource caCertificates, @Nullable PemSource clientCertificate,
        @Nullable PemSource clientKey, @Nullable Secret clientKeyPassword, boolean hostnameVerification,
        boolean trustAllCertificates) {

    /** Verify the broker against the JVM's trusted CAs, with host name verification, no client certificate. */
    public static final TlsSettings DEFAULTS = new TlsSettings(null, null, null, null, true, false);

    public TlsSettings {
        if ((clientCertificate == null) != (clientKey == null)) {
            throw new IllegalArgumentException(
                    clientKey == null ? "clientKey: required when clientCertificate is set"
                            : "clientCertificate: required when clientKey is set");
        }
        if (clientKeyPassword != null && clientKey == null) {
            throw new IllegalArgumentException("clientKeyPassword: set without a clientKey");
        }
    }

    /** Whether anything differs from {@link #DEFAULTS}. */
    public boolean isCustomised() {
        return !equals(DEFAULTS);
    }
}
