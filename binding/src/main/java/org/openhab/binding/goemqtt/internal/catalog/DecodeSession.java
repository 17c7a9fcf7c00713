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
import java.time.temporal.ChronoUnit;
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
 * Decoding for one charger over time. Places the charger's boot on the clock from its uptime ({@code rbt}), so
 * timestamps counted from boot become date-times, and decodes such values again when they arrived before the first
 * {@code rbt} (a retained burst comes in any order) and, for the growing charging duration, whenever {@code rbt}
 * arrives. Not thread-safe: use it from the one thread that handles a charger's messages.
 * <p>
 * The boot stays where the first {@code rbt} put it (arrival minus uptime, to the millisecond) while later ones agree
 * within {@link #BOOT_TOLERANCE}: each {@code rbt} arrives a little late by a varying delay, and placing the boot anew
 * every second would move every timestamp counted from boot by that jitter, so an unchanged value of such a key
 * ({@code lcs}, {@code alwt}, {@code lmsc}, …) would decode to a new date-time with every message. An event happened
 * at one moment; only a restart of the charger (its uptime starts again) or a clock that jumped places the boot anew.
 */
@NonNullByDefault
public final class DecodeSession {

    static final String UPTIME_KEY = "rbt";
    /** How far an uptime may place the boot from where it is before the boot moves (a restart, a clock step). */
    static final Duration BOOT_TOLERANCE = Duration.ofSeconds(1);

    private final Catalog catalog;
    private final ZoneId zone;
    private final Map<String, JsonElement> waitingForUptime = new LinkedHashMap<>();
    private final Map<String, JsonElement> growing = new LinkedHashMap<>();
    private @Nullable Instant boot;
    /** The context last made, for the millisecond of its arrival and the boot {@link #contextBoot}. */
    private @Nullable DecodeContext lastContext;
    private @Nullable Instant contextBoot;

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
                placeBoot(arrival.truncatedTo(ChronoUnit.MILLIS).minusMillis(millis.getAsLong()));
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

    /**
     * The context at {@code now} (to the millisecond): the uptime is the time passed since the boot, so a timestamp
     * counted from boot decodes to the same date-time whenever it is decoded. Messages of one millisecond share one.
     */
    public DecodeContext context(Instant now) {
        Instant known = boot;
        if (known == null) {
            return new DecodeContext(now, null, zone);
        }
        DecodeContext cached = lastContext;
        if (cached != null && known == contextBoot && cached.arrival().getEpochSecond() == now.getEpochSecond()
                && cached.arrival().getNano() / 1_000_000 == now.getNano() / 1_000_000) {
            return cached;
        }
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        DecodeContext context = new DecodeContext(at, Duration.between(known, at).toMillis(), zone);
        lastContext = context;
        contextBoot = known;
        return context;
    }

    /** The boot an uptime points to: kept unless it is more than the tolerance away from the one known. */
    private void placeBoot(Instant pointed) {
        Instant known = boot;
        if (known == null || Duration.between(known, pointed).abs().compareTo(BOOT_TOLERANCE) > 0) {
            boot = pointed;
        }
    }

    private void remember(String key, JsonElement value) {
        BootTime bootTime = catalog.bootTime(key); // one lookup in the catalog's plan of the key, shared by all
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
        if (boot == null && meaningful) {
            waitingForUptime.put(key, value);
        } else {
            waitingForUptime.remove(key);
        }
    }
}
