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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Generates certificate authorities, server and client certificates for TLS tests, and writes them as PEM in the
 * formats the binding accepts. BouncyCastle is a test dependency only; the binding itself reads PEM with the JDK.
 */
@NonNullByDefault
public final class TestCertificates {

    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|.*:.*");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** BouncyCastle as a provider instance for its own encryptors only, never registered with the JVM. */
    public static final Provider BC = new BouncyCastleProvider();

    private TestCertificates() {
    }

    /** A certificate with its key pair, and PEM renderings of both. */
    public record Issued(X509Certificate certificate, KeyPair keyPair) {

        public String certificatePem() {
            return pem(certificate);
        }

        /** The private key as unencrypted PKCS#8 ({@code BEGIN PRIVATE KEY}). */
        public String pkcs8KeyPem() {
            return pkcs8(keyPair.getPrivate(), null);
        }

        /**
         * The private key as PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) or SEC1 ({@code BEGIN EC PRIVATE KEY}, with
         * the named curve and the public key, as OpenSSL writes it).
         */
        public String traditionalKeyPem() {
            if (!"EC".equals(keyPair.getPrivate().getAlgorithm())) {
                return pem(keyPair.getPrivate());
            }
            try {
                PrivateKeyInfo info = PrivateKeyInfo.getInstance(keyPair.getPrivate().getEncoded());
                org.bouncycastle.asn1.sec.ECPrivateKey bare = org.bouncycastle.asn1.sec.ECPrivateKey
                        .getInstance(info.parsePrivateKey());
                ASN1BitString publicKey = SubjectPublicKeyInfo.getInstance(keyPair.getPublic().getEncoded())
                        .getPublicKeyData();
                org.bouncycastle.asn1.sec.ECPrivateKey full = new org.bouncycastle.asn1.sec.ECPrivateKey(256,
                        bare.getKey(), publicKey, info.getPrivateKeyAlgorithm().getParameters());
                return pem(new PemObject("EC PRIVATE KEY", full.getEncoded()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The private key as encrypted PKCS#8 (PBES2: PBKDF2 with HMAC-SHA256, AES-256-CBC, as OpenSSL 3 writes). */
        public String encryptedPkcs8KeyPem(String password) {
            return encrypted(password, PKCS8Generator.AES_256_CBC, PKCS8Generator.PRF_HMACSHA256);
        }

        /** The private key as encrypted PKCS#8 with the older PKCS#12 scheme (SHA-1 and 3DES). */
        public String legacyEncryptedPkcs8KeyPem(String password) {
            return encrypted(password, PKCS8Generator.PBE_SHA1_3DES, null);
        }

        private String encrypted(String password, ASN1ObjectIdentifier algorithm, @Nullable AlgorithmIdentifier prf) {
            try {
                JceOpenSSLPKCS8EncryptorBuilder encryptor = new JceOpenSSLPKCS8EncryptorBuilder(algorithm)
                        .setProvider(BC).setPassword(password.toCharArray()).setIterationCount(2048)
                        .setRandom(RANDOM);
                if (prf != null) {
                    encryptor.setPRF(prf);
                }
                return pkcs8(keyPair.getPrivate(), encryptor.build());
            } catch (OperatorCreationException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Writes {@code <name>.crt} (certificate) and {@code <name>.key} (PKCS#8 key) into {@code dir}. */
        public Issued writeTo(Path dir, String name) {
            write(dir.resolve(name + ".crt"), certificatePem());
            write(dir.resolve(name + ".key"), pkcs8KeyPem());
            return this;
        }
    }

    /** A certificate authority that issues server and client certificates. */
    public static final class Authority {
        private final Issued self;

        private Authority(Issued self) {
            this.self = self;
        }

        public Issued certificate() {
            return self;
        }

        /** A server certificate for the given DNS names and IP addresses (also the subject alternative names). */
        public Issued server(String commonName, String... names) {
            return issue(commonName, keyPair("EC"), self, KeyPurposeId.id_kp_serverAuth, names);
        }

        /** A client certificate with an {@code RSA} or {@code EC} key. */
        public Issued client(String commonName, String keyAlgorithm) {
            return issue(commonName, keyPair(keyAlgorithm), self, KeyPurposeId.id_kp_clientAuth);
        }
    }

    /** A new self-signed certificate authority with an EC P-256 key. */
    public static Authority authority(String commonName) {
        return new Authority(issue(commonName, keyPair("EC"), null, null));
    }

    /**
     * A key pair: {@code EC} (P-256, new each time) or {@code RSA} (2048 bits, generated once per test run and
     * shared, as generating RSA keys is slow).
     */
    public static KeyPair keyPair(String algorithm) {
        return "RSA".equals(algorithm) ? SharedRsaKey.PAIR : generate(algorithm);
    }

    /** Holds the one RSA key pair, generated on first use. */
    private static final class SharedRsaKey {
        static final KeyPair PAIR = generate("RSA");
    }

    private static KeyPair generate(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if ("EC".equals(algorithm)) {
                generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            } else {
                generator.initialize(2048, RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes PEM text to a file. */
    public static Path write(Path file, String pem) {
        try {
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Issued issue(String commonName, KeyPair keyPair, @Nullable Issued issuer,
            @Nullable KeyPurposeId purpose, String... names) {
        try {
            X500Name subject = new X500Name("CN=" + commonName);
            X500Name issuerName = issuer != null
                    ? new X500Name(issuer.certificate().getSubjectX500Principal().getName())
                    : subject;
            KeyPair signer = issuer != null ? issuer.keyPair() : keyPair;
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(2))), subject, keyPair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(signer.getPublic()));
            if (purpose == null) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            } else {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            if (names.length > 0) {
                GeneralName[] alternatives = new GeneralName[names.length];
                for (int i = 0; i < names.length; i++) {
                    alternatives[i] = new GeneralName(
                            IP_ADDRESS.matcher(names[i]).matches() ? GeneralName.iPAddress : GeneralName.dNSName,
                            names[i]);
                }
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives));
            }
            String algorithm = "RSA".equals(signer.getPrivate().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(signer.getPrivate())));
            return new Issued(certificate, keyPair);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pkcs8(PrivateKey key, @Nullable OutputEncryptor encryptor) {
        try {
            return pem(new JcaPKCS8Generator(key, encryptor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
