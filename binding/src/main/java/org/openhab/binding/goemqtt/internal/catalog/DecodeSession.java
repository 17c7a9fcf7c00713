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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Codec.BootTime;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;

import com.google.gson.JsonElement;

/**
 * Decoding for one charger over time. Keeps the charger's uptime ({@code rbt}) so timestamps counted from boot
 * become date-times, and decodes such values again when they arrived before the first {@code rbt} (a retained burst
 * comes in any order) and, for the growing charging duration, whenever {@code rbt} arrives. Not thread-safe: use it
 * from the one thread that handles a charger's messages.
 */
@NonNullByDefault
public final class DecodeSession {

    static final String UPTIME_KEY = "rbt";

    private final Catalog catalog;
    private final ZoneId zone;
    private final Map<String, JsonElement> waitingForUptime = new LinkedHashMap<>();
    private final Map<String, JsonElement> growing = new LinkedHashMap<>();
    private @Nullable Long uptime;
    private @Nullable Instant uptimeArrival;

    public DecodeSession(Catalog catalog, ZoneId zone) {
        this.catalog = catalog;
        this.zone = zone;
    }

    /** The states of one value of {@code key} that arrived at {@code arrival}, plus states it completes. */
    public Catalog.Decoded accept(String key, JsonElement value, Instant arrival) {
        boolean newUptime = false;
        if (UPTIME_KEY.equals(key)) {
            OptionalLong millis = JsonValues.integral(value);
            if (millis.isPresent()) {
                uptime = millis.getAsLong();
                uptimeArrival = arrival;
                newUptime = true;
            }
        }
        DecodeContext context = context(arrival);
        Catalog.Decoded decoded = catalog.decode(key, value, context);
        remember(key, value);
        if (!newUptime || (waitingForUptime.isEmpty() && growing.isEmpty())) {
            return decoded;
        }
        List<ChannelState> states = new ArrayList<>(decoded.states());
        for (Map.Entry<String, JsonElement> entry : waitingForUptime.entrySet()) {
            states.addAll(catalog.decode(entry.getKey(), entry.getValue(), context).states());
        }
        waitingForUptime.clear();
        for (Map.Entry<String, JsonElement> entry : growing.entrySet()) {
            states.addAll(catalog.decode(entry.getKey(), entry.getValue(), context).states());
        }
        return new Catalog.Decoded(states, decoded.problems(), decoded.raw());
    }

    /** The context at {@code now}: the last {@code rbt} advanced by the time passed since it arrived. */
    public DecodeContext context(Instant now) {
        Long known = uptime;
        Instant knownAt = uptimeArrival;
        if (known == null || knownAt == null) {
            return new DecodeContext(now, null, zone);
        }
        return new DecodeContext(now, known + Duration.between(knownAt, now).toMillis(), zone);
    }

    private void remember(String key, JsonElement value) {
        BootTime bootTime = catalog.bootTime(key);
        if (bootTime == BootTime.NONE) {
            return;
        }
        boolean meaningful = !value.isJsonNull();
        if (bootTime == BootTime.CONTINUOUS) {
            if (meaningful) {
                growing.put(key, value);
            } else {
                growing.remove(key);
            }
        }
        if (uptime == null && meaningful) {
            waitingForUptime.put(key, value);
        } else {
            waitingForUptime.remove(key);
        }
    }
}
