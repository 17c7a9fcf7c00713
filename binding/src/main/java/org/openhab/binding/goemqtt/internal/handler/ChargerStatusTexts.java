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
import org.openhab.binding.goemqtt.internal.control.PvFeedStatus;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;

/**
 * The status descriptions of a charger thing ({@code @text/} keys in {@code OH-INF/i18n/goemqtt*.properties}). A
 * command is named as {@code <key>=<payload>} (e.g. {@code amp=40}): what went over the wire, so that it can be
 * compared with what the charger's own app or a capture shows.
 */
@NonNullByDefault
final class ChargerStatusTexts {

    private ChargerStatusTexts() {
    }

    static String missingSerial() {
        return StatusText.of("offline.conf-error.missing-serial");
    }

    static String invalidParameter(String parameter, String problem) {
        return BrokerStatusTexts.invalidParameter(parameter, problem);
    }

    /** A serial of digits only that is shorter than a go-e serial: {@code withZeros} is what it most likely was. */
    static String serialWithoutZeros(String serial, String withZeros) {
        return StatusText.of("offline.conf-error.serial-without-zeros", serial, withZeros);
    }

    static String noBridge() {
        return StatusText.of("offline.conf-error.no-bridge");
    }

    static String waitingForData(String base) {
        return StatusText.of("unknown.charger-waiting", base);
    }

    static String controllerWaiting(String base) {
        return StatusText.of("unknown.controller-waiting", base);
    }

    static String controllerSilent(long seconds) {
        return StatusText.of("offline.comm-error.controller-no-data", seconds);
    }

    static String silent(long seconds) {
        return StatusText.of("offline.comm-error.no-data", seconds);
    }

    /** The charger refused the command; its text verbatim. */
    static String rejected(CommandOutcome outcome) {
        return StatusText.of("online.command-rejected", outcome.key(), outcome.payload(), outcome.detail());
    }

    /** No answer although the firmware answers every command, or {@code mcr} says MQTT is read only. */
    static String writesNotAllowed(CommandOutcome outcome) {
        return StatusText.of("online.command-writes-not-allowed", outcome.key(), outcome.payload());
    }

    /** Firmware before 051.5 does not answer; the value did not come back either. */
    static String unconfirmed(CommandOutcome outcome, String firmware) {
        return StatusText.of("online.command-unconfirmed", outcome.key(), outcome.payload(), firmware);
    }

    /** The bridge is offline: the command was refused at once. */
    static String notSentBridgeOffline(String key, String payload) {
        return StatusText.of("offline.bridge-offline.command-not-sent", key, payload);
    }

    /** The connection refused to publish for another reason. */
    static String notSent(CommandOutcome outcome) {
        return StatusText.of("online.command-not-sent", outcome.key(), outcome.payload(), outcome.detail());
    }

    /**
     * What the PV feed's status adds to the thing's description: null while it sends, waits for a first grid value
     * or is switched off; a text when it is paused or refused.
     */
    static @Nullable String pvFeed(PvFeedStatus feed) {
        return switch (feed.state()) {
            case ACTIVE, WAITING, DISABLED -> null;
            case NOT_CONNECTED -> StatusText.of(feed.state().textKey());
            case STALE, REJECTED -> StatusText.of(feed.state().textKey(), feed.argument());
        };
    }

    /** The command cannot be expressed for this channel (read only, wrong type, out of range). */
    static String refused(String channel, String reason) {
        return StatusText.of("online.command-refused", channel, reason);
    }
}
