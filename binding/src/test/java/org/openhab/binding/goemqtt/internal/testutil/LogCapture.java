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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.simple.SimpleLogger;

/**
 * Captures everything logged while it is open, at the most detailed level: our classes' slf4j loggers (the test
 * runtime's simple logger writes to {@code System.err}, which is redirected here) and the client library's
 * {@code java.util.logging} output. Used to prove that secrets never reach a log.
 */
@NonNullByDefault
public final class LogCapture implements AutoCloseable {

    private static final int TRACE = 0;
    private static final String LIBRARY_LOGGER = "org.eclipse.paho";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final Map<SimpleLogger, Integer> originalLevels = new LinkedHashMap<>();
    private final java.util.logging.Logger libraryLogger = java.util.logging.Logger.getLogger(LIBRARY_LOGGER);
    private final @Nullable Level originalLibraryLevel = libraryLogger.getLevel();
    private final Handler libraryHandler = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(@Nullable LogRecord logRecord) {
            if (logRecord != null) {
                synchronized (buffer) {
                    buffer.writeBytes(formatter.format(logRecord).getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Starts capturing, with the loggers of these classes set to trace. */
    public LogCapture(Class<?>... classes) throws ReflectiveOperationException {
        Field level = SimpleLogger.class.getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        for (Class<?> type : classes) {
            Logger logger = LoggerFactory.getLogger(type);
            if (logger instanceof SimpleLogger simple) {
                originalLevels.put(simple, level.getInt(simple));
                level.setInt(simple, TRACE);
            }
        }
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        libraryLogger.setLevel(Level.ALL);
        libraryLogger.addHandler(libraryHandler);
    }

    /** Everything captured so far. */
    public String text() {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws ReflectiveOperationException {
        System.setErr(originalErr);
        libraryLogger.removeHandler(libraryHandler);
        libraryLogger.setLevel(originalLibraryLevel);
        Field level = SimpleLogger.class.getDeclaredField("currentLogLevel");
        level.setAccessible(true);
        for (Map.Entry<SimpleLogger, Integer> entry : originalLevels.entrySet()) {
            level.setInt(entry.getKey(), entry.getValue());
        }
    }
}
