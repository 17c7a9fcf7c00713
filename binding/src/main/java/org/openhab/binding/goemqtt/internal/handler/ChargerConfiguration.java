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

/**
 * The configuration of a {@code goemqtt:charger} thing, field names as in {@code OH-INF/thing/charger.xml}.
 * Durations are in seconds.
 */
@NonNullByDefault
public class ChargerConfiguration {

    public static final String SILENCE_TIMEOUT = "silenceTimeout";
    public static final String RESULT_TIMEOUT = "resultTimeout";

    /** The serial as it appears in the topics, leading zeros kept. */
    public String serial = "";
    /** The topic prefix of the charger; empty: where the bridge saw the serial, else {@code /go-eCharger/<serial>/}. */
    public @Nullable String baseTopic;
    /** Seconds without any message after which the charger is OFFLINE. */
    public int silenceTimeout = 30;
    /** Seconds the charger has to answer a command on {@code /result}. */
    public int resultTimeout = 5;
    /** Whether the PV inputs are sent to the charger as {@code ids}. */
    public boolean pvFeedEnabled = true;
    /** Seconds between two {@code ids} sets, 1 to 5. */
    public int pvFeedInterval = 5;
    /** Seconds after the last grid power value at which the PV feed pauses. */
    public int pvFeedMaxAge = 30;

    // the go-e Controller as PV source (ControllerPvSource)
    /** The UID of a controller thing whose categories feed the PV data; empty: the PV input channels do. */
    public @Nullable String pvController;
    /** The controller category (name or index) that is the grid. */
    public @Nullable String pvGridCategory = "Grid";
    /** The controller category (name or index) that is the PV system. */
    public @Nullable String pvSolarCategory = "Solar";
    /** The controller category (name or index) that is the battery. */
    public @Nullable String pvBatteryCategory = "Akku";
}
