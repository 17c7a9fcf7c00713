/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.simulator.v1.V1ChargerModel;

/**
 * The demo runs the real bridge, discovery and charger handlers against the embedded broker and a simulated
 * charger, and shows the charging session on the console; with {@code --api v1} the {@code charger-v1} handler
 * against the simulated API v1 charger, with commands the charger's next status confirms.
 */
@NonNullByDefault
class DemoCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFastSessionShowsDiscoveryLiveStatesACommandAndARejectionThenEnds() {
        assertEquals(Command.OK, run("--fast", "--duration", "12"), err());

        String printed = out();
        List<String> expectedInOrder = List.of( //
                "embedded broker listening on tcp://127.0.0.1:",
                "discovered goemqtt:charger:demo:000001 \"go-e Charger 000001\" on bridge goemqtt:broker:demo: ",
                "thing goemqtt:charger:demo:000001 is ONLINE",
                ">> plug in the car",
                "000001 status#car-state = 2 (Charging)",
                ">> command: charging#requested-current 10 A",
                "mqtt -> /go-eCharger/000001/amp/set 10",
                "mqtt <- /go-eCharger/000001/amp/result success",
                "000001 charging#requested-current = 10 A",
                ">> command: device#friendly-name \"go\" (too short: the binding refuses it, nothing is sent)",
                "thing goemqtt:charger:demo:000001 is ONLINE: Command on device#friendly-name not sent: "
                        + "device#friendly-name (fna) takes a text of 4 to 64 characters‚ not 2",
                "mqtt <- /go-eCharger/000001/frc/result success",
                "000001 charging#force-state = 1 (Off)",
                ">> unplug the car",
                "000001 status#car-state = 1 (Idle)",
                "session over",
                "demo finished");
        assertInOrder(expectedInOrder, printed);
        // the bridge's ONLINE and the discovery of retained values come on different threads, in either order
        assertTrue(printed.contains("thing goemqtt:broker:demo is ONLINE"), printed);
        assertTrue(printed.contains("serial=000001") && printed.contains("baseTopic=/go-eCharger/000001/")
                && printed.contains("firmwareVersion=60.5") && printed.contains("modelId=go-eCharger"), printed);
        assertTrue(Pattern.compile("000001 energy#power = [1-9][0-9.]* W\n").matcher(printed).find(), printed);
        assertTrue(Pattern.compile("000001 phases#current-l1 = [1-9][0-9.]* A\n").matcher(printed).find(), printed);
        assertFalse(printed.contains("device#uptime"), "only the chosen channels are printed");
        assertFalse(printed.contains("fna/set"), "the refused name is not sent");
        assertEquals("", err());
    }

    @Test
    void withAControllerTheChargersIdsFollowTheControllersGridCategory() {
        assertEquals(Command.OK, run("--controller", "--fast", "--duration", "40"), err());

        String printed = out();
        List<String> expectedInOrder = List.of( //
                "simulated controller 900001 connected, base topic /go-eController/900001/",
                "discovered goemqtt:controller:demo:900001 \"go-e Controller 900001",
                "thing goemqtt:controller:demo:900001 is ONLINE",
                "thing goemqtt:charger:demo:000001 created from the discovery result with "
                        + "pvController=goemqtt:controller:demo:900001",
                "thing goemqtt:charger:demo:000001 is ONLINE", ">> plug in the car", "session over", "demo finished");
        assertInOrder(expectedInOrder, printed);
        for (String category : List.of("0", "2", "4", "5")) {
            assertTrue(Pattern.compile("900001 categories#category-" + category + "-power = -?[0-9.]+ W\n")
                    .matcher(printed).find(), category + " in\n" + printed);
        }
        // every ids the charger thing sends carries the Grid power the controller thing showed last before it, or
        // the one before when the newer was printed in the same tenth of a second: the console prints states on the
        // framework's thread and the ids on the MQTT client's, so the newer may reach the feed just after it read
        Matcher line = Pattern.compile("(?m)^ *([0-9.]+) s  (?:  900001 categories#category-1-power = (-?[0-9.]+) W$"
                + "|  mqtt -> /go-eCharger/000001/ids/set \\{\"pGrid\":(-?[0-9]+),\"pPv\":(-?[0-9]+)[,}])")
                .matcher(printed);
        @Nullable
        Long grid = null;
        @Nullable
        Long previousGrid = null;
        String gridAt = "";
        Set<Long> sentGrid = new HashSet<>();
        int sent = 0;
        while (line.find()) {
            if (line.group(2) != null) {
                previousGrid = grid;
                grid = new BigDecimal(line.group(2)).setScale(0, RoundingMode.HALF_UP).longValue();
                gridAt = line.group(1);
                continue;
            }
            assertNotNull(grid, "an ids before any grid power in\n" + printed);
            long pGrid = Long.parseLong(line.group(3));
            boolean crossed = gridAt.equals(line.group(1)) && Objects.equals(previousGrid, pGrid);
            assertTrue(Objects.equals(grid, pGrid) || crossed, "ids at " + line.start() + " in\n" + printed);
            sentGrid.add(pGrid);
            sent++;
        }
        assertTrue(sent >= 2, "ids sets in\n" + printed);
        assertTrue(sentGrid.size() >= 2, "the feed follows the grid power: " + sentGrid + " in\n" + printed);
        assertEquals("", err());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertEquals(Command.USAGE, run("--duration", "5"));
        assertTrue(err().contains("--duration must be a whole number from 10"), err());
        assertEquals(Command.USAGE, run("--colour", "red"));
        assertTrue(err().contains("unknown option --colour") && err().contains("usage: demo"), err());
        assertEquals(Command.USAGE, run("--port", "-1"));
        assertEquals(Command.USAGE, run("now"));
    }

    @Test
    void aPortInUseIsAFailureWithAHint() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertEquals(Command.FAILED, run("--port", String.valueOf(taken.getLocalPort()), "--fast"));
        }
        assertTrue(err().startsWith("demo: cannot start the embedded broker"), err());
        assertTrue(err().contains("(try --port 0)"), err());
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(Command.OK, run("--help"));
        for (String option : new String[] { "--api", "--port", "--duration", "--keep-running", "--fast",
                "--all-channels", "--controller" }) {
            assertTrue(out().contains(option), option);
        }
    }

    @Test
    void aFastV1SessionShowsDiscoveryConfirmedCommandsAndARefusalThenEnds() {
        assertEquals(Command.OK, run("--api", "v1", "--fast"), err());

        String printed = out();
        List<String> expectedInOrder = List.of( //
                "simulated API v1 charger 000001 (hardware V2, firmware 041.0) connected",
                "discovered goemqtt:charger-v1:demo:000001 \"go-e Charger 000001 (API v1, firmware 041.0)\" on bridge "
                        + "goemqtt:broker:demo: ",
                "thing goemqtt:charger-v1:demo:000001 is ONLINE",
                ">> plug in the car",
                ">> rule action startCharging()",
                "mqtt -> /go-eCharger/000001/cmd/req alw=1",
                "000001 status#charging-allowed = ON",
                "<< startCharging() answered success",
                ">> rule action setKey(\"amx\", \"10\")",
                "mqtt -> /go-eCharger/000001/cmd/req amx=10",
                "000001 charging#requested-current = 10 A",
                "<< setKey(\"amx\", \"10\") answered success",
                ">> command: charging#requested-current 40 A",
                "thing goemqtt:charger-v1:demo:000001 is ONLINE: Command on charging#requested-current not sent: "
                        + "charging#requested-current (amp) takes 6 to 32 A",
                ">> rule action stopCharging()",
                "mqtt -> /go-eCharger/000001/cmd/req alw=0",
                "000001 status#charging-allowed = OFF",
                "<< stopCharging() answered success",
                ">> unplug the car",
                "000001 status#car-state = 1 (Idle)",
                "session over",
                "demo finished");
        assertInOrder(expectedInOrder, printed);
        assertTrue(printed.contains("thing goemqtt:broker:demo is ONLINE"), printed);
        assertTrue(printed.contains("firmwareVersion=041.0") && printed.contains("baseTopic=/go-eCharger/000001/"),
                printed);
        assertTrue(Pattern.compile("000001 status#car-state = 2 \\(Charging\\)\n").matcher(printed).find(), printed);
        // the car waits for alw (3) before the first status after startCharging shows it charging; the status of
        // the plug-in may be printed before or after the action's line, which runs on its own thread
        assertTrue(printed.indexOf("000001 status#car-state = 3") > printed.indexOf(">> plug in the car"), printed);
        assertTrue(printed.indexOf("000001 status#car-state = 3") < printed.indexOf("000001 status#car-state = 2"),
                printed);
        // in the units of the v2 charger's channels, though the v1 status has 0.01 kW and 0.1 A
        assertTrue(Pattern.compile("000001 energy#power = [1-9][0-9.]* W\n").matcher(printed).find(), printed);
        assertTrue(Pattern.compile("000001 phases#current-l1 = [1-9][0-9.]* A\n").matcher(printed).find(), printed);
        assertTrue(Pattern.compile("000001 energy#session-energy = [1-9][0-9.]* Wh\n").matcher(printed).find(),
                printed);
        // the three rule actions are all the binding published: the refused 40 A was not sent
        String commands = "/go-eCharger/000001/cmd/req ";
        assertEquals(List.of(commands + "alw=1", commands + "amx=10", commands + "alw=0"),
                Pattern.compile("mqtt -> (\\S+ \\S+)\n").matcher(printed).results().map(sent -> sent.group(1))
                        .toList(), printed);
        assertFalse(printed.contains("device#uptime"), "only the chosen channels are printed");
        assertEquals("", err());
    }

    @Test
    void theSimulatedChargersSecretsAreNotPrintedEvenWithAllChannels() {
        assertEquals(Command.OK, run("--api", "v1", "--fast", "--all-channels"), err());

        String printed = out();
        V1ChargerModel model = new V1ChargerModel(DemoCommand.SERIAL, Instant.EPOCH, ZoneOffset.UTC, 1);
        for (String secret : List.of("wak", "mck", "wke")) {
            String value = Objects.requireNonNull(model.value(secret), secret);
            assertFalse(!value.isEmpty() && printed.contains(value), secret + " in\n" + printed);
            assertFalse(printed.contains(secret + "="), secret + " in\n" + printed);
        }
        assertTrue(printed.contains("device#uptime"), "every channel is printed: " + printed);
        assertEquals("", err());
    }

    @Test
    void otherApisAndAControllerWithV1AreUsageErrors() {
        assertEquals(Command.USAGE, run("--api", "v3"));
        assertTrue(err().contains("--api must be v2 or v1, not v3") && err().contains("usage: demo"), err());
        err.reset();
        assertEquals(Command.USAGE, run("--api", "v1", "--controller"));
        assertTrue(err().contains("--controller works with --api v2 only"), err());
        err.reset();
        assertEquals(Command.USAGE, run("--api", "v1", "--duration", "20"));
        assertTrue(err().contains("--duration must be a whole number from 30"), err());
    }

    private static void assertInOrder(List<String> expectedInOrder, String printed) {
        int from = 0;
        for (String expected : expectedInOrder) {
            int at = printed.indexOf(expected, from);
            assertTrue(at >= 0, "missing (in this order) '" + expected + "' in\n" + printed);
            from = at + expected.length();
        }
    }

    private int run(String... args) {
        return DemoCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
