/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The code lists of API v1 keys whose codes differ from the v2 key of the same meaning (the v1 documents, section 2).
 * Codes not listed still reach openHAB as their number.
 */
@NonNullByDefault
public final class V1Codes {

    /** err: v1 knows four errors; 10 is "internal" on v1 and "contactor missing" on v2. */
    public static final CodeList ERROR = CodeList.of("v1-error", //
            "0=None", //
            "1=Residual current", //
            "3=Phase fault", //
            "8=No ground", //
            "10=Internal error"); //

    /** ast: 2 is the flexible tariff (automatic) on v1, EVCMS on v2's acs. */
    public static final CodeList ACCESS_STATE = CodeList.of("v1-access-state", //
            "0=Open", //
            "1=RFID or app needed", //
            "2=Flexible tariff (automatic)"); //

    /** stp: automatic stop; only 0 and 2 are documented. */
    public static final CodeList STOP_STATE = CodeList.of("v1-stop-state", //
            "0=Off", //
            "2=Stop after energy limit"); //

    /** wst: only 3 is documented; every other code means not connected (it shows as its number). */
    public static final CodeList WIFI_STATUS = CodeList.of("v1-wifi-status", //
            "3=Connected"); //

    private V1Codes() {
    }
}
