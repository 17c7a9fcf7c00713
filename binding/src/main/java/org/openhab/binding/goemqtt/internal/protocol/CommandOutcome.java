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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The end of one {@code /set}: what was sent to which key, how it ended and when.
 *
 * @param payload the JSON text published, masked as {@link Secrets#text(String, String)} says: outcomes reach logs,
 *            status texts and rule answers
 * @param detail the charger's text for {@link CommandStatus#CONFIRMED} by answer and {@link CommandStatus#REJECTED}
 *            (verbatim), the reason for {@link CommandStatus#NOT_SENT}, a short explanation otherwise
 */
@NonNullByDefault
public record CommandOutcome(String key, String payload, CommandStatus status, String detail, Instant sentAt,
        Instant decidedAt) {

    public boolean isConfirmed() {
        return status == CommandStatus.CONFIRMED;
    }
}
