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

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Splits PEM text into its blocks and reads X.509 certificates from it, with the JDK only. Text around the blocks
 * (comments, the "subject=" lines some tools write) is ignored. Error messages name the parameter and the block
 * type, never the content.
 */
@NonNullByDefault
public final class PemReader {

    private static final Pattern BLOCK = Pattern
            .compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    /** One PEM block: its type (e.g. {@code CERTIFICATE}), its DER bytes, and whether it had RFC 1421 headers. */
    public record Block(String type, byte[] der, boolean hasHeaders) {
    }

    private PemReader() {
    }

    /** Every block in the text, in order; at least one. */
    public static List<Block> blocks(String pem, String parameter) throws TlsSetupException {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(pem);
        while (matcher.find()) {
            String type = matcher.group(1);
            String body = matcher.group(2);
            boolean hasHeaders = body.contains(":");
            if (hasHeaders) {
                body = body.substring(body.lastIndexOf(':'));
                body = body.substring(body.indexOf('\n') + 1);
            }
            try {
                blocks.add(new Block(type, Base64.getMimeDecoder().decode(body.strip()), hasHeaders));
            } catch (IllegalArgumentException e) {
                throw new TlsSetupException(parameter + ": the " + type + " block is not valid Base64");
            }
        }
        if (blocks.isEmpty()) {
            throw new TlsSetupException(parameter + ": no PEM block found (expected a '-----BEGIN ...-----' line)");
        }
        return blocks;
    }

    /** The certificates in the text, in order; at least one. */
    public static List<X509Certificate> certificates(String pem, String parameter) throws TlsSetupException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Block block : blocks(pem, parameter)) {
                if ("CERTIFICATE".equals(block.type())) {
                    certificates.add((X509Certificate) factory
                            .generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (CertificateException e) {
            throw new TlsSetupException(parameter + ": a CERTIFICATE block is not a valid X.509 certificate");
        }
        if (certificates.isEmpty()) {
            throw new TlsSetupException(parameter + ": no '-----BEGIN CERTIFICATE-----' block found");
        }
        return certificates;
    }
}
