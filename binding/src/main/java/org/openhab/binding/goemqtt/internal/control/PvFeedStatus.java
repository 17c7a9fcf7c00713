/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where a PV feed stands, for the "PV feed active" channel and the thing's status description. Equal values mean
 * nothing changed: the argument of a state is fixed while it lasts (no ticking ages).
 *
 * @param state what the feed does
 * @param argument the one value the state's text mentions (seconds, the charger's text), or empty
 */
@NonNullByDefault
public record PvFeedStatus(State state, String argument) {

    /** What a feed does; only {@link #ACTIVE} sends to a charger that takes the data. */
    public enum State {
        /** Sending {@code ids}; argument: the interval in seconds. */
        ACTIVE("PV data sent to the charger every %s s"),
        /** Switched off in the thing configuration. */
        DISABLED("PV feed switched off in the configuration"),
        /** No grid power value received yet. */
        WAITING("PV feed waiting for a grid power value"),
        /** The grid power value is older than the limit; argument: the limit in seconds. */
        STALE("PV feed paused: no grid power value for more than %s s"),
        /** No broker connection, or the last set could not be published; it retries by itself. */
        NOT_CONNECTED("PV feed paused: not connected to the broker"),
        /** The charger refused the last {@code ids} set (still sent); argument: the charger's text verbatim. */
        REJECTED("PV data refused by the charger: %s");

        private final String text;

        State(String text) {
            this.text = text;
        }

        /** The i18n key of the state's text, e.g. {@code status.pv-feed-stale}; its argument is {@code {0}}. */
        public String textKey() {
            return "status.pv-feed-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether the binding currently feeds {@code ids} and the charger takes it. */
    public boolean active() {
        return state == State.ACTIVE;
    }

    /** The English text, e.g. {@code PV feed paused: no grid power value for more than 30 s}. */
    public String description() {
        return state.text.contains("%s") ? String.format(Locale.ROOT, state.text, argument) : state.text;
    }

    @Override
    public String toString() {
        return description();
    }
}
