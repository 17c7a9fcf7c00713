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
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.transport.Secret;

/**
 * Reads an RSA or EC private key from PEM with the JDK only: PKCS#8 ({@code PRIVATE KEY}), encrypted PKCS#8
 * ({@code ENCRYPTED PRIVATE KEY}, PBES1 or PBES2 as current tools write it), PKCS#1 ({@code RSA PRIVATE KEY}) and
 * SEC1 ({@code EC PRIVATE KEY}). The last two are re-wrapped as PKCS#8 with a small DER writer. Messages name the
 * parameter and never contain key material or the pass phrase.
 */
@NonNullByDefault
public final class PrivateKeyReader {

    /** OID 1.2.840.113549.1.1.1 (rsaEncryption), DER encoded. */
    private static final byte[] RSA_ENCRYPTION = { 0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
            0x0D, 0x01, 0x01, 0x01 };
    /** OID 1.2.840.10045.2.1 (ecPublicKey), DER encoded. */
    private static final byte[] EC_PUBLIC_KEY = { 0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02, 0x01 };
    private static final byte[] VERSION_0 = { Der.INTEGER, 0x01, 0x00 };
    private static final byte[] DER_NULL = { Der.NULL, 0x00 };
    private static final List<String> ALGORITHMS = List.of("RSA", "EC", "EdDSA", "RSASSA-PSS");

    private PrivateKeyReader() {
    }

    /**
     * The first private key in the PEM text.
     *
     * @param password pass phrase of an encrypted PKCS#8 key; ignored for unencrypted keys
     * @param parameter the configuration parameter, for error messages
     */
    public static PrivateKey read(String pem, @Nullable Secret password, String parameter) throws TlsSetupException {
        for (PemReader.Block block : PemReader.blocks(pem, parameter)) {
            if (block.hasHeaders() && block.type().endsWith("PRIVATE KEY")) {
                throw new TlsSetupException(parameter + ": keys encrypted in the legacy PEM format are not supported;"
                        + " convert the key to PKCS#8 (openssl pkcs8 -topk8)");
            }
            switch (block.type()) {
                case "PRIVATE KEY":
                    return pkcs8(block.der(), parameter);
                case "ENCRYPTED PRIVATE KEY":
                    return pkcs8(decrypt(block.der(), password, parameter), parameter);
                case "RSA PRIVATE KEY":
                    return pkcs8(Der.encode(Der.SEQUENCE, VERSION_0, Der.encode(Der.SEQUENCE, RSA_ENCRYPTION, DER_NULL),
                            Der.encode(Der.OCTET_STRING, block.der())), parameter);
                case "EC PRIVATE KEY":
                    return pkcs8(sec1ToPkcs8(block.der(), parameter), parameter);
                default:
                    break; // certificates, EC PARAMETERS: not the key
            }
        }
        throw new TlsSetupException(parameter + ": no private key found (expected '-----BEGIN PRIVATE KEY-----',"
                + " 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY' or 'EC PRIVATE KEY')");
    }

    private static PrivateKey pkcs8(byte[] der, String parameter) throws TlsSetupException {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm: try the next one
            }
        }
        throw new TlsSetupException(parameter + ": the private key is damaged or of an unsupported type"
                + " (RSA and EC are supported)");
    }

    private static byte[] sec1ToPkcs8(byte[] sec1, String parameter) throws TlsSetupException {
        byte[] curve = null;
        try {
            for (Der.Element element : Der.sequence(sec1)) {
                if (element.tag() == Der.CONTEXT_0) {
                    curve = element.content();
                }
            }
        } catch (IllegalArgumentException e) {
            throw new TlsSetupException(parameter + ": the EC PRIVATE KEY block is not valid DER");
        }
        if (curve == null) {
            throw new TlsSetupException(parameter + ": the EC PRIVATE KEY names no curve");
        }
        return Der.encode(Der.SEQUENCE, VERSION_0, Der.encode(Der.SEQUENCE, EC_PUBLIC_KEY, curve),
                Der.encode(Der.OCTET_STRING, sec1));
    }

    private static byte[] decrypt(byte[] der, @Nullable Secret password, String parameter) throws TlsSetupException {
        if (password == null) {
            throw new TlsSetupException(parameter + ": the key is encrypted; set the key password");
        }
        EncryptedPrivateKeyInfo info;
        try {
            info = new EncryptedPrivateKeyInfo(der);
        } catch (IOException e) {
            throw new TlsSetupException(parameter + ": the ENCRYPTED PRIVATE KEY block is not valid");
        }
        AlgorithmParameters parameters = info.getAlgParameters();
        // PBES2 names its real cipher only in its parameters (e.g. PBEWithHmacSHA256AndAES_256)
        String algorithm = parameters != null && parameters.toString().startsWith("PBEWith") ? parameters.toString()
                : info.getAlgName();
        char[] chars = password.revealChars();
        try {
            SecretKey key = SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(chars));
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, key, parameters);
            return info.getKeySpec(cipher).getEncoded();
        } catch (InvalidKeySpecException e) {
            throw new TlsSetupException(parameter + ": cannot decrypt the key: wrong key password?");
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException(
                    parameter + ": the key is encrypted with an unsupported algorithm (" + algorithm + ")");
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
