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

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * What an API v1 status object needs before its members are decoded one by one: the v1 documents' app logic for
 * one-phase chargers wired on N. When {@code pha} shows phase 1 only in front of the contactor and {@code nrg[3]} (N)
 * reads more than {@code nrg[0]} (L1), the charger measured L1 on the N input: {@code nrg[0]}, {@code nrg[7]} and
 * {@code nrg[12]} take the values of {@code nrg[3]}, {@code nrg[10]} and {@code nrg[15]}.
 */
@NonNullByDefault
public final class V1StatusLogic {

    private static final int PHASE_1_BEFORE_CONTACTOR_ONLY = 1;
    private static final int[][] N_TO_L1 = { { 3, 0 }, { 10, 7 }, { 15, 12 } };
    private static final int NRG_LENGTH = 16;

    private V1StatusLogic() {
    }

    /**
     * The members of a status ({@code key} → value as sent) with the app logic applied to {@code nrg}: a copy in the
     * same order when it applies, else {@code status} itself (never changed). Values of an unexpected shape are left
     * as they are for the decoder to report.
     */
    public static Map<String, JsonElement> forDecoding(Map<String, JsonElement> status) {
        JsonElement nrg = status.get("nrg");
        if (!(nrg instanceof JsonArray array) || array.size() < NRG_LENGTH
                || !wiredOnNeutral(status.get("pha"), array)) {
            return status;
        }
        JsonArray fixed = array.deepCopy();
        for (int[] move : N_TO_L1) {
            fixed.set(move[1], array.get(move[0]));
        }
        Map<String, JsonElement> copy = new LinkedHashMap<>(status);
        copy.put("nrg", fixed);
        return copy;
    }

    private static boolean wiredOnNeutral(@Nullable JsonElement pha, JsonArray nrg) {
        try {
            if (pha == null || pha.isJsonNull() || Json.whole(pha) / 8 != PHASE_1_BEFORE_CONTACTOR_ONLY) {
                return false;
            }
            BigDecimal neutral = Json.number(nrg.get(3));
            BigDecimal l1 = Json.number(nrg.get(0));
            return neutral.compareTo(l1) > 0;
        } catch (ShapeException e) {
            return false;
        }
    }
}
