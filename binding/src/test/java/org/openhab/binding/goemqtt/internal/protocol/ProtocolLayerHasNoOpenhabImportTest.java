/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The protocol layer knows MQTT and go-e, nothing of openHAB and nothing of the layers above it: no reference to
 * an {@code org.openhab} package other than this binding's own, and none to the binding's catalog, handler or
 * discovery packages. Scans every source file below the protocol package, sub-packages (the Paho adapter)
 * included.
 */
@NonNullByDefault
class ProtocolLayerHasNoOpenhabImportTest {

    private static final Path PROTOCOL_SOURCES = Path.of(System.getProperty("basedir", "."),
            "src/main/java/org/openhab/binding/goemqtt/internal/protocol");

    /** Any {@code org.openhab.} reference (import, static import or qualified name) outside this binding. */
    private static final Pattern FOREIGN_OPENHAB = Pattern
            .compile("\\borg\\.openhab\\.(?!binding\\.goemqtt\\.)[\\w.]*");

    /** This binding's layers above the protocol. */
    private static final Pattern UPPER_LAYER = Pattern
            .compile("\\borg\\.openhab\\.binding\\.goemqtt\\.internal\\.(?!protocol\\b)[\\w.]*");

    @Test
    void noProtocolSourceReferencesOpenhab() {
        List<String> offences = offences(FOREIGN_OPENHAB);
        assertEquals(List.of(), offences, "the protocol layer must not depend on openHAB");
    }

    @Test
    void noProtocolSourceReferencesTheLayersAboveIt() {
        assertEquals(List.of(), offences(UPPER_LAYER), "the protocol layer must not depend on catalog or handlers");
    }

    @Test
    void theScanSeesTheProtocolSources() {
        List<Path> files = sources();
        assertTrue(files.stream().anyMatch(file -> file.endsWith("BaseTopic.java")), "scanned " + files);
        assertTrue(files.stream().anyMatch(file -> file.endsWith("transport/MqttTransport.java")),
                "sub-packages are scanned too: " + files);
    }

    @Test
    void theScanRecognisesWhatItMustRefuse() {
        assertTrue(FOREIGN_OPENHAB.matcher("import org.openhab.core.library.types.DecimalType;").find());
        assertTrue(FOREIGN_OPENHAB.matcher("import static org.openhab.core.thing.ThingStatus.ONLINE;").find());
        assertTrue(FOREIGN_OPENHAB.matcher("org.openhab.core.types.State state;").find());
        assertFalse(FOREIGN_OPENHAB.matcher("import org.openhab.binding.goemqtt.internal.protocol.Foo;").find());
        assertTrue(UPPER_LAYER.matcher("import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;").find());
        assertFalse(UPPER_LAYER.matcher("import org.openhab.binding.goemqtt.internal.protocol.transport.X;").find());
    }

    private static List<String> offences(Pattern pattern) {
        List<String> offences = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = pattern.matcher(lines[i]);
                if (matcher.find()) {
                    offences.add(PROTOCOL_SOURCES.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
                }
            }
        }
        return offences;
    }

    private static List<Path> sources() {
        assertTrue(Files.isDirectory(PROTOCOL_SOURCES), "protocol sources not found at " + PROTOCOL_SOURCES);
        try (Stream<Path> files = Files.walk(PROTOCOL_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
