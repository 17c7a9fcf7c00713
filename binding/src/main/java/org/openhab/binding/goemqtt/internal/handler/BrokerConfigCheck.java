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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveryBase;

/**
 * The cheap checks of a bridge configuration, done before anything starts: where the broker is, and the discovery
 * base topics. What the transport checks itself (ports, TLS files, durations) it reports when it is created.
 */
@NonNullByDefault
final class BrokerConfigCheck {

    private BrokerConfigCheck() {
    }

    /**
     * The status text of the first problem of {@code config}, or null when there is none; the discovery bases are
     * added to {@code bases} (an empty list switches discovery off).
     */
    static @Nullable String check(BrokerConfiguration config, List<DiscoveryBase> bases) {
        String uri = config.uri;
        String host = config.host;
        boolean noUri = uri == null || uri.isBlank();
        if (noUri && (host == null || host.isBlank())) {
            return BrokerStatusTexts.missingHost();
        }
        for (String base : config.discoveryBaseTopics) {
            if (base == null || base.isBlank()) {
                continue;
            }
            try {
                DiscoveryBase parsed = DiscoveryBase.of(base.trim());
                if (!bases.contains(parsed)) {
                    bases.add(parsed);
                }
            } catch (IllegalArgumentException e) {
                return BrokerStatusTexts.invalidDiscoveryBase(base, String.valueOf(e.getMessage()));
            }
        }
        return null;
    }
}
