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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.ControllerPvSource;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.SimulatedCharger;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.binding.goemqtt.tools.simulator.controller.SimulatedController;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;

/**
 * One simulated minute, a simulated second per second: the simulated controller and charger on the embedded broker,
 * the binding's real bridge, controller and charger handlers (as the demo wires them), the charger thing naming the
 * controller thing as its PV source. Every {@code ids} the charger thing sends carries the Grid power the controller
 * published last before it (or the one before, when the newer reached the console only just before the ids); the car
 * starting to charge raises it; when the controller falls silent the feed stops after {@code pvFeedMaxAge}. The log
 * of the minute is printed (docs/pv-surplus.md shows one run).
 */
@NonNullByDefault
class ControllerFeedsChargerTest {

    private static final String SERIAL = "000001";
    private static final String CONTROLLER = "900001";
    private static final int MINUTE = 60;
    private static final int PLUG_IN = 15;
    /** From this second on the controller publishes nothing (it is not ticked any more). */
    private static final int SILENT_FROM = 40;
    private static final int INTERVAL = 5;
    private static final int MAX_AGE = 10;
    private static final Duration START = Duration.ofSeconds(20);
    /** Seconds within which a state printed before an ids may still be on its way to the feed. */
    private static final double CROSSING = 0.5;
    private static final String GRID_CHANNEL = "categories#category-1-power";
    private static final Pattern GRID = Pattern.compile("^  " + CONTROLLER + " " + GRID_CHANNEL + " = (-?[0-9.]+) W$");
    private static final Pattern IDS = Pattern
            .compile("^  mqtt -> /go-eCharger/" + SERIAL + "/ids/set (\\{\"pGrid\":(-?[0-9]+)[,}].*)$");
    private static final Pattern CAR_POWER = Pattern.compile("^  " + SERIAL + " energy#power = ([0-9.]+) W$");

