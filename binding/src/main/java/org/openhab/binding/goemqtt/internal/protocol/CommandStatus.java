/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How a {@code /set} ended.
 */
@NonNullByDefault
public enum CommandStatus {
    /** The charger answered {@code success} on {@code /result}, or (firmware before 051.5) echoed the value. */
    CONFIRMED,
    /** The charger refused; the outcome's detail is its text, verbatim. */
    REJECTED,
    /** No {@code /result} within the timeout. */
    TIMEOUT,
    /** Firmware before 051.5: the value was not echoed within the timeout (it may still have been applied). */
    UNCONFIRMED,
    /** The transport refused to publish; the outcome's detail says why. */
    NOT_SENT
}
