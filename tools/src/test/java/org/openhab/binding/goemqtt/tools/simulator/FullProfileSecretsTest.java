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

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.demo.DemoCommand;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleLogger;

/**
 * The demo runs the real binding against a simulated charger with the full 60.5 profile, fake credentials
 * included; with every logger of the binding at trace, no credential reaches the printed states, the discovered
 * properties or a log line.
 */
@NonNullByDefault
class FullProfileSecretsTest {

    private static final int TRACE = 0;
    private static final String PACKAGE = "org/openhab/binding/goemqtt/";

    @Test
    void noFakeCredentialOfTheFullProfileShowsInStatesPropertiesOrTraceLogs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<SimpleLogger, Integer> levels = new LinkedHashMap<>();
        Field level = SimpleLogger.class.getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        PrintStream originalErr = System.err;
        int exit;
        try {
            for (String name : bindingClasses()) {
                if (LoggerFactory.getLogger(name) instanceof SimpleLogger simple) {
                    levels.put(simple, level.getInt(simple));
                    level.setInt(simple, TRACE);
                }
            }
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            exit = DemoCommand.run(new String[] { "--fast", "--duration", "10", "--all-channels" },
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
            for (Map.Entry<SimpleLogger, Integer> entry : levels.entrySet()) {
                level.setInt(entry.getKey(), entry.getValue());
            }
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertEquals(Command.OK, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(levels.size() > 10, "binding loggers at trace: " + levels.size());
        assertTrue(logged.contains("DEBUG") || logged.contains("TRACE"), "the binding logged at debug or trace");
        assertTrue(printed.contains("discovered goemqtt:charger:demo:000001"), printed);
        assertTrue(printed.contains("000001 mqtt#broker-url = mqtt://***@broker.example:1883"), printed);
        assertTrue(printed.contains("000001 credentials#ocpp-client-key = set"), printed);
        assertTrue(printed.contains("000001 load-management#phase-mapping"), "a generated key reached its channel");
        for (String secret : FullProfileTest.FAKE_SECRETS) {
            assertFalse(printed.contains(secret), secret + " printed");
            assertFalse(logged.contains(secret), secret + " logged");
        }
    }

    /** The names of the binding's classes (the loggers are named after them), from its classes folder or jar. */
    private static List<String> bindingClasses() throws IOException, URISyntaxException {
        Path location = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classNames(location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classNames(jar.getPath("/"));
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(PACKAGE))) {
            return files.map(file -> root.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
        }
    }
}
