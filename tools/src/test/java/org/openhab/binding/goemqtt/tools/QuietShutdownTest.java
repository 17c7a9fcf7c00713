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

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.demo.DemoCommand;
import org.openhab.binding.goemqtt.tools.monitor.MonitorCommand;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.SimulateCommand;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;

/**
 * The tools a newcomer runs end without an error line or a stack trace in the log when nothing went wrong: every
 * client says goodbye before the embedded broker stops (issue 17).
 */
@NonNullByDefault
class QuietShutdownTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void simulateWithSeveralChargersEndsWithoutAnErrorInTheLog() {
        assertQuietEnd(() -> SimulateCommand.run(new String[] { "--port", "0", "--serials", "000001,000002,000003",
                "--plug-in", "--duration", "2" }, outStream, errStream), "stopped\n");
    }

    @Test
    void monitorEndsWithoutAnErrorInTheLogAndSoDoesTheSimulationItWatched() {
        assertQuietEnd(() -> {
            try (Simulation simulation = Simulation.builder().port(0).serials(List.of("072250"))
                    .firmware(FirmwareProfile.of("60.5")).start()) {
                simulation.charger("072250").plugIn();
                simulation.startRealTime();
                return MonitorCommand.run(new String[] { "--broker", simulation.brokerUri(), "--client-id",
                        "goemqtt-quiet-monitor", "--duration", "2" }, outStream, errStream);
            } catch (IOException | MqttException e) {
                throw new IllegalStateException(e);
            }
        }, "[072250] status#car-state = 2 (Charging)");
    }

    @Test
    void theDemoEndsWithoutAnErrorInTheLogBeforeItSaysFinished() {
        assertQuietEnd(() -> DemoCommand.run(new String[] { "--fast", "--duration", "10" }, outStream, errStream),
                "demo finished");
    }

    @Test
    void theCapturedLogWouldShowAnErrorLineAndItsStackTrace() {
        List<String> errors;
        try (ErrorLog log = new ErrorLog()) {
            org.slf4j.LoggerFactory.getLogger(QuietShutdownTest.class).error("broken", new IllegalStateException("x"));
            errors = log.errorLines();
        }
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).contains("ERROR") && errors.get(0).contains("broken"), errors.toString());
        assertTrue(errors.stream().anyMatch(line -> line.startsWith("\tat ")), errors.toString());
    }

    /** Runs a tool with the log captured: it succeeds, prints {@code expected}, and nothing is logged as an error. */
    private void assertQuietEnd(IntSupplier tool, String expected) {
        List<String> errors;
        int code;
        try (ErrorLog log = new ErrorLog()) {
            code = tool.getAsInt();
            errors = log.errorLines();
        }
        assertEquals(Command.OK, code, text(err));
        assertTrue(text(out).contains(expected), text(out));
        assertEquals(List.of(), errors);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
