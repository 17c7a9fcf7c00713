/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.benchmarks.CapturedBurst;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Message streams made from a captured burst: the keys, topics and payloads a real charger sends, with the values
 * that change every second (uptime {@code rbt}, clock {@code utc}/{@code loc}, measurements {@code nrg}) moved on.
 */
@NonNullByDefault
public final class Streams {

    /** The channel {@code rbt} feeds: one state per {@code rbt} message that changed. */
    public static final String UPTIME_CHANNEL = "device#uptime";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS",
            Locale.ROOT);

    private Streams() {
    }

    /** The burst as retained messages below {@code base}. */
    public static List<Outgoing> retained(CapturedBurst burst, String base) {
        return burst.under(base).stream()
                .map(m -> new Outgoing(m.topic(), m.payload().getBytes(StandardCharsets.UTF_8), true)).toList();
    }

    /**
     * {@code cycles} times every key of the burst below {@code base} (not retained), as a charger that republishes
     * everything would send it: in cycle {@code i} {@code rbt} is {@code i} seconds later, the clocks too, and the
     * first voltage of {@code nrg} differs; every other value is the captured one.
     */
    public static List<Outgoing> cycles(CapturedBurst burst, String base, int cycles) {
        List<Outgoing> stream = new ArrayList<>();
        long uptime = Long.parseLong(burst.message("rbt").payload());
        for (int i = 0; i < cycles; i++) {
            for (CapturedBurst.Message message : burst.under(base)) {
                String payload = moved(message, uptime + 1000L * (i + 1), Instant.now().plusSeconds(i), i);
                stream.add(new Outgoing(message.topic(), payload.getBytes(StandardCharsets.UTF_8), false));
            }
        }
        return stream;
    }

    /** The payload of {@code message} at uptime {@code rbt} and clock {@code now}. */
    public static String moved(CapturedBurst.Message message, long rbt, Instant now, int cycle) {
        return switch (message.key()) {
            case "rbt" -> Long.toString(rbt);
            case "utc" -> quoted(LocalDateTime.ofInstant(now, ZoneOffset.UTC).format(CLOCK));
            case "loc" -> quoted(LocalDateTime.ofInstant(now, ZoneOffset.UTC).format(CLOCK) + " +00:00");
            case "nrg" -> {
                JsonArray values = JsonParser.parseString(message.payload()).getAsJsonArray();
                values.set(0, new JsonPrimitive(225 + cycle % 11));
                yield values.toString();
            }
            default -> message.payload();
        };
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
