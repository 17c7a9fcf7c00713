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
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The command dispatcher and the {@code simulate} command line.
 */
@NonNullByDefault
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsAndSucceeds() {
        assertEquals(Command.OK, run("--help"));
        assertTrue(out().contains("simulate"), out());
        assertTrue(out().contains("replay"), out());
        assertTrue(out().contains("monitor"), out());
        assertTrue(out().contains("demo"), out());
    }

    @Test
    void monitorAndDemoAreReachableThroughTheDispatcher() {
        assertEquals(Command.USAGE, run("monitor"));
        assertTrue(err().contains("usage: monitor"), err());
        assertEquals(Command.OK, run("demo", "--help"));
        assertTrue(out().startsWith("usage: demo"), out());
    }

    @Test
    void noCommandPrintsUsageAndFailsAsAUsageError() {
        assertEquals(Command.USAGE, run());
        assertTrue(err().contains("usage:"), err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(Command.USAGE, run("fly"));
        assertTrue(err().contains("unknown command 'fly'"), err());
    }

    @Test
    void replayIsReachableThroughTheDispatcher() {
        assertEquals(Command.USAGE, run("replay"));
        assertTrue(err().contains("usage: replay"), err());
    }

    @Test
    void simulateHelpShowsItsOptions() {
        assertEquals(Command.OK, run("simulate", "--help"));
        for (String option : new String[] { "--port", "--broker", "--serials", "--firmware", "--base-style",
                "--plug-in", "--duration" }) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void simulateRejectsWrongOptionsWithAClearMessage() {
        assertEquals(Command.USAGE, run("simulate", "--colour", "red"));
        assertTrue(err().contains("unknown option --colour"), err());
        assertEquals(Command.USAGE, run("simulate", "--firmware", "99.9"));
        assertTrue(err().contains("no firmware profile for '99.9'"), err());
        assertEquals(Command.USAGE, run("simulate", "--port", "70000"));
        assertEquals(Command.USAGE, run("simulate", "--base-style", "sideways"));
        assertEquals(Command.USAGE, run("simulate", "--serials", "00/01"));
        assertEquals(Command.USAGE, run("simulate", "--duration"));
        assertEquals(Command.USAGE, run("simulate", "--broker", "tcp://localhost:1883", "--port", "1884"));
        assertEquals(Command.USAGE, run("simulate", "--api", "v3"));
        assertTrue(err().contains("--api must be v1 or v2, not v3"), err());
        assertEquals(Command.USAGE, run("simulate", "--port", "0", "--serials", "000001", "--v1-serials", "000001"));
        assertTrue(err().contains("every serial once"), err());
    }

    @Test
    void simulateAddsAControllerBesideTheChargers() {
        assertEquals(Command.OK, run("simulate", "--port", "0", "--serials", "000005", "--controller", "--plug-in",
                "--duration", "1"));
        assertTrue(out().contains("[900001] controller connected to tcp://127.0.0.1:")
                && out().contains("base topic /go-eController/900001/"), out());
    }

    @Test
    void simulateRunsApiV1ChargersAloneOrBesideApiV2Ones() {
        assertEquals(Command.OK, run("simulate", "--port", "0", "--serials", "000001", "--v1-serials", "000002",
                "--plug-in", "--duration", "1"));
        assertTrue(out().contains("[000001] connected to tcp://127.0.0.1:"), out());
        assertTrue(out().contains("[000002] connected to tcp://127.0.0.1:"), out());
        assertTrue(out().contains(", API v1 firmware 041.0, status every 5000 ms on /go-eCharger/000002/status"),
                out());

        assertEquals(Command.OK, run("simulate", "--port", "0", "--api", "v1", "--serials", "000003,000004",
                "--base-style", "noslash", "--duration", "1"));
        assertTrue(out().contains("[000004] connected to tcp://127.0.0.1:")
                && out().contains("status every 5000 ms on go-eCharger/000004/status"), out());
    }

    @Test
    void simulateRunsForTheGivenDurationAndReportsWhatItDid() {
        assertEquals(Command.OK, run("simulate", "--port", "0", "--serials", "000001,000002", "--firmware",
                "055.6", "--base-style", "noslash", "--plug-in", "--duration", "2"));
        String printed = out();
        assertTrue(printed.contains("embedded broker listening on tcp://127.0.0.1:"), printed);
        assertTrue(printed.contains("[000001] connected to"), printed);
        assertTrue(printed.contains("firmware 055.6, base topic go-eCharger/000002/"), printed);
        assertTrue(printed.contains("[000002] car 1 -> 3 (waiting for car)"), printed);
        assertTrue(printed.contains("stopped"), printed);
    }

    @Test
    void simulateReportsAnUnreachableBrokerAsAFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(Command.FAILED, run("simulate", "--broker", "tcp://127.0.0.1:" + closedPort, "--duration", "1"));
        assertTrue(err().startsWith("simulate: "), err());
    }
}
