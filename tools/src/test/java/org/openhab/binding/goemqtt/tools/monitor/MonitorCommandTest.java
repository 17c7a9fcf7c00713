/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.monitor;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.simulator.BaseTopic;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;

/**
 * The monitor against the embedded broker and simulated chargers: what it prints, and how it reports wrong command
 * lines and brokers it cannot reach.
 */
@NonNullByDefault
class MonitorCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsEachChargersIdentityAndThenItsValuesAsTheBindingDecodesThem() throws Exception {
        try (Simulation simulation = Simulation.builder().port(0).serials(List.of("072246", "072247"))
                .firmware(FirmwareProfile.of("60.5")).start()) {
            simulation.charger("072246").plugIn();
            simulation.tickAll();
            simulation.charger("072247").setWritesAllowed(false);

            assertEquals(Command.OK, run("--broker", simulation.brokerUri(), "--duration", "2"), err());
        }
        String printed = out();
        assertTrue(printed.contains("connected: "), printed);
        assertTrue(printed.contains("found charger 072246 under /go-eCharger/072246/\n"), printed);
        assertTrue(printed.contains("charger 072246: base topic /go-eCharger/072246/, firmware 60.5, type go-eCharger, "
                + "variant 11 kW, MQTT writes on\n"), printed);
        assertTrue(printed.contains("charger 072247: base topic /go-eCharger/072247/, firmware 60.5, type go-eCharger, "
                + "variant 11 kW, MQTT writes off (read-only)\n"), printed);
        assertTrue(printed.contains("[072246] status#car-state = 2 (Charging)\n"), printed);
        assertTrue(printed.matches("(?s).*\\[072246] energy#power = [1-9][0-9.]* W\n.*"), printed);
        assertTrue(printed.contains("[072247] energy#power = 0 W\n"), printed);
        assertTrue(printed.indexOf("charger 072246: ") < printed.indexOf("[072246] "), "identity comes first");
        assertTrue(printed.endsWith("stopped\n"), printed);
    }

    @Test
    void watchesAChargerUnderACustomBaseTopic() throws Exception {
        try (Simulation simulation = Simulation.builder().port(0).baseTopic(BaseTopic.parse("custom:home/wallbox/"))
                .start()) {
            assertEquals(Command.OK,
                    run("--broker", simulation.brokerUri(), "--base", "home/wallbox/", "--duration", "2"), err());
        }
        String printed = out();
        assertTrue(printed.contains("found charger home/wallbox/ under home/wallbox/\n"), printed);
        assertTrue(printed.contains("charger (serial not in the topics): base topic home/wallbox/, firmware "),
                printed);
        assertTrue(printed.contains("[home/wallbox/] charging#requested-current = "), printed);
    }

    @Test
    void anUnreachableBrokerEndsTheMonitorWithTheTransportsReason() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertEquals(Command.FAILED, run("--broker", "tcp://127.0.0.1:" + closedPort, "--duration", "20"));

        assertTrue(err().startsWith("monitor: cannot connect to tcp://127.0.0.1:" + closedPort + " (UNREACHABLE): "),
                err());
        assertTrue(err().contains("connection refused"), err());
        assertFalse(err().contains("next attempt"), err());
    }

    @Test
    void aCertificateFileThatCannotBeUsedEndsTheMonitorWithTheSettingsName() {
        assertEquals(Command.FAILED,
                run("--broker", "ssl://127.0.0.1:1", "--ca-cert", "/no/such/ca.pem", "--duration", "20"));

        assertTrue(err().contains("(CONFIGURATION)") && err().contains("caCertificate: file '/no/such/ca.pem'"),
                err());
    }

    @Test
    void wrongCommandLinesAreUsageErrorsThatSayWhatIsWrong() {
        assertEquals(Command.USAGE, run());
        assertTrue(err().startsWith("monitor: --broker is required"), err());
        assertUsageError("TLS settings are given but the broker URI is not TLS", "--broker", "tcp://localhost",
                "--insecure");
        assertUsageError("--password needs --username", "--broker", "tcp://localhost", "--password", "secret");
        assertUsageError("unsupported scheme 'http'", "--broker", "http://localhost");
        assertUsageError("unknown option --colour", "--broker", "tcp://localhost", "--colour", "red");
        assertUsageError("--duration must be a whole number", "--broker", "tcp://localhost", "--duration", "soon");
        assertUsageError("unexpected argument", "--broker", "tcp://localhost", "extra");
        assertEquals(Command.USAGE, run("--broker", "tcp://localhost", "--base", "home/#/"));
        assertEquals("", out());
    }

    @Test
    void helpListsTheConnectionAndTlsOptions() {
        assertEquals(Command.OK, run("--help"));
        for (String option : new String[] { "--broker", "--username", "--password", "--ca-cert", "--client-cert",
                "--client-key", "--insecure", "--no-hostname-verification", "--base", "--duration" }) {
            assertTrue(out().contains(option), option);
        }
    }

    private void assertUsageError(String expected, String... args) {
        err.reset();
        assertEquals(Command.USAGE, run(args), String.join(" ", args));
        assertTrue(err().contains(expected), err());
        assertTrue(err().contains("usage: monitor"), err());
    }

    private int run(String... args) {
        return MonitorCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
