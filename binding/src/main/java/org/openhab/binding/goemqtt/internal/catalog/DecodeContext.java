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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What decoding needs besides the value: when the message arrived, the charger's uptime at that moment
 * ({@code rbt}, milliseconds since boot, if known) and the zone date-times are shown in. Timestamps the charger sends
 * as "milliseconds since boot" become date-times as {@code arrival - (rbt - value)}.
 *
 * @param arrival when the message arrived
 * @param rbt the charger's milliseconds since boot at {@code arrival}, or null while unknown
 * @param zone the zone of the date-times produced
 */
@NonNullByDefault
public record DecodeContext(Instant arrival, @Nullable Long rbt, ZoneId zone) {

    /** A context in the system's zone. */
    public static DecodeContext of(Instant arrival, @Nullable Long rbt) {
        return new DecodeContext(arrival, rbt, ZoneId.systemDefault());
    }

    /** The moment {@code millis} milliseconds after the charger's boot; null while {@code rbt} is unknown. */
    public @Nullable ZonedDateTime sinceBoot(long millis) {
        Long uptime = rbt;
        if (uptime == null) {
            return null;
        }
        return arrival.minusMillis(uptime - millis).atZone(zone);
    }
}
