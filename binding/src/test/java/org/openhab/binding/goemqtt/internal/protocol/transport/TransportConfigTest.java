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

import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.tls.PemSource;
import org.openhab.binding.goemqtt.internal.protocol.tls.TlsSettings;

/**
 * Defaults, validation and the secrecy of {@link TransportConfig}.
 */
@NonNullByDefault
class TransportConfigTest {

    private static final String PASSWORD = "Br0ker-Pa55word";
    private static final String KEY_PEM = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0w\n"
            + "-----END PRIVATE KEY-----\n";
    private static final String KEY_PASSWORD = "K3y-Pa55phrase";

    @Test
    void defaultsAreTheDocumentedOnes() {
        TransportConfig config = TransportConfig.builder("tcp://broker").build();
        assertEquals(Duration.ofSeconds(60), config.keepAlive());
        assertTrue(config.cleanSession());
        assertEquals(Duration.ofSeconds(10), config.connectTimeout());
        assertEquals(Duration.ofSeconds(1), config.reconnectDelayMin());
        assertEquals(Duration.ofSeconds(60), config.reconnectDelayMax());
        assertEquals(TlsSettings.DEFAULTS, config.tls());
        assertNull(config.username());
        assertNull(config.password());
    }

    @Test
    void theDefaultClientIdIsShortAndDiffersEachTime() {
        String first = TransportConfig.builder("tcp://broker").build().clientId();
        String second = TransportConfig.builder("tcp://broker").build().clientId();
        assertTrue(first.matches("goemqtt-[0-9a-f]{12}"), first);
        assertTrue(first.length() <= 23);
        assertNotEquals(first, second);
    }

    @Test
    void blankTextsMeanNotSetAsOpenhabHandsThemOver() {
        TransportConfig config = TransportConfig.builder("mqtts://broker").clientId(" ").credentials("", "")
                .caCertificate("  ").clientCertificate("", null, "").build();
        assertTrue(config.clientId().startsWith("goemqtt-"));
        assertNull(config.username());
        assertNull(config.password());
        assertEquals(TlsSettings.DEFAULTS, config.tls());
    }

    @Test
    void tellsInlinePemFromAFilePath() {
        TransportConfig config = TransportConfig.builder("ssl://broker").caCertificate("/etc/ssl/broker-ca.pem")
                .clientCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", KEY_PEM, null)
                .build();
        assertEquals("file /etc/ssl/broker-ca.pem", String.valueOf(config.tls().caCertificates()));
        assertEquals(PemSource.inline(KEY_PEM), config.tls().clientKey());
    }

    @Test
    void acceptsClientIdsLongerThanTheGuaranteed23Characters() {
        String longId = "openhab-goe-charger-bridge-in-the-garage-0123456789";
        assertEquals(longId, TransportConfig.builder("tcp://broker").clientId(longId).build().clientId());
    }

    @Test
    void theTextFormNeverShowsPasswordsOrKeyMaterial() {
        TransportConfig config = TransportConfig.builder("mqtts://broker").credentials("openhab", PASSWORD)
                .clientCertificate("/etc/ssl/client.crt", KEY_PEM, KEY_PASSWORD).build();
        String text = config.toString();
        assertTrue(text.contains("openhab"), text);
        assertFalse(text.contains(PASSWORD), text);
        assertFalse(text.contains(KEY_PASSWORD), text);
        assertFalse(text.contains("MIGHAgEA"), text);
        assertEquals(PASSWORD, config.password() == null ? null : config.password().reveal());
    }

    @Test
    void refusesBadValuesNamingTheParameterAndNeverTheSecret() {
        assertRefused("password:", b -> b.credentials(null, PASSWORD));
        assertRefused("keepAlive:", b -> b.keepAlive(Duration.ofSeconds(65536)));
        assertRefused("keepAlive:", b -> b.keepAlive(Duration.ofSeconds(-1)));
        assertRefused("connectTimeout:", b -> b.connectTimeout(Duration.ZERO));
        assertRefused("reconnectDelayMin:", b -> b.reconnectDelay(Duration.ofMillis(50), Duration.ofSeconds(1)));
        assertRefused("reconnectDelayMax:", b -> b.reconnectDelay(Duration.ofSeconds(5), Duration.ofSeconds(1)));
        assertRefused("clientId:", b -> b.clientId("goemqtt\n1"));
        assertRefused("clientId:", b -> b.clientId("x".repeat(65536)));
        assertRefused("clientCertificate:", b -> b.clientCertificate(null, KEY_PEM, KEY_PASSWORD));
        assertRefused("clientKey:", b -> b.clientCertificate("/etc/ssl/client.crt", null, null));
    }

    @Test
    void refusesTlsSettingsForAPlainConnection() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransportConfig.builder("tcp://broker").caCertificate("/etc/ssl/ca.pem").build());
        assertEquals("brokerUri: TLS settings are given but the broker URI is not TLS (use ssl:// or mqtts://)",
                e.getMessage());
    }

    private static void assertRefused(String messageStart, Consumer<TransportConfig.Builder> change) {
        TransportConfig.Builder builder = TransportConfig.builder("mqtts://broker");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            change.accept(builder);
            builder.build();
        });
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertFalse(e.getMessage().contains(KEY_PASSWORD), e.getMessage());
        assertFalse(e.getMessage().contains("MIGHAgEA"), e.getMessage());
    }
}
