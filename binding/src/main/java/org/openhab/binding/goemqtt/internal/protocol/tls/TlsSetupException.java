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

/**
 * The TLS material cannot be used: a file is missing, a PEM block does not parse, a key does not match its
 * certificate. The message names the configuration parameter and never contains key material or a password.
 */
@NonNullByDefault
public class TlsSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    public TlsSetupException(String message) {
        super(message);
    }
}
