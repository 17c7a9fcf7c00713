/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads a capture of {@code mosquitto_sub -v} output from the test resources ({@code captures/<name>}): one
 * {@code <topic> <payload>} per line, split at the first space. Skips {@code #} comment lines (the source header),
 * blank lines and shell prompt lines ({@code $ ...}).
 */
@NonNullByDefault
public final class CaptureFile {

    /** One captured message; the payload is the rest of the line, verbatim. */
    public record Line(int number, String topic, String payload) {

        public byte[] payloadBytes() {
            return payload.getBytes(StandardCharsets.UTF_8);
        }
    }

    private CaptureFile() {
    }

    public static List<Line> read(String name) {
        return readResource("/captures/" + name);
    }

    /**
     * Lines in the capture format from any test resource, e.g. a fixture written from documents where no real
     * capture exists (outside {@code /captures/}, which holds real traffic only).
     */
    public static List<Line> readResource(String resource) {
        try (InputStream in = CaptureFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (line.isBlank() || line.startsWith("#") || line.startsWith("$ ")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space <= 0) {
                throw new IllegalStateException("line " + (i + 1) + " is not '<topic> <payload>': " + line);
            }
            lines.add(new Line(i + 1, line.substring(0, space), line.substring(space + 1)));
        }
        return lines;
    }
}
