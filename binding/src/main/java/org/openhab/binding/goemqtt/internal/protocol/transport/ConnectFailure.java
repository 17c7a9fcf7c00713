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

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.tls.ServerCertificateException;

/**
 * Why a connection failed, in a category and in words a user understands. Built from the MQTT CONNACK return code
 * or from the exception chain the client library reports; knows nothing of the client library itself.
 */
@NonNullByDefault
public record ConnectFailure(FailureReason reason, String text) {

    /** The broker answered CONNECT with a refusal (MQTT 3.1.1 return codes 1 to 5). */
    public static ConnectFailure refused(int returnCode, String clientId) {
        return switch (returnCode) {
            case 1 -> new ConnectFailure(FailureReason.OTHER, "the broker does not accept MQTT 3.1.1");
            case 2 -> new ConnectFailure(FailureReason.NOT_AUTHORIZED,
                    "the broker refused the client id '" + clientId + "'");
            case 3 -> new ConnectFailure(FailureReason.UNREACHABLE, "the broker is unavailable");
            case 4 -> new ConnectFailure(FailureReason.BAD_CREDENTIALS,
                    "the broker refused the user name or password");
            case 5 -> new ConnectFailure(FailureReason.NOT_AUTHORIZED, "the broker refused the client: not authorised");
            default -> new ConnectFailure(FailureReason.OTHER, "the broker refused the connection (code "
                    + returnCode + ")");
        };
    }

    /**
     * The failure the exception chain shows, most specific first: a refused server certificate, another TLS
     * failure, then a network failure; {@code null} when the chain shows none of these.
     */
    public static @Nullable ConnectFailure fromCause(Throwable error, String hostAndPort, int timeoutSeconds) {
        ConnectFailure tls = null;
        ConnectFailure network = null;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServerCertificateException certificate) {
                String refusal = certificate.getMessage();
                return new ConnectFailure(certificate.getReason(), refusal != null ? refusal : describe(certificate));
            }
            if (tls == null && t instanceof SSLException) {
                tls = new ConnectFailure(FailureReason.TLS_HANDSHAKE, "TLS handshake failed: " + t.getMessage());
            } else if (network == null) {
                network = network(t, hostAndPort, timeoutSeconds);
            }
        }
        return tls != null ? tls : network;
    }

    private static @Nullable ConnectFailure network(Throwable t, String hostAndPort, int timeoutSeconds) {
        if (t instanceof UnknownHostException) {
            return new ConnectFailure(FailureReason.UNREACHABLE, "unknown host (" + t.getMessage() + ")");
        } else if (t instanceof ConnectException) {
            return new ConnectFailure(FailureReason.UNREACHABLE, "connection refused by " + hostAndPort);
        } else if (t instanceof NoRouteToHostException) {
            return new ConnectFailure(FailureReason.UNREACHABLE, "no route to " + hostAndPort);
        } else if (t instanceof SocketTimeoutException) {
            return timeout(timeoutSeconds);
        }
        return null;
    }

    /** No answer in time. */
    public static ConnectFailure timeout(int timeoutSeconds) {
        return new ConnectFailure(FailureReason.UNREACHABLE, "no answer from the broker within " + timeoutSeconds
                + " s");
    }

    /** The text of an exception for a user: its message, or its kind when it has none. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        Throwable cause = error.getCause();
        if (cause != null && cause != error && cause.getMessage() != null) {
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        return message != null ? message : error.getClass().getSimpleName();
    }
}
