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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * The status of a charger thing, decided in one place:
 * <ul>
 * <li>UNKNOWN ("waiting for the first message") after the start and after the bridge came back;</li>
 * <li>ONLINE as soon as the charger is heard;</li>
 * <li>OFFLINE/COMMUNICATION_ERROR ("no data for N s") when it fell silent while ONLINE;</li>
 * <li>OFFLINE/BRIDGE_OFFLINE while the bridge is offline.</li>
 * </ul>
 * A command problem is shown as the description of the current status while UNKNOWN or ONLINE (and while the bridge
 * is offline, where only "not sent" can happen); any change of status clears it. A problem of the PV feed (paused,
 * refused) is shown while ONLINE when no command problem is: the user's own command comes first, and the PV text
 * returns once a later command succeeded. It is not cleared by a change of status, only by the feed. Each change
 * is reported once. Thread-safe.
 */
@NonNullByDefault
final class ChargerStatus {

    /** Where a status goes: the handler's {@code updateStatus}. */
    @FunctionalInterface
    interface Reporter {
        void report(ThingStatus status, ThingStatusDetail detail, @Nullable String description);
    }

    private enum Phase {
        STOPPED,
        WAITING,
        ONLINE,
        SILENT,
        BRIDGE_OFFLINE
    }

    private final Reporter reporter;
    private volatile Phase phase = Phase.STOPPED;
    // guarded by this
    private @Nullable String commandProblem;
    private @Nullable String pvProblem;
    private String waitingText = "";
    private String silentText = "";

    ChargerStatus(Reporter reporter) {
        this.reporter = reporter;
    }

    /** Starts UNKNOWN with {@code waitingText}, or OFFLINE/BRIDGE_OFFLINE; {@code silentText} for later. */
    synchronized void start(boolean bridgeOffline, String waitingText, String silentText) {
        this.waitingText = waitingText;
        this.silentText = silentText;
        phase = Phase.STOPPED;
        enter(bridgeOffline ? Phase.BRIDGE_OFFLINE : Phase.WAITING);
    }

    /** Nothing is reported any more. */
    synchronized void stop() {
        phase = Phase.STOPPED;
        commandProblem = null;
        pvProblem = null;
    }

    /** The charger was heard: ONLINE (cheap when it already is: called for every message). */
    void heard() {
        if (phase == Phase.ONLINE) {
            return;
        }
        synchronized (this) {
            if (phase != Phase.ONLINE && phase != Phase.STOPPED) {
                enter(Phase.ONLINE);
            }
        }
    }

    /** The charger fell silent: OFFLINE/COMMUNICATION_ERROR, if it was ONLINE. */
    synchronized void silent() {
        if (phase == Phase.ONLINE) {
            enter(Phase.SILENT);
        }
    }

    /** The bridge changed: its OFFLINE makes this one BRIDGE_OFFLINE; its return makes it wait for data. */
    synchronized void bridgeChanged(ThingStatus bridgeStatus) {
        if (bridgeStatus == ThingStatus.OFFLINE && phase != Phase.STOPPED && phase != Phase.BRIDGE_OFFLINE) {
            enter(Phase.BRIDGE_OFFLINE);
        } else if (bridgeStatus == ThingStatus.ONLINE && phase == Phase.BRIDGE_OFFLINE) {
            enter(Phase.WAITING);
        }
    }

    /** Shows {@code text} as the description, or with null clears a command problem shown before. */
    synchronized void commandProblem(@Nullable String text) {
        if (text == null && commandProblem == null) {
            return;
        }
        commandProblem = text;
        if (phase == Phase.ONLINE || phase == Phase.WAITING || phase == Phase.BRIDGE_OFFLINE && text != null) {
            enter(phase);
        }
    }

    /** Shows {@code text} as the description while ONLINE and no command problem is shown; null: the feed is fine. */
    synchronized void pvProblem(@Nullable String text) {
        if (Objects.equals(text, pvProblem)) {
            return;
        }
        pvProblem = text;
        if (phase == Phase.ONLINE && commandProblem == null) {
            enter(phase);
        }
    }

    boolean isOnline() {
        return phase == Phase.ONLINE;
    }

    boolean isBridgeOffline() {
        return phase == Phase.BRIDGE_OFFLINE;
    }

    private void enter(Phase next) {
        if (next != phase) {
            commandProblem = null;
        }
        phase = next;
        String problem = commandProblem;
        switch (next) {
            case WAITING -> reporter.report(ThingStatus.UNKNOWN, ThingStatusDetail.NONE,
                    problem != null ? problem : waitingText);
            case ONLINE -> reporter.report(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                    problem != null ? problem : pvProblem);
            case SILENT -> reporter.report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, silentText);
            case BRIDGE_OFFLINE -> reporter.report(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, problem);
            case STOPPED -> {
                // nothing to report
            }
        }
    }
}