    private record Line(double at, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private volatile long begin = System.nanoTime();

    @Test
    void theChargersIdsFollowTheControllersGridPowerAndStopWhenItFallsSilent() throws Exception {
        ExecutorService framework = Executors.newSingleThreadExecutor();
        ConsoleCallback callback = new ConsoleCallback(this::log, BindingTexts.load(),
                Set.of(GRID_CHANNEL, "energy#power", "status#car-state")::contains, framework);
        // a fixed time of day: the house's appliance does not switch during the minute
        Clock clock = Clock.offset(Clock.systemUTC(),
                Duration.between(Instant.now(), Instant.parse("2026-06-21T10:02:00Z")));
        DiscoveryResult charger;
        try (Simulation simulation = Simulation.builder().port(0).serials(List.of(SERIAL))
                .firmware(FirmwareProfile.of("60.5")).controller(CONTROLLER).clock(clock).start();
                DemoBinding binding = new DemoBinding(simulation.brokerUri(), callback, this::log)) {
            SimulatedController meter = Objects.requireNonNull(simulation.controller());
            meter.setPv(8_000); // a sunny noon: the house exports
            meter.setBatteryCharge(1); // a full battery stores nothing
            binding.start();
            DiscoveryResult controller = binding.awaitControllerDiscovery(START);
            assertNotNull(controller, "controller discovered");
            binding.addController(Objects.requireNonNull(controller));
            assertTrue(callback.awaitStatus(controller.getThingUID(), ThingStatus.ONLINE, START), "controller ONLINE");
            DiscoveryResult found = binding.awaitDiscovery(START);
            assertNotNull(found, "charger discovered");
            charger = Objects.requireNonNull(found);
            binding.addCharger(charger, Map.of(ControllerPvSource.PARAM_CONTROLLER,
                    controller.getThingUID().getAsString(), "pvFeedInterval", INTERVAL, "pvFeedMaxAge", MAX_AGE));
            assertTrue(callback.awaitStatus(charger.getThingUID(), ThingStatus.ONLINE, START), "charger ONLINE");

            SimulatedCharger wallbox = simulation.charger(SERIAL);
            synchronized (lines) {
                lines.clear();
                begin = System.nanoTime();
            }
            for (int second = 1; second <= MINUTE; second++) {
                if (second == PLUG_IN) {
                    log(">> plug in the car");
                    wallbox.plugIn();
                }
                if (second == SILENT_FROM) {
                    log(">> the controller falls silent");
                }
                if (second < SILENT_FROM) {
                    simulation.tickAll();
                } else {
                    wallbox.tick();
                }
                long due = begin + Duration.ofSeconds(second).toNanos();
                Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
            }
            assertEquals(OnOffType.OFF, callback.state(new ChannelUID(charger.getThingUID(), "pv#feed-active")),
                    "the feed is off once the controller's data are stale");
        } finally {
            framework.shutdownNow();
        }

        List<Line> minute;
        synchronized (lines) {
            minute = List.copyOf(lines);
        }
        StringBuilder log = new StringBuilder();
        @Nullable
        BigDecimal grid = null;
        @Nullable
        BigDecimal previousGrid = null;
        double gridAt = 0;
        double carPower = 0;
        List<Long> beforePlugIn = new ArrayList<>();
        @Nullable
        Long firstCharging = null;
        double lastIds = -1;
        int afterSilence = 0;
        int sent = 0;
        for (Line line : minute) {
            Matcher gridLine = GRID.matcher(line.text());
            Matcher ids = IDS.matcher(line.text());
            Matcher car = CAR_POWER.matcher(line.text());
            if (gridLine.matches()) {
                previousGrid = grid;
                grid = new BigDecimal(gridLine.group(1));
                gridAt = line.at();
            } else if (car.matches()) {
                carPower = Double.parseDouble(car.group(1));
            } else if (ids.matches()) {
                BigDecimal shown = grid;
                assertNotNull(shown, "an ids before any grid power: " + line);
                long pGrid = Long.parseLong(ids.group(2));
                // the console prints states on the framework's thread and the ids on the MQTT client's: a Grid
                // power printed just before an ids may have reached the charger's feed just after it read
                BigDecimal previous = previousGrid;
                if (previous != null && line.at() - gridAt < CROSSING && watts(previous) == pGrid
                        && watts(Objects.requireNonNull(shown)) != pGrid) {
                    shown = previous;
                }
                assertEquals(watts(Objects.requireNonNull(shown)), pGrid,
                        "ids at " + line.at() + " s carries the Grid power published before it\n" + minute);
                log.append(String.format("%5.1f s  ids %s   (Grid %s W at %.1f s, car %.0f W)%n", line.at(),
                        ids.group(1), shown.toPlainString(), gridAt, carPower));
                if (line.at() < PLUG_IN) {
                    beforePlugIn.add(pGrid);
                } else if (firstCharging == null && carPower > 0) {
                    firstCharging = pGrid;
                }
                if (line.at() > SILENT_FROM) {
                    afterSilence++;
                }
                lastIds = line.at();
                sent++;
            } else if (line.text().startsWith(">>") || line.text().contains("PV feed paused")) {
                log.append(String.format("%5.1f s  %s%n", line.at(), line.text()));
            }
        }
        System.out.println("One simulated minute of a charger fed by the controller (" + sent + " ids):\n" + log);

        assertFalse(beforePlugIn.isEmpty(), "ids before the car plugged in\n" + log);
        Long charging = firstCharging;
        assertNotNull(charging, "an ids while the car charges\n" + log);
        long before = beforePlugIn.get(beforePlugIn.size() - 1);
        assertTrue(Objects.requireNonNull(charging) - before >= 1_000,
                "the car's charging raises the grid power the feed sends by at least its minimum power\n" + log);
        assertTrue(afterSilence >= 1, "the last fresh value is still sent until it is too old\n" + log);
        assertTrue(lastIds <= SILENT_FROM + MAX_AGE + 1, "no ids once the controller's data are stale\n" + log);
        assertTrue(log.indexOf("PV feed paused") > 0, "the charger says why the feed paused\n" + log);
    }

    private static long watts(BigDecimal power) {
        return power.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private void log(String line) {
        synchronized (lines) {
            lines.add(new Line((System.nanoTime() - begin) / 1e9, line));
        }
    }
}
