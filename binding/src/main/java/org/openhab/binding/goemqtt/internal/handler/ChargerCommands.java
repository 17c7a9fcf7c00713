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

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.EncodeResult;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;

/**
 * Where the item commands of a charger thing go (REFRESH aside: the handler answers it from the last states).
 * Commands on the control channels (PV feed inputs, temporary current) go to the control parts. Every other command
 * is encoded by the catalog, checked against the current's bounds and the bridge's connection, and submitted to the
 * session, whose coalescer publishes it. A refused command publishes and queues nothing: the item goes back to the
 * last value the charger reported, and the reason shows as the thing's command problem.
 */
@NonNullByDefault
final class ChargerCommands {

    /** Where a command that passed goes: the session of the initialised charger. */
    interface Outlet {
        ChargerSerial serial();

        /** Whether the bridge has a connection to publish on now. */
        boolean isConnected();

        /** Publishes {@code value} on {@code <base><key>/set}, coalesced with quick commands to the same key. */
        void submit(String channel, String key, JsonElement value);
    }

    private final Logger logger = LoggerFactory.getLogger(ChargerCommands.class);
    private final Catalog catalog;
    private final ChargerStatus status;
    private final Consumer<String> restore;

    /**
     * @param status where a refusal shows
     * @param restore posts the last value the charger reported for a channel again
     */
    ChargerCommands(Catalog catalog, ChargerStatus status, Consumer<String> restore) {
        this.catalog = catalog;
        this.status = status;
        this.restore = restore;
    }

    /** Handles {@code command} on {@code channel} (not REFRESH) for the charger of {@code outlet}. */
    void handle(Outlet outlet, ChargerControl control, String channel, Command command) {
        if (ChargerControl.handles(channel)) {
            refuseIfNeeded(outlet, channel, command, control.command(channel, command));
            return;
        }
        EncodeResult encoded = catalog.encode(channel, command);
        String refusal = encoded instanceof EncodeResult.Refused refused ? refused.reason()
                : encoded instanceof EncodeResult.Encoded set ? control.outOfBounds(set) : null;
        if (refusal != null) {
            refuseIfNeeded(outlet, channel, command, refusal);
        } else if (encoded instanceof EncodeResult.Encoded set) {
            if (!outlet.isConnected()) {
                String shown = Secrets.text(set.key(), set.value());
                logger.debug("Charger {}: {}={} not sent, the bridge is not connected", outlet.serial(), set.key(),
                        shown);
                restore.accept(channel);
                status.commandProblem(ChargerStatusTexts.notSentBridgeOffline(set.key(), shown));
                return;
            }
            outlet.submit(channel, set.key(), set.value());
        }
    }

    private void refuseIfNeeded(Outlet outlet, String channel, Command command, @Nullable String reason) {
        if (reason != null) {
            // a refused text may be a secret in the wrong place (a key sent to a read-only channel): never logged
            String shown = command instanceof StringType text ? "a text of " + text.toFullString().length() + " characters"
                    : command.toString();
            logger.debug("Charger {}: command {} on {} refused: {}", outlet.serial(), shown, channel, reason);
            restore.accept(channel);
            status.commandProblem(ChargerStatusTexts.refused(channel, reason));
        }
    }
}
