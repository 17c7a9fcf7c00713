/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.JsonValues;

/**
 * The retained burst of a real charger as captured ({@code mosquitto_sub -v} lines: topic, one space, payload),
 * read from the firmware profiles the simulator ships ({@code /profiles/*.txt} on the class path). Payloads are
 * kept byte for byte; only the first message per key counts (later lines are live updates).
 */
@NonNullByDefault
public final class CapturedBurst {

    /** The newest firmware's capture: the largest key set. */
    public static final String DEFAULT_CAPTURE = "fw60.5-v3-retained-burst.txt";

    /** One captured message: the key (last topic level), the topic and the payload text. */
    public record Message(String key, String topic, String payload) {

        public byte[] payloadBytes() {
            return payload.getBytes(StandardCharsets.UTF_8);
        }
    }

    private final String base;
    private final List<Message> messages;

    private CapturedBurst(String base, List<Message> messages) {
        this.base = base;
        this.messages = List.copyOf(messages);
    }

    /** The burst of {@link #DEFAULT_CAPTURE}. */
    public static CapturedBurst standard() {
        return read(DEFAULT_CAPTURE);
    }

    /**
     * The burst of {@link #DEFAULT_CAPTURE} followed by the keys the simulator's 60.5 profile adds to it (its
     * generated values for every other key that firmware exports), so that a figure meets the whole catalog. The
     * captured messages stay byte for byte.
     */
    public static CapturedBurst fullProfile() {
        CapturedBurst captured = standard();
        List<Message> messages = new ArrayList<>(captured.messages);
        Set<String> keys = new HashSet<>();
        captured.messages.forEach(message -> keys.add(message.key()));
        FirmwareProfile.of(FirmwareProfile.DEFAULT_VERSION).initialValues().forEach((key, value) -> {
            if (keys.add(key)) {
                messages.add(new Message(key, captured.base + key, JsonValues.toJson(value)));
            }
        });
        return new CapturedBurst(captured.base, messages);
    }

    /** The burst of one capture file of the simulator's profiles. */
    public static CapturedBurst read(String file) {
        String resource = "/profiles/" + file;
        Map<String, Message> byKey = new LinkedHashMap<>();
        String base = "";
        try (InputStream in = CapturedBurst.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (shipped by the tools module)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int space = line.indexOf(' ');
                if (line.isBlank() || line.startsWith("#") || space < 0) {
                    continue;
                }
                String topic = line.substring(0, space);
                int slash = topic.lastIndexOf('/');
                base = topic.substring(0, slash + 1);
                String key = topic.substring(slash + 1);
                byKey.putIfAbsent(key, new Message(key, topic, line.substring(space + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CapturedBurst(base, new ArrayList<>(byKey.values()));
    }

    /** The charger's base topic in the capture, e.g. {@code /go-eCharger/072246/}. */
    public String base() {
        return base;
    }

    public List<Message> messages() {
        return messages;
    }

    /** The captured message of {@code key}. */
    public Message message(String key) {
        return messages.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the capture has no key " + key));
    }

    /** The same burst below another base topic (another charger). */
    public List<Message> under(String otherBase) {
        return messages.stream().map(m -> new Message(m.key(), otherBase + m.key(), m.payload())).toList();
    }
}
