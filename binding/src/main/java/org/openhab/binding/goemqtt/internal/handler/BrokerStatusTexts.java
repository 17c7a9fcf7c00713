/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;

/**
 * The status descriptions of a broker bridge ({@code @text/} keys in {@code OH-INF/i18n/goemqtt*.properties}).
 * The transport's detail (English, never a secret) is passed along so that the text says what exactly failed.
 */
@NonNullByDefault
final class BrokerStatusTexts {

    private BrokerStatusTexts() {
    }

    static String connecting(String broker) {
        return StatusText.of("unknown.broker-connecting", broker);
    }

    static String missingHost() {
        return StatusText.of("offline.conf-error.missing-host");
    }

    static String invalidUri(String uri, String problem) {
        return StatusText.of("offline.conf-error.invalid-uri", uri, problem);
    }

    static String invalidDiscoveryBase(String base, String problem) {
        return StatusText.of("offline.conf-error.invalid-discovery-base", base, problem);
    }

    static String invalidControllerDiscoveryBase(String base, String problem) {
        return StatusText.of("offline.conf-error.invalid-controller-discovery-base", base, problem);
    }

    /**
     * A configuration problem reported as {@code "<parameter>: <problem>"} (the convention of the transport's
     * checks); text without that shape is passed whole.
     */
    static String invalidParameter(@Nullable String message) {
        String text = message == null ? "" : message;
        int colon = text.indexOf(": ");
        if (colon > 0 && text.substring(0, colon).matches("[A-Za-z]+")) {
            return invalidParameter(text.substring(0, colon), text.substring(colon + 2));
        }
        return StatusText.of("offline.conf-error.transport", text);
    }

    static String invalidParameter(String parameter, String problem) {
        return StatusText.of("offline.conf-error.invalid-parameter", parameter, problem);
    }

    /**
     * Why the connection failed or was lost, for OFFLINE/COMMUNICATION_ERROR, or for CONFIGURATION_ERROR when the
     * transport found a setting it cannot use (a certificate file that does not parse).
     */
    static String connectionFailed(FailureReason reason, String detail) {
        if (reason == FailureReason.CONFIGURATION) {
            return invalidParameter(detail);
        } else if (reason == FailureReason.BAD_CREDENTIALS) {
            return StatusText.of("offline.comm-error.bad-credentials");
        }
        String key = switch (reason) {
            case NOT_AUTHORIZED -> "offline.comm-error.not-authorized";
            case TLS_UNTRUSTED -> "offline.comm-error.tls-untrusted";
            case TLS_HOSTNAME -> "offline.comm-error.tls-hostname";
            case TLS_HANDSHAKE -> "offline.comm-error.tls-handshake";
            case UNREACHABLE -> "offline.comm-error.unreachable";
            case CONNECTION_LOST -> "offline.comm-error.connection-lost";
            case NONE, OTHER, BAD_CREDENTIALS, CONFIGURATION -> "offline.comm-error.other";
        };
        return StatusText.of(key, detail);
    }
}
