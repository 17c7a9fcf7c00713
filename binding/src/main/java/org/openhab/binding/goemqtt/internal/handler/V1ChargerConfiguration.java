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
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1CommandTracker;

/**
 * The configuration of a {@code goemqtt:charger-v1} thing: {@code serial}, {@code baseTopic} and
 * {@code silenceTimeout} as for the v2 charger (inherited; the v2-only parameters keep their defaults and are not
 * used), the number of status periods a command has to show, and the PV control's parameters
 * ({@link V1SurplusSettings}'s {@code PARAM_*} names).
 */
@NonNullByDefault
public class V1ChargerConfiguration extends ChargerConfiguration {

    public static final String CONFIRM_PERIODS = "confirmPeriods";

    /** Status periods (about 5 s each) within which a status must show a command's value, 1 to 20. */
    public int confirmPeriods = V1CommandTracker.DEFAULT_PERIODS;

    public @Nullable Boolean pvControlEnabled;
    public @Nullable Integer pvControlReserve;
    public @Nullable Integer pvControlHysteresis;
    public @Nullable Integer pvControlMinOnTime;
    public @Nullable Integer pvControlMinOffTime;
    public @Nullable Integer pvControlMaxAge;
    public @Nullable String pvControlFallback;
    public @Nullable Integer pvControlFallbackCurrent;

    /** The PV control's settings. @throws IllegalArgumentException naming the parameter out of range */
    V1SurplusSettings surplusSettings() {
        return V1SurplusSettings.of(pvControlEnabled, pvControlReserve, pvControlHysteresis, pvControlMinOnTime,
                pvControlMinOffTime, pvControlMaxAge, pvControlFallback, pvControlFallbackCurrent);
    }
}
