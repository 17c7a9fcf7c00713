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

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds the {@link SSLContext} for a broker connection from {@link TlsSettings}, with the JDK only: trust anchors
 * from PEM (or the JVM's CAs), an optional client certificate and key, failures classified by
 * {@link VerifyingTrustManager}. Key stores live in memory only.
 */
@NonNullByDefault
public final class TlsContextFactory {

    private static final String CA_PARAMETER = "caCertificate";
    private static final String CERTIFICATE_PARAMETER = "clientCertificate";
    private static final String KEY_PARAMETER = "clientKey";

    private TlsContextFactory() {
    }

    /** A socket factory for the settings; reads the PEM sources now. */
    public static SSLSocketFactory socketFactory(TlsSettings settings) throws TlsSetupException {
        return context(settings).getSocketFactory();
    }

    /** An SSL context for the settings; reads the PEM sources now. */
    public static SSLContext context(TlsSettings settings) throws TlsSetupException {
        TrustManager trustManager = settings.trustAllCertificates() ? new TrustAllTrustManager()
                : trustManager(settings.caCertificates());
        PemSource certificate = settings.clientCertificate();
        PemSource key = settings.clientKey();
        KeyManager @Nullable [] keyManagers = certificate != null && key != null
                ? keyManagers(certificate, key, settings)
                : null;
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, new TrustManager[] { trustManager }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("TLS is not available in this Java runtime (" + e.getMessage() + ")");
        }
    }

    private static X509ExtendedTrustManager trustManager(@Nullable PemSource caSource) throws TlsSetupException {
        try {
            KeyStore anchors = null;
            if (caSource != null) {
                List<X509Certificate> certificates = PemReader.certificates(caSource.read(CA_PARAMETER),
                        CA_PARAMETER);
                anchors = emptyKeyStore();
                for (int i = 0; i < certificates.size(); i++) {
                    anchors.setCertificateEntry("ca-" + i, certificates.get(i));
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(anchors);
            for (TrustManager candidate : factory.getTrustManagers()) {
                if (candidate instanceof X509ExtendedTrustManager extended) {
                    return new VerifyingTrustManager(extended,
                            caSource != null ? "the configured CA certificate" : "the Java runtime's trusted CAs");
                }
            }
            throw new TlsSetupException("the Java runtime offers no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(CA_PARAMETER + ": cannot be used as a trust anchor (" + e.getMessage() + ")");
        }
    }

    private static KeyManager[] keyManagers(PemSource certificateSource, PemSource keySource, TlsSettings settings)
            throws TlsSetupException {
        List<X509Certificate> chain = PemReader.certificates(certificateSource.read(CERTIFICATE_PARAMETER),
                CERTIFICATE_PARAMETER);
        PrivateKey key = PrivateKeyReader.read(keySource.read(KEY_PARAMETER), settings.clientKeyPassword(),
                KEY_PARAMETER);
        requireMatch(key, chain.get(0).getPublicKey());
        char[] storePassword = randomPassword();
        try {
            KeyStore store = emptyKeyStore();
            store.setKeyEntry("client", key, storePassword, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, storePassword);
            return factory.getKeyManagers();
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(KEY_PARAMETER + ": cannot be used with " + CERTIFICATE_PARAMETER + " ("
                    + e.getClass().getSimpleName() + ")");
        } finally {
            Arrays.fill(storePassword, '\0');
        }
    }

    /** Refuses a key that does not belong to the certificate: a sign-and-verify round trip on a few bytes. */
    private static void requireMatch(PrivateKey key, PublicKey certificateKey) throws TlsSetupException {
        String mismatch = KEY_PARAMETER + ": does not belong to the first certificate in " + CERTIFICATE_PARAMETER;
        if (!key.getAlgorithm().equals(certificateKey.getAlgorithm())) {
            throw new TlsSetupException(mismatch + " (" + key.getAlgorithm() + " key, "
                    + certificateKey.getAlgorithm() + " certificate)");
        }
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> null;
        };
        if (algorithm == null) {
            return;
        }
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificateKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new TlsSetupException(mismatch);
            }
        } catch (InvalidKeyException e) {
            throw new TlsSetupException(mismatch);
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(KEY_PARAMETER + ": cannot be checked against " + CERTIFICATE_PARAMETER + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static KeyStore emptyKeyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an in-memory key store", e);
        }
        return Objects.requireNonNull(store);
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }
}
