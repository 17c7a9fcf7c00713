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

import java.security.cert.CertificateException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;

/**
 * The broker's certificate was refused, with the reason already classified: {@link FailureReason#TLS_UNTRUSTED}
 * (the chain does not lead to a trusted CA) or {@link FailureReason#TLS_HOSTNAME} (trusted, but issued for
 * another host). The TLS stack carries it as the cause of its handshake exception.
 */
@NonNullByDefault
public class ServerCertificateException extends CertificateException {

    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    public ServerCertificateException(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public FailureReason getReason() {
        return reason;
    }
}
