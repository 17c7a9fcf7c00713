/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * What one firmware version publishes: its keys in the order of its retained burst, their first values, the keys
 * it accepts on {@code /set} without publishing them, and whether it answers on {@code /result} (from 051.5 on).
 *
 * <p>
 * The key sets and value shapes are read at run time from the real retained bursts in
 * {@code /profiles/*.txt} (copies of the captures, byte for byte, with their source line). The 60.5 profile adds,
 * after the burst, every other key that firmware exports, with the project's own plausible values from
 * {@value #GENERATED_60_5} (its {@code notPublished} member names the exported keys left out and why); the
 * capture's own keys keep their captured values. Each profile is a fresh deep copy, so a charger may change its
 * values freely.
 */
@NonNullByDefault
public final class FirmwareProfile {

    /** The profile used when none is named. */
    public static final String DEFAULT_VERSION = "60.5";

    /**
     * Keys that 040.0 lacks compared to 055.2: the PV-surplus and phase-switch group (grid/PV/battery read-back,
     * {@code deltap}, {@code psm}), {@code cards} and the split {@code dns} object, all first documented together
     * with the PV-surplus API in April 2022, after the 04x firmware line.
     */
    static final List<String> KEYS_ADDED_AFTER_040 = List.of("dns", "pgrid", "ppv", "pakku", "deltap", "psm",
            "cards");

    /** 040.0 has no capture of its own: its profile is 055.2's without the keys added later. */
    private static final String CAPTURE_055_2 = "fw055.2-v3-retained-burst.txt";
    private static final Map<String, String> CAPTURES = Map.of( //
            "055.2", CAPTURE_055_2, //
            "055.6", "fw055.6-v3-retained-burst.txt", //
            "60.5", "fw60.5-v3-retained-burst.txt");
    private static final List<String> VERSIONS = List.of("040.0", "055.2", "055.6", "60.5");
    /** The exported keys the captured 60.5 burst lacks, with values written for this project. */
    static final String GENERATED_60_5 = "fw60.5-generated-keys.json";

    private final String version;
    private final boolean answersResult;
    private final Map<String, JsonElement> values;
    private final Set<String> unpublishedSettable;

    private FirmwareProfile(String version, boolean answersResult, Map<String, JsonElement> values,
            Set<String> unpublishedSettable) {
        this.version = version;
        this.answersResult = answersResult;
        this.values = values;
        this.unpublishedSettable = unpublishedSettable;
    }

    /** The versions that have a profile, oldest first. */
    public static List<String> versions() {
        return VERSIONS;
    }

    /**
     * The profile of a firmware version; {@code 55.6} and {@code 055.6} name the same one.
     *
     * @throws IllegalArgumentException for a version without a profile
     */
    public static FirmwareProfile of(String version) {
        String normalised = normalise(version);
        if ("040.0".equals(normalised)) {
            return derive040();
        }
        String file = CAPTURES.get(normalised);
        if (file == null) {
            throw new IllegalArgumentException(
                    "no firmware profile for '" + version + "'; known: " + String.join(", ", VERSIONS));
        }
        Map<String, JsonElement> values = readRetainedBurst(file);
        if (DEFAULT_VERSION.equals(normalised)) {
            readGenerated(GENERATED_60_5).forEach(values::putIfAbsent);
        }
        Set<String> unpublished = new LinkedHashSet<>(List.of("fna", "ids", "mcr"));
        unpublished.removeAll(values.keySet());
        return new FirmwareProfile(normalised, true, values, Collections.unmodifiableSet(unpublished));
    }

    private static FirmwareProfile derive040() {
        Map<String, JsonElement> values = readRetainedBurst(CAPTURE_055_2);
        KEYS_ADDED_AFTER_040.forEach(values::remove);
        values.put("fwv", new JsonPrimitive("040.0"));
        // before 051.5 MQTT writes needed no permission (no mcr) and the PV-surplus input ids did not exist
        return new FirmwareProfile("040.0", false, values, Set.of("fna"));
    }

    private static String normalise(String version) {
        String trimmed = version.trim().toLowerCase(Locale.ROOT);
        String[] parts = trimmed.split("\\.", 2);
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major < 60 ? String.format(Locale.ROOT, "%03d.%d", major, minor) : major + "." + minor;
        } catch (NumberFormatException e) {
            return trimmed;
        }
    }

    private static Map<String, JsonElement> readRetainedBurst(String file) {
        String resource = "/profiles/" + file;
        Map<String, JsonElement> values = new LinkedHashMap<>();
        try (InputStream in = FirmwareProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String topic = line.substring(0, space);
                String key = topic.substring(topic.lastIndexOf('/') + 1);
                // the first message per key is the retained one; later lines are live updates
                if (!values.containsKey(key)) {
                    values.put(key, JsonValues.parse(line.substring(space + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonValues.InvalidJsonException e) {
            throw new IllegalStateException("capture " + resource + " holds a value that is not JSON", e);
        }
        return values;
    }

    private static Map<String, JsonElement> readGenerated(String file) {
        String resource = "/profiles/" + file;
        try (InputStream in = FirmwareProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonElement whole = JsonValues.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new LinkedHashMap<>(whole.getAsJsonObject().getAsJsonObject("values").asMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonValues.InvalidJsonException | IllegalStateException | ClassCastException e) {
            throw new IllegalStateException(resource + " is not an object with the member 'values'", e);
        }
    }

    /** The firmware version as the charger reports it in {@code fwv}, e.g. {@code 055.6}. */
    public String version() {
        return version;
    }

    /** Whether this firmware answers every {@code /set} on {@code <key>/result} (051.5 and later). */
    public boolean answersResult() {
        return answersResult;
    }

    /** The published keys in the order of the retained burst. */
    public Set<String> publishedKeys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** Whether this firmware publishes the key. */
    public boolean publishes(String key) {
        return values.containsKey(key);
    }

    /** Keys accepted on {@code /set} that this firmware never publishes (no echo), e.g. {@code fna}. */
    public Set<String> unpublishedSettableKeys() {
        return unpublishedSettable;
    }

    /** A deep copy of the first value of every published key, in burst order. */
    public Map<String, JsonElement> initialValues() {
        Map<String, JsonElement> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(key, value.deepCopy()));
        return copy;
    }

    @Override
    public String toString() {
        return version;
    }
}
