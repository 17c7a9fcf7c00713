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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.ControllerPvSource;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.tools.StopSignal;
import org.openhab.binding.goemqtt.tools.simulator.SimulatedCharger;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;

/**
 * The scripted charging session: waits for discovery and the charger thing ONLINE, then, one simulated second at a
 * time (the charger ticks between the steps, so the order is fixed): plug in, set 10 A, a name the charger refuses,
 * stop charging, unplug. The steps sit at fixed fractions of the session's length. With a controller, its thing
 * comes first and the charger thing names it as its PV source: the charger's {@code ids} follow the controller's
 * Grid category, which follows the car's charging.
 */
@NonNullByDefault
final class DemoSession {

    /**
     * @param seconds length of the session in simulated seconds
     * @param second how long one simulated second takes
     * @param keepRunning whether to go on after the session until Ctrl-C
     * @param controller whether a controller thing feeds the charger's PV data (the simulation has a controller)
     */
    record Options(int seconds, Duration second, boolean keepRunning, boolean controller) {
    }

    /** What happens at one second of the session: a command waits for the charger's {@code /result}. */
    private record Step(int second, String text, Runnable action, @Nullable String resultKey) {
    }

    static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /** Seconds between two {@code ids} of a charger fed by the controller. */
    static final int PV_FEED_INTERVAL = 1;
    /** Longest wait for a command's answer, and for the binding to catch up with a tick of the charger. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final String UPTIME_CHANNEL = "device#uptime";

    private final Simulation simulation;
    private final DemoBinding binding;
    private final ConsoleCallback callback;
    private final Consumer<String> printer;
    private final StopSignal stop;

    DemoSession(Simulation simulation, DemoBinding binding, ConsoleCallback callback, Consumer<String> printer,
            StopSignal stop) {
        this.simulation = simulation;
        this.binding = binding;
        this.callback = callback;
        this.printer = printer;
        this.stop = stop;
    }

    /** Plays the session; null when it ran, else what went wrong. */
    @Nullable
    String play(Options options) throws InterruptedException {
        printer.accept("starting the binding: bridge " + DemoBinding.BRIDGE_UID + " and its discovery service");
        binding.start();
        ThingUID controllerUid = null;
        if (options.controller()) {
            DiscoveryResult found = binding.awaitControllerDiscovery(START_TIMEOUT);
            if (found == null) {
                return "no controller discovered within " + START_TIMEOUT.toSeconds() + " s";
            }
            binding.addController(found);
            controllerUid = found.getThingUID();
            if (!callback.awaitStatus(controllerUid, ThingStatus.ONLINE, START_TIMEOUT)) {
                return "the controller thing did not come ONLINE within " + START_TIMEOUT.toSeconds() + " s";
            }
        }
        DiscoveryResult result = binding.awaitDiscovery(START_TIMEOUT);
        if (result == null) {
            return "no charger discovered within " + START_TIMEOUT.toSeconds() + " s";
        }
        ChargerHandler handler = binding.addCharger(result, controllerUid == null ? Map.of()
                : Map.of(ControllerPvSource.PARAM_CONTROLLER, controllerUid.getAsString(), "pvFeedInterval",
                        PV_FEED_INTERVAL));
        ThingUID uid = result.getThingUID();
        if (!callback.awaitStatus(uid, ThingStatus.ONLINE, START_TIMEOUT)) {
            return "the charger thing did not come ONLINE within " + START_TIMEOUT.toSeconds() + " s";
        }
        SimulatedCharger charger = simulation.charger(DemoCommand.SERIAL);
        int length = options.seconds();
        List<Step> steps = List.of( //
                new Step(3, "plug in the car", charger::plugIn, null),
                new Step(at(length, 0.3), "command: charging#requested-current 10 A",
                        () -> command(handler, uid, "charging#requested-current",
                                new QuantityType<>(10, Units.AMPERE)), "amp"),
                new Step(at(length, 0.45),
                        "command: device#friendly-name \"go\" (too short: the binding refuses it, nothing is sent)",
                        () -> command(handler, uid, "device#friendly-name", new StringType("go")), null),
                new Step(at(length, 0.6), "command: charging#force-state 1 (off): stop charging",
                        () -> command(handler, uid, "charging#force-state", new DecimalType(1)), "frc"),
                new Step(at(length, 0.8), "unplug the car", charger::unplug, null));
        printer.accept("charging session of " + length + " s begins");
        long begin = System.nanoTime();
        for (int second = 1; options.keepRunning() || second <= length; second++) {
            for (Step step : steps) {
                if (step.second() == second) {
                    run(step);
                }
            }
            simulation.tickAll();
            if (!callback.await(() -> caughtUp(uid, charger), ANSWER_TIMEOUT)) {
                printer.accept("(the binding has not caught up with the charger within " + ANSWER_TIMEOUT.toSeconds()
                        + " s)");
            }
            long untilNextSecond = options.second().multipliedBy(second).minusNanos(System.nanoTime() - begin)
                    .toMillis();
            if (stop.await(Duration.ofMillis(Math.max(1, untilNextSecond)))) {
                printer.accept("stopped");
                break;
            }
            if (second == length) {
                printer.accept(options.keepRunning() ? "session over; the binding keeps running, press Ctrl-C to stop"
                        : "session over");
            }
        }
        printer.accept("the handlers posted " + callback.updates() + " state updates in all");
        return null;
    }

    private void run(Step step) throws InterruptedException {
        printer.accept(">> " + step.text());
        String key = step.resultKey();
        CompletableFuture<String> result = key == null ? null : binding.expectResult(key);
        step.action().run();
        if (key != null && result != null) {
            try {
                result.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                printer.accept("(no " + key + "/result within " + ANSWER_TIMEOUT.toSeconds() + " s)");
            }
        }
    }

    /** Whether the binding has posted the charger's current uptime: it has seen the charger's last tick. */
    private boolean caughtUp(ThingUID uid, SimulatedCharger charger) {
        String uptime = charger.getValue("rbt");
        return callback.state(new ChannelUID(uid, UPTIME_CHANNEL)) instanceof QuantityType<?> posted && uptime != null
                && posted.toBigDecimal().compareTo(new BigDecimal(uptime)) == 0;
    }

    private static int at(int length, double fraction) {
        return Math.max(4, (int) Math.round(length * fraction));
    }

    private static void command(ChargerHandler handler, ThingUID thing, String channel, Command command) {
        handler.handleCommand(new ChannelUID(thing, channel), command);
    }
}
