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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.goemqtt.internal.protocol.transport.Secret;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Issued;

/**
 * Every key format the binding accepts, for RSA and EC keys, generated fresh by BouncyCastle and read back with
 * the JDK-only reader.
 */
@NonNullByDefault
class PrivateKeyReaderTest {

    private static final String PASSWORD = "Pass-Phrase-4711";
    private static final String PARAMETER = "clientKey";

    private static final TestCertificates.Authority AUTHORITY = TestCertificates.authority("Key Test CA");
    private static final Issued RSA = AUTHORITY.client("rsa-client", "RSA");
    private static final Issued EC = AUTHORITY.client("ec-client", "EC");

    @Test
    void readsAnRsaKeyInPkcs8() throws Exception {
        assertSameRsaKey(RSA.keyPair(), read(RSA.pkcs8KeyPem(), null));
    }

    @Test
    void readsAnRsaKeyInPkcs1() throws Exception {
        assertTrue(RSA.traditionalKeyPem().contains("BEGIN RSA PRIVATE KEY"));
        assertSameRsaKey(RSA.keyPair(), read(RSA.traditionalKeyPem(), null));
    }

    @Test
    void readsAnRsaKeyInEncryptedPkcs8WithPbes2() throws Exception {
        assertSameRsaKey(RSA.keyPair(), read(RSA.encryptedPkcs8KeyPem(PASSWORD), Secret.of(PASSWORD)));
    }

    @Test
    void readsAnEcKeyInPkcs8() throws Exception {
        assertSameEcKey(EC.keyPair(), read(EC.pkcs8KeyPem(), null));
    }

    @Test
    void readsAnEcKeyInSec1() throws Exception {
        assertTrue(EC.traditionalKeyPem().contains("BEGIN EC PRIVATE KEY"));
        assertSameEcKey(EC.keyPair(), read(EC.traditionalKeyPem(), null));
    }

    @Test
    void readsAnEcKeyInEncryptedPkcs8WithPbes2() throws Exception {
        assertSameEcKey(EC.keyPair(), read(EC.encryptedPkcs8KeyPem(PASSWORD), Secret.of(PASSWORD)));
    }

    @Test
    void readsAnEcKeyInEncryptedPkcs8WithTheOlderPkcs12Scheme() throws Exception {
        assertSameEcKey(EC.keyPair(), read(EC.legacyEncryptedPkcs8KeyPem(PASSWORD), Secret.of(PASSWORD)));
    }

    @Test
    void findsTheKeyAfterCertificatesAndComments() throws Exception {
        String pem = "subject=CN=ec-client\n" + EC.certificatePem() + "# the key\n" + EC.traditionalKeyPem();
        assertSameEcKey(EC.keyPair(), read(pem, null));
    }

    @Test
    void anEncryptedKeyWithoutPasswordAsksForThePassword() {
        TlsSetupException e = assertThrows(TlsSetupException.class,
                () -> read(EC.encryptedPkcs8KeyPem(PASSWORD), null));
        assertTrue(e.getMessage().startsWith(PARAMETER + ": the key is encrypted"), e.getMessage());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutRepeatingEitherPassword() {
        String wrong = "Wrong-Phrase-0815";
        TlsSetupException e = assertThrows(TlsSetupException.class,
                () -> read(RSA.encryptedPkcs8KeyPem(PASSWORD), Secret.of(wrong)));
        assertTrue(e.getMessage().contains("wrong key password"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void aKeyInTheLegacyEncryptedPemFormatIsRefusedWithAHowTo() throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(RSA.keyPair().getPrivate(),
                    new JcePEMEncryptorBuilder("AES-128-CBC").setProvider(TestCertificates.BC)
                            .build(PASSWORD.toCharArray()));
        }
        assertTrue(text.toString().contains("Proc-Type"));
        TlsSetupException e = assertThrows(TlsSetupException.class, () -> read(text.toString(), Secret.of(PASSWORD)));
        assertTrue(e.getMessage().contains("openssl pkcs8 -topk8"), e.getMessage());
    }

    @Test
    void aCertificateAloneIsNotAKey() {
        TlsSetupException e = assertThrows(TlsSetupException.class, () -> read(EC.certificatePem(), null));
        assertTrue(e.getMessage().startsWith(PARAMETER + ": no private key found"), e.getMessage());
    }

    @Test
    void damagedKeyMaterialIsReportedWithoutShowingIt() {
        String pem = RSA.pkcs8KeyPem();
        String[] lines = pem.split("\n");
        String firstLine = lines[1];
        String damaged = pem.replace(firstLine, "AAAA" + firstLine.substring(4));
        String truncated = lines[0] + "\n" + firstLine + "\n" + lines[lines.length - 1] + "\n";
        String notBase64 = pem.replace(firstLine, "!!not base64!!");
        for (String bad : new String[] { damaged, truncated, notBase64 }) {
            TlsSetupException e = assertThrows(TlsSetupException.class, () -> read(bad, null));
            assertTrue(e.getMessage().startsWith(PARAMETER + ": "), e.getMessage());
            assertFalse(e.getMessage().contains(firstLine.substring(4, 20)), e.getMessage());
        }
    }

    /** Keys as the OpenSSL command line writes them (skipped where no openssl binary is installed). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "genrsa -traditional 2048", "ecparam -name prime256v1 -genkey",
            "genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048",
            "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256",
            "genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -aes256 -pass pass:" + PASSWORD })
    void readsKeysWrittenByOpenssl(String arguments, @TempDir Path dir) throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        assumeTrue(Files.isExecutable(openssl), "openssl is not installed: OpenSSL's own key output not checked");
        Path keyFile = dir.resolve("key.pem");
        List<String> words = List.of(arguments.split(" "));
        List<String> command = new ArrayList<>(List.of(openssl.toString(), words.get(0), "-out", keyFile.toString()));
        command.addAll(words.subList(1, words.size()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        PrivateKey key = read(Files.readString(keyFile), Secret.of(PASSWORD));
        assertEquals(arguments.contains("RSA") || arguments.contains("genrsa") ? "RSA" : "EC", key.getAlgorithm());
    }

    private static PrivateKey read(String pem, @Nullable Secret password)
            throws TlsSetupException {
        return PrivateKeyReader.read(pem, password, PARAMETER);
    }

    private static void assertSameRsaKey(KeyPair expected, PrivateKey actual) {
        RSAPrivateCrtKey original = (RSAPrivateCrtKey) expected.getPrivate();
        RSAPrivateCrtKey read = assertInstanceOf(RSAPrivateCrtKey.class, actual);
        assertEquals(original.getModulus(), read.getModulus());
        assertEquals(original.getPrivateExponent(), read.getPrivateExponent());
    }

    private static void assertSameEcKey(KeyPair expected, PrivateKey actual) {
        ECPrivateKey original = (ECPrivateKey) expected.getPrivate();
        ECPrivateKey read = assertInstanceOf(ECPrivateKey.class, actual);
        assertEquals(original.getS(), read.getS());
        assertEquals(original.getParams().getCurve(), read.getParams().getCurve());
    }
}
