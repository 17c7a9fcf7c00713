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

import static org.openhab.binding.goemqtt.tools.demo.SessionLoop.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.control.ControllerPvSource;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.V1ChargerHandler;
import org.openhab.binding.goemqtt.tools.StopSignal;
import org.openhab.binding.goemqtt.tools.demo.SessionLoop.Action;
import org.openhab.binding.goemqtt.tools.demo.SessionLoop.Step;
import org.openhab.binding.goemqtt.tools.simulator.SimulatedCharger;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.binding.goemqtt.tools.simulator.v1.SimulatedV1Charger;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;

/**
 * The scripted charging sessions. An API v2 charger's ({@link #play}): waits for discovery and the charger thing
 * ONLINE, then, one simulated second at a time ({@link SessionLoop}: the charger ticks between the steps, so the
 * order is fixed): plug in, set 10 A, a name the binding refuses, stop charging, unplug. The steps sit at fixed
 * fractions of the session's length. With a controller, its thing comes first and the charger thing names it as its
 * PV source: the charger's {@code ids} follow the controller's Grid category, which follows the car's charging. An
 * API v1 charger's session: {@link #playV1}.
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

    static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /** The shortest session of an API v1 charger: four statuses for the three confirmed commands and the unplug. */
    static final int V1_MIN_SECONDS = 30;
    /** Seconds between two {@code ids} of a charger fed by the controller. */
    static final int PV_FEED_INTERVAL = 1;
    /** Longest wait for a command's answer. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

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

    /** Plays the session of an API v2 charger; null when it ran, else what went wrong. */
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
                new Step(3, "plug in the car", Action.of(charger::plugIn)),
                new Step(SessionLoop.at(length, 0.3), "command: charging#requested-current 10 A",
                        () -> answered("amp", () -> command(handler, uid, "charging#requested-current",
                                new QuantityType<>(10, Units.AMPERE)))),
                new Step(SessionLoop.at(length, 0.45),
                        "command: device#friendly-name \"go\" (too short: the binding refuses it, nothing is sent)",
                        Action.of(() -> command(handler, uid, "device#friendly-name", new StringType("go")))),
                new Step(SessionLoop.at(length, 0.6), "command: charging#force-state 1 (off): stop charging",
                        () -> answered("frc",
                                () -> command(handler, uid, "charging#force-state", new DecimalType(1)))),
                new Step(SessionLoop.at(length, 0.8), "unplug the car", Action.of(charger::unplug)));
        SessionLoop loop = new SessionLoop(simulation, callback, printer, stop);
        // the charger publishes its uptime every tick: once it is posted, the binding has seen the tick
        loop.play(options, steps, () -> loop.postedUptime(uid, charger.getValue("rbt")));
        return null;
    }

    /** Runs {@code action} and waits for the charger's {@code /result} of {@code key}: it answers at once. */
    private @Nullable CompletableFuture<?> answered(String key, Runnable action) throws InterruptedException {
        CompletableFuture<String> result = binding.expectResult(key);
        action.run();
        try {
            result.get(ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            printer.accept("(no " + key + "/result within " + ANSWER_TIMEOUT.toSeconds() + " s)");
        }
        return null;
    }

    /**
     * Plays the session of an API v1 charger (hardware V2, firmware 041.0), which publishes its whole status every
     * 5 s and takes {@code key=value} commands on {@code cmd/req} without an answer: the charger's time runs until it
     * is discovered and its {@code charger-v1} thing is ONLINE, then the car is plugged in, charging is started with
     * {@code alw}, the current set with {@code amx}, a current outside the key table's range refused by the binding,
     * charging stopped with {@code alw}, the car unplugged. The commands that go to the charger are the rule actions
     * a rule would call ({@link ChargerActions}): each answers {@code success} once a status shows its value, and
     * the next step waits for that answer while the charger's time goes on.
     *
     * @return null when it ran (or was stopped), else what went wrong
     */
    @Nullable
    String playV1(Options options) throws InterruptedException {
        Duration timeout = START_TIMEOUT;
        SessionLoop loop = new SessionLoop(simulation, callback, printer, stop);
        printer.accept("starting the binding: bridge " + DemoBinding.BRIDGE_UID + " and its discovery service");
        binding.start();
        printer.accept("waiting for the charger's next status (the charger's time runs: one status every "
                + SimulatedV1Charger.STATUS_PERIOD.toSeconds() + " s)");
        if (!loop.tickUntil(binding::v1Discovered, options.second(), timeout)) {
            return stop.isStopped() ? null : "no API v1 charger discovered within " + timeout.toSeconds() + " s";
        }
        DiscoveryResult result = binding.awaitV1Discovery(Duration.ZERO);
        if (result == null) {
            return "no API v1 charger discovered within " + timeout.toSeconds() + " s";
        }
        V1ChargerHandler handler = binding.addV1Charger(result);
        ThingUID uid = result.getThingUID();
        if (!loop.tickUntil(() -> callback.hasStatus(uid, ThingStatus.ONLINE), options.second(), timeout)) {
            return stop.isStopped() ? null
                    : "the charger-v1 thing did not come ONLINE within " + timeout.toSeconds() + " s";
        }
        SimulatedV1Charger charger = simulation.v1Charger(DemoCommand.SERIAL);
        ChargerActions actions = DemoBinding.actionsOf(handler);
        ExecutorService rules = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "goemqtt-demo-rule");
            thread.setDaemon(true);
            return thread;
        });
        int length = options.seconds();
        List<Step> steps = List.of( //
                new Step(3, "plug in the car (alw is 0: it waits)", Action.of(charger::plugIn)),
                new Step(SessionLoop.at(length, 0.2),
                        "rule action startCharging(): alw=1 on cmd/req; success once a status shows it",
                        () -> rule(rules, "startCharging()", a -> a.startCharging(), actions)),
                new Step(SessionLoop.at(length, 0.4),
                        "rule action setKey(\"amx\", \"10\"): 10 A, not written to flash; the 041.0 status shows "
                                + "it as amp",
                        () -> rule(rules, "setKey(\"amx\", \"10\")", a -> a.setKey("amx", "10"), actions)),
                new Step(SessionLoop.at(length, 0.55),
                        "command: charging#requested-current 40 A (the key table allows 6 to 32 A: the binding "
                                + "refuses it, nothing is sent)",
                        Action.of(() -> command(handler, uid, "charging#requested-current",
                                new QuantityType<>(40, Units.AMPERE)))),
                new Step(SessionLoop.at(length, 0.65), "rule action stopCharging(): alw=0 on cmd/req",
                        () -> rule(rules, "stopCharging()", a -> a.stopCharging(), actions)),
                new Step(SessionLoop.at(length, 0.8), "unplug the car", Action.of(charger::unplug)));
        try {
            // the binding has taken in a status once it posted the uptime that status holds
            loop.play(options, steps, () -> loop.postedUptime(uid, charger.publishedValue("rbt")));
        } finally {
            rules.shutdownNow();
        }
        return null;
    }

    /** Calls a rule action off the session's thread (it waits for a status); its answer is printed. */
    private CompletableFuture<?> rule(ExecutorService rules, String name, Function<ChargerActions, String> call,
            ChargerActions actions) {
        return CompletableFuture.supplyAsync(() -> call.apply(actions), rules)
                .thenAccept(answer -> printer.accept("<< " + name + " answered " + answer));
    }
}
