/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.tools.simulator.ChargerModel;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.JsonValues;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The state of one simulated API v1 charger (hardware V2, firmware 041.0) without any MQTT: its status document,
 * the {@code key=value} commands and simulated time. The document starts as the captured one (serial and secrets
 * replaced); the charging itself is the API v2 simulator's {@link ChargerModel}, whose values are written into the
 * document in v1 form: strings, {@code car} 1-4 with faults in {@code err}, {@code pha} as bit flags, {@code nrg} in
 * 0.1 A, 0.1 kW and 0.01 kW, {@code dws} in deca-watt-seconds, {@code eto} in 0.1 kWh.
 *
 * <p>
 * {@code amx} sets the current as {@code amp} does without writing flash: the status shows it as {@code amp} (the
 * captured 041.0 document has no {@code amx}); {@code amp} writes flash ({@link #flashWrites()} counts it).
 * {@code alw} starts and stops charging. Not thread-safe: {@link SimulatedV1Charger} serialises all calls.
 */
@NonNullByDefault
public final class V1ChargerModel {

    /** The firmware of the captured document. */
    public static final String FIRMWARE = "041.0";
    static final String DOCUMENT = "/profiles/v1-041.0-status.txt";
    /** What the firmware shows for the Wi-Fi key (after 020). */
    static final String MASKED = "********";
    /** The fake hotspot key and MQTT key the simulator publishes (never a real one). */
    static final String FAKE_HOTSPOT_KEY = "sim-hotspot-key";
    static final String FAKE_MQTT_KEY = "sim-mqtt-key";
    private static final DateTimeFormatter TME = DateTimeFormatter.ofPattern("ddMMyyHHmm");

    private final String serial;
    private final ZoneId zone;
    private final JsonObject document;
    private final ChargerModel physics;
    private final long startRbt;
    private final long startEto;
    private final long startTmp;
    private final double startTotalWh;
    private final Instant start;
    private @Nullable Instant lastCurrent;
    /** The captured document's {@code dws}, the energy of the session before start, until a car is plugged in. */
    private long carriedDws;
    private int flashWrites;

    public V1ChargerModel(String serial, Instant start, ZoneId zone, long seed) {
        this.serial = serial;
        this.zone = zone;
        this.start = start;
        this.document = loadDocument();
        this.physics = new ChargerModel(serial, FirmwareProfile.of(FirmwareProfile.DEFAULT_VERSION), start, zone,
                seed);
        document.addProperty("sse", serial);
        document.addProperty("wke", MASKED);
        document.addProperty("wak", FAKE_HOTSPOT_KEY);
        document.addProperty("mck", FAKE_MQTT_KEY);
        this.startRbt = Long.parseLong(text("rbt"));
        this.startEto = Long.parseLong(text("eto"));
        this.startTmp = Long.parseLong(text("tmp"));
        this.carriedDws = Long.parseLong(text("dws"));
        this.startTotalWh = JsonValues.asDouble(physics.get("eto"), 0);
        physics.setValue("amp", text("amp"));
        physics.setValue("ama", text("ama"));
        physics.setValue("adi", "1".equals(text("adi")) ? "true" : "false");
        physics.setValue("frc", frcFor(text("alw")));
        physics.tick(Duration.ZERO);
        refresh();
    }

    static JsonObject loadDocument() {
        try (InputStream in = V1ChargerModel.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DOCUMENT);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
            return JsonParser.parseString(json).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String serial() {
        return serial;
    }

    /** The simulated time. */
    public Instant now() {
        return physics.now();
    }

    /** The status document as the charger publishes it now. */
    public JsonObject status() {
        return document.deepCopy();
    }

    /** A key's value as text (a JSON string's content, else its JSON), or {@code null} when there is no such key. */
    public @Nullable String value(String key) {
        return value(document, key);
    }

    /** A key's value in {@code status} as {@link #value(String)} gives it, or {@code null} without that key. */
    public static @Nullable String value(JsonObject status, String key) {
        JsonElement value = status.get(key);
        if (value == null) {
            return null;
        }
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString()
                : JsonValues.toJson(value);
    }

    /** How often {@code amp} was written to flash since start. */
    public int flashWrites() {
        return flashWrites;
    }

    /**
     * Handles one {@code cmd/req} payload, {@code key=value}, as the firmware does.
     *
     * @return {@code null} when it was accepted (the next status shows it), else why it was ignored
     */
    public @Nullable String command(String payload) {
        int equals = payload.indexOf('=');
        if (equals <= 0) {
            return "not key=value";
        }
        String key = payload.substring(0, equals).trim();
        String value = payload.substring(equals + 1).trim();
        String problem = V1Commands.check(key, value, texts());
        if (problem != null) {
            return problem;
        }
        switch (key) {
            case "amp" -> {
                flashWrites++;
                physics.setValue("amp", value);
            }
            case "amx" -> physics.setValue("amp", value);
            case "ama" -> physics.setValue("ama", value);
            case "alw" -> physics.setValue("frc", frcFor(value));
            default -> {
                // stored as it is; the charger's own logic reads it
            }
        }
        put("amx".equals(key) ? "amp" : key, "wke".equals(key) ? MASKED : value);
        physics.tick(Duration.ZERO);
        refresh();
        return null;
    }

    /** A car is plugged in: {@code car} 3, then 2 next tick if {@code alw} is 1. */
    public void plugIn() {
        if (!physics.isPlugged()) {
            carriedDws = 0;
        }
        physics.plugIn();
        refresh();
    }

    /** The car is unplugged: {@code car} 1, no current. */
    public void unplug() {
        physics.unplug();
        refresh();
    }

    /** Sets the fault code {@code err} (0 clears it); a fault stops charging. */
    public void setError(int code) {
        physics.setError(code);
        refresh();
    }

    /** Advances simulated time: energy grows, the charging logic runs, the document follows. */
    public void tick(Duration elapsed) {
        physics.tick(elapsed);
        // charging station logic of the key table: if (dwo != 0 && dws / 36000 >= dwo) alw = 0
        long dwo = Long.parseLong(text("dwo"));
        if ("2".equals(text("stp")) && dwo != 0 && sessionDws() / 36_000 >= dwo && "1".equals(text("alw"))) {
            put("alw", "0");
            physics.setValue("frc", frcFor("0"));
            physics.tick(Duration.ZERO);
        }
        refresh();
    }

    private void refresh() {
        int car = (int) JsonValues.asDouble(physics.get("car"), 1);
        put("car", Integer.toString(car == 5 ? (physics.isPlugged() ? 3 : 1) : car));
        put("err", Integer.toString(physics.error()));
        JsonArray v2 = physics.get("nrg") instanceof JsonArray array ? array : new JsonArray();
        document.add("nrg", nrg(v2));
        boolean flowing = v2.size() > 11 && v2.get(11).getAsDouble() > 0;
        Instant now = now();
        if (flowing || !physics.isPlugged()) {
            lastCurrent = flowing ? now : null;
        }
        Instant last = lastCurrent;
        put("lch", Long.toString(flowing || !physics.isPlugged() ? 0
                : Duration.between(last != null ? last : now, now).toSeconds()));
        put("pha", Integer.toString(phaseFlags()));
        put("dws", Long.toString(sessionDws()));
        double totalWh = JsonValues.asDouble(physics.get("eto"), startTotalWh);
        put("eto", Long.toString(startEto + (long) Math.floor((totalWh - startTotalWh) / 100)));
        long power = Math.round(v2.size() > 11 ? v2.get(11).getAsDouble() : 0);
        put("tmp", Long.toString(startTmp + power / 1000));
        put("rbt", Long.toString(startRbt + Duration.between(start, now).toMillis()));
        put("tme", TME.format(now.atZone(zone)));
    }

    /** {@code nrg} in v1 scaling: V, 0.1 A, 0.1 kW per phase and N, 0.01 kW in total, %. */
    private static JsonArray nrg(JsonArray v2) {
        JsonArray v1 = new JsonArray();
        for (int i = 0; i < 16; i++) {
            double value = v2.size() > i && v2.get(i).isJsonPrimitive() ? v2.get(i).getAsDouble() : 0;
            double scaled = i >= 4 && i <= 6 ? value * 10 : i >= 7 && i <= 10 ? value / 100 : i == 11 ? value / 10
                    : value;
            v1.add(new JsonPrimitive(Math.round(scaled)));
        }
        return v1;
    }

    /** Bit 0-2: phase 1-3 after the contactor, bit 3-5: before it; from the v2 {@code pha} array. */
    private int phaseFlags() {
        int flags = 0;
        if (physics.get("pha") instanceof JsonArray pha) {
            for (int i = 0; i < Math.min(6, pha.size()); i++) {
                flags |= JsonValues.asBoolean(pha.get(i), false) ? 1 << i : 0;
            }
        }
        return flags;
    }

    /** Energy of this session in deca-watt-seconds (1 Wh = 360 dws). */
    private long sessionDws() {
        return carriedDws + Math.round(JsonValues.asDouble(physics.get("wh"), 0) * 360);
    }

    private static String frcFor(String alw) {
        return "1".equals(alw) ? "0" : "1";
    }

    /** Stores a value in the document's form: a number where the document has a number, else a string. */
    private void put(String key, String value) {
        JsonElement old = document.get(key);
        if (old != null && old.isJsonPrimitive() && old.getAsJsonPrimitive().isNumber()) {
            document.add(key, JsonValues.number(Double.parseDouble(value), 0));
        } else {
            document.addProperty(key, value);
        }
    }

    private String text(String key) {
        String value = value(key);
        return value == null ? "0" : value;
    }

    private Map<String, String> texts() {
        Map<String, String> all = new LinkedHashMap<>();
        document.keySet().forEach(key -> all.put(key, text(key)));
        return all;
    }
}
