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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.binding.goemqtt.tools.simulator.controller.ControllerModel;
import org.openhab.binding.goemqtt.tools.simulator.controller.SimulatedController;

/**
 * The monitor finds a go-e Controller under the controller discovery bases next to a charger and prints its identity
 * and its channels as the binding's controller catalog decodes them, with units, credentials masked.
 */
@NonNullByDefault
class ControllerMonitorTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void watchesAControllerBesideACharger() throws Exception {
        double grid;
        double solar;
        try (Simulation simulation = Simulation.builder().port(0).serials(List.of("072246"))
                .firmware(FirmwareProfile.of("60.5")).controller("900001").start()) {
            simulation.charger("072246").plugIn();
            simulation.tickAll();
            SimulatedController controller = Objects.requireNonNull(simulation.controller());
            assertTrue(controller.awaitPublished(java.time.Duration.ofSeconds(10)));
            grid = controller.categoryPower(ControllerModel.GRID);
            solar = controller.categoryPower(ControllerModel.SOLAR);

            assertEquals(Command.OK, run("--broker", simulation.brokerUri(), "--duration", "2"), err());
        }
        String printed = out();
        assertTrue(printed.contains("found charger 072246 under /go-eCharger/072246/\n"), printed);
        assertTrue(printed.contains("found controller 900001 under /go-eController/900001/\n"), printed);
        assertTrue(printed.contains("controller 900001: base topic /go-eController/900001/, firmware 1.2.1, "
                + "type controller, MQTT writes on\n"), printed);
        assertTrue(printed.indexOf("controller 900001: ") < printed.indexOf("[900001] "), "identity comes first");
        assertEquals(grid, watts(printed, "categories#category-1-power"), 0.05, printed);
        assertEquals(solar, watts(printed, "categories#category-4-power"), 0.05, printed);
        assertTrue(Pattern.compile("\\[900001] meter#voltage-l1 = 2[0-9.]+ V\n").matcher(printed).find(), printed);
        assertTrue(printed.contains("[900001] mqtt#broker-url = mqtt://***@127.0.0.1:1883\n"), printed);
        assertFalse(printed.contains("sim-password"), printed);
        assertFalse(printed.contains("[900001] raw#"), "every controller key is in the catalog: " + printed);
        assertTrue(printed.contains("charger 072246: base topic /go-eCharger/072246/, firmware 60.5"), printed);
    }

    @Test
    void watchesAnApiV1ChargerItsStatusDecodedWithTheV1Catalog() throws Exception {
        String amp;
        String car;
        try (Simulation simulation = Simulation.builder().port(0).serials(List.of()).v1Serials(List.of("123345"))
                .v1StatusPeriod(java.time.Duration.ofMillis(100)).start()) {
            simulation.startRealTime();
            amp = Objects.requireNonNull(simulation.v1Charger("123345").value("amp"));
            car = Objects.requireNonNull(simulation.v1Charger("123345").value("car"));

            assertEquals(Command.OK, run("--broker", simulation.brokerUri(), "--duration", "3"), err());
        }
        String printed = out();
        assertTrue(printed.contains("found charger (API v1) 123345 under /go-eCharger/123345/\n"), printed);
        assertTrue(printed.contains("charger (API v1) 123345: base topic /go-eCharger/123345/, firmware "), printed);
        assertTrue(printed.contains("[123345] charging#requested-current = " + amp + " A\n"), printed);
        assertTrue(printed.contains("[123345] status#car-state = " + car + " ("), printed);
        assertFalse(printed.contains("[123345] raw#amp "), "amp is in the v1 catalog: " + printed);
        for (String secret : new String[] { "sim-hotspot-key", "sim-mqtt-key" }) {
            assertFalse(printed.contains(secret), secret + " in\n" + printed);
        }
        assertFalse(printed.contains("raw#status"), "the status object is taken apart: " + printed);
    }

    /** The last value printed for the controller's {@code channel}, in W. */
    private static double watts(String printed, String channel) {
        Matcher matcher = Pattern.compile("\\[900001] " + channel + " = (-?[0-9.]+) W\n").matcher(printed);
        Double last = null;
        while (matcher.find()) {
            last = Double.valueOf(matcher.group(1));
        }
        assertNotNull(last, channel + " in\n" + printed);
        return Objects.requireNonNull(last);
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
