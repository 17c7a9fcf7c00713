/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the tools' logger writes while it is open: slf4j-simple prints to whatever {@code System.err} is at the time
 * of each line, so redirecting it catches the broker's, the client library's and our own log lines. Lines that are
 * an error or part of a stack trace are picked out.
 */
@NonNullByDefault
final class ErrorLog implements AutoCloseable {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream original = System.err;

    ErrorLog() {
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    /** Everything written to {@code System.err} while open. */
    String text() {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The lines at level ERROR and the lines of stack traces ({@code \tat ...}, {@code Caused by: ...}). */
    List<String> errorLines() {
        return text().lines().filter(line -> line.contains(" ERROR ") || line.startsWith("ERROR ")
                || line.startsWith("\tat ") || line.startsWith("Caused by: ") || line.contains("Exception:"))
                .toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
