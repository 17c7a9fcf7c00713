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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Keys that are never channels, each with its reason: writing them reboots the charger, erases what it stores,
 * starts a firmware update or invalidates a credential, so a misclick on a panel must not reach them. The catalog
 * gives them no typed row, no raw channel (a value the charger publishes under such a key is dropped) and no
 * writer, so no channel command can set them. The reboot is offered as the rule action
 * {@code restartCharger()}; the rest is left to the go-e app. A coverage test of the catalog counts these keys as
 * decided.
 */
@NonNullByDefault
public final class ExcludedKeys {

    private static final Map<String, String> REASONS = Map.of( //
            "rst", "reboots the charger (charging stops, offline for seconds): only the rule action restartCharger()",
            "delw", "deletes a stored Wi-Fi configuration: the charger may lose its network, and this binding with it",
            "del", "erases an RFID card slot (name, energy counter, card id)",
            "lrn", "learns the last card read into a slot, overwriting the card stored there",
            "oct", "starts a firmware update from the cloud (the charger reboots, charging stops)",
            "cak", "writing any value generates a new cloud API key and invalidates the old one; the key itself is a "
                    + "credential, never shown");

    private ExcludedKeys() {
    }

    /** Key → why it is never a channel. */
    public static Map<String, String> reasons() {
        return REASONS;
    }

    public static boolean isExcluded(String key) {
        return REASONS.containsKey(key);
    }
}
