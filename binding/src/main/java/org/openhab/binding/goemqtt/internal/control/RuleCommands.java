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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the rule actions ({@link ChargerActions}) do, one method per action, each answering the rule's text
 * ({@code success}, the charger's text, {@code timeout}, {@code not connected}, {@code unconfirmed},
 * {@code refused: …}). {@link ControlCommands} does it for API v2 chargers; an API v1 charger answers the actions it
 * cannot do with {@code refused: …} and the reason.
 */
@NonNullByDefault
public interface RuleCommands {

    String setChargingCurrent(int amps);

    String setTemporaryCurrentLimit(int amps);

    String clearTemporaryCurrentLimit();

    String startCharging();

    String stopCharging();

    String resumeAutomaticCharging();

    String setPhaseMode(@Nullable String mode);

    String setLogicMode(@Nullable String mode);

    String sendPvData(double gridWatts, double pvWatts, double batteryWatts);

    String restartCharger();

    String setKey(@Nullable String key, @Nullable String json);
}
