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
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.FirmwareVersion;

/**
 * What the charger thing shows when a command ends:
 * <table>
 * <tr><th>outcome</th><th>status description</th><th>item</th><th>trigger {@code <key>:ERROR}</th></tr>
 * <tr><td>confirmed</td><td>a previous command problem is cleared</td><td>-</td><td>-</td></tr>
 * <tr><td>rejected</td><td>{@code amp=40 rejected: <charger's text>}</td><td>back</td><td>yes</td></tr>
 * <tr><td>no answer (firmware 051.5+), or any failure while {@code mcr} is true</td><td>allow MQTT writes in the
 * go-e app</td><td>back</td><td>yes</td></tr>
 * <tr><td>not echoed (firmware before 051.5)</td><td>unconfirmed</td><td>back</td><td>-</td></tr>
 * <tr><td>not sent</td><td>not sent, and why</td><td>back</td><td>-</td></tr>
 * </table>
 * "Back" posts the last value the charger reported again, so a slider that moved returns to the truth.
 *
 * @param description the status description, or null to clear a previous command problem
 * @param restore whether the item goes back to the last reported value
 * @param trigger whether the command error trigger fires
 */
@NonNullByDefault
record CommandReaction(@Nullable String description, boolean restore, boolean trigger) {

    /** The event of the command error trigger channel: {@code <key>:ERROR}, e.g. {@code amp:ERROR}. */
    static String triggerEvent(String key) {
        return key + ":ERROR";
    }

    /**
     * @param mqttReadOnly whether the charger said {@code mcr} = true (it then ignores every set)
     * @param firmware the charger's firmware, for the text of an unconfirmed command
     */
    static CommandReaction of(CommandOutcome outcome, boolean mqttReadOnly, FirmwareVersion firmware) {
        return switch (outcome.status()) {
            case CONFIRMED -> new CommandReaction(null, false, false);
            case REJECTED -> new CommandReaction(ChargerStatusTexts.rejected(outcome), true, true);
            case TIMEOUT -> new CommandReaction(ChargerStatusTexts.writesNotAllowed(outcome), true, true);
            case UNCONFIRMED -> mqttReadOnly
                    ? new CommandReaction(ChargerStatusTexts.writesNotAllowed(outcome), true, true)
                    : new CommandReaction(ChargerStatusTexts.unconfirmed(outcome, firmware.text()), true, false);
            case NOT_SENT -> new CommandReaction(ChargerStatusTexts.notSent(outcome), true, false);
        };
    }
}
