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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Why a connection failed or was lost, in categories the handler layer can translate.
 */
@NonNullByDefault
public enum FailureReason {
    /** No failure (connected, or closed on request). */
    NONE,
    /** The broker refused the user name or password. */
    BAD_CREDENTIALS,
    /** The broker refused the client (not authorised, client id rejected). */
    NOT_AUTHORIZED,
    /** TLS: the broker's certificate is not trusted by the configured CA. */
    TLS_UNTRUSTED,
    /** TLS: the broker's certificate does not match its host name. */
    TLS_HOSTNAME,
    /** TLS: the handshake failed for another reason (protocol, client certificate rejected). */
    TLS_HANDSHAKE,
    /** Host unknown, connection refused or timed out. */
    UNREACHABLE,
    /** An established connection was lost. */
    CONNECTION_LOST,
    /** The configuration cannot work (bad URI, certificate or key that does not parse). */
    CONFIGURATION,
    /** Anything else. */
    OTHER
}
