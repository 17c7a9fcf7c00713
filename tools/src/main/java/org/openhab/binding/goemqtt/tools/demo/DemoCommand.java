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

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.tools.Arguments;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.StopSignal;
import org.openhab.binding.goemqtt.tools.simulator.FirmwareProfile;
import org.openhab.binding.goemqtt.tools.simulator.SimulateCommand;
import org.openhab.binding.goemqtt.tools.simulator.Simulation;
import org.openhab.binding.goemqtt.tools.simulator.controller.SimulatedController;

/**
 * {@code demo}: the whole chain on one machine with nothing but Java. Starts the embedded broker and a simulated
 * charger (firmware 60.5), runs the real bridge, discovery and charger handlers against them with a console
 * standing in for openHAB, and plays a charging session (see {@link DemoSession}); exits by itself. With
 * {@code --controller}, a simulated controller and its thing feed the charger's PV data.
 */
@NonNullByDefault
public final class DemoCommand {

    static final String SERIAL = "000001";
    static final String FIRMWARE = "60.5";
    /** The channels printed unless {@code --all-channels}: the ones a charging session is about. */
    static final Set<String> SHOWN_CHANNELS = Set.of("status#car-state", "charging#force-state",
            "charging#requested-current", "energy#power", "phases#current-l1", "phases#current-l2",
            "phases#current-l3", "energy#session-energy", "temperatures#temperature-1", "device#friendly-name");
    /** With {@code --controller}, also printed: the controller's power of its Home, Grid, Car, Solar and Akku. */
    static final Set<String> CONTROLLER_CHANNELS = Set.of("categories#category-0-power",
            "categories#category-1-power", "categories#category-2-power", "categories#category-4-power",
            "categories#category-5-power");
    static final int DEFAULT_DURATION = 30;
    static final int MIN_DURATION = 10;

    /** One line per option, shown by {@code --help}. */
    public static final String USAGE = String.join(System.lineSeparator(), //
            "usage: demo [options]", //
            "  --port N            embedded broker port (default 0: a free port)", //
            "  --duration SECONDS  length of the charging session, " + MIN_DURATION + " or more (default "
                    + DEFAULT_DURATION + ")", //
            "  --keep-running      after the session, keep the charger and the binding running until Ctrl-C", //
            "  --fast              one simulated second every 100 ms instead of every second", //
            "  --all-channels      print every channel update, not only car state, power, currents, energy,", //
            "                      temperature, requested current and name", //
            "  --controller        add a simulated go-e Controller (serial " + SimulateCommand.CONTROLLER_SERIAL
                    + ") and its thing; the charger takes", //
            "                      its PV data from it (pvController): shows the controller's category powers", //
            "                      and every ids the charger thing sends", //
            "  --help              show this text");

    private static final Set<String> WITH_VALUE = Set.of("port", "duration");
    private static final Set<String> FLAGS = Set.of("keep-running", "fast", "all-channels", "controller", "help");
    private static final Duration FAST_SECOND = Duration.ofMillis(100);

    private DemoCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        DemoSession.Options options;
        int port;
        boolean allChannels;
        boolean controller;
        try {
            Arguments arguments = Arguments.parse(args, WITH_VALUE, FLAGS);
            if (arguments.has("help")) {
                out.println(USAGE);
                return Command.OK;
            }
            if (!arguments.positional().isEmpty()) {
                throw new Arguments.UsageException("unexpected argument " + arguments.positional().get(0));
            }
            port = arguments.intValue("port", 0, 0, 65_535);
            options = new DemoSession.Options(arguments.intValue("duration", DEFAULT_DURATION, MIN_DURATION, 86_400),
                    arguments.has("fast") ? FAST_SECOND : Duration.ofSeconds(1), arguments.has("keep-running"),
                    arguments.has("controller"));
            allChannels = arguments.has("all-channels");
            controller = options.controller();
        } catch (IllegalArgumentException e) {
            err.println("demo: " + e.getMessage());
            err.println(USAGE);
            return Command.USAGE;
        }
        Predicate<String> shown = allChannels ? channel -> true
                : controller ? channel -> SHOWN_CHANNELS.contains(channel) || CONTROLLER_CHANNELS.contains(channel)
                        : SHOWN_CHANNELS::contains;
        return demo(port, options, shown, out, err);
    }

    private static int demo(int port, DemoSession.Options options, Predicate<String> shown, PrintStream out,
            PrintStream err) {
        long start = System.nanoTime();
        Consumer<String> printer = line -> out.println(
                String.format("%6.1f s  %s", (System.nanoTime() - start) / 1e9, line));
        ExecutorService framework = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "goemqtt-demo-framework");
            thread.setDaemon(true);
            return thread;
        });
        ConsoleCallback callback = new ConsoleCallback(printer, BindingTexts.load(), shown, framework);
        try (StopSignal stop = StopSignal.onShutdown("goemqtt-demo");
                Simulation simulation = Simulation.builder().port(port).serials(List.of(SERIAL))
                        .firmware(FirmwareProfile.of(FIRMWARE))
                        .controller(options.controller() ? SimulateCommand.CONTROLLER_SERIAL : null).start();
                DemoBinding binding = new DemoBinding(simulation.brokerUri(), callback, printer)) {
            printer.accept("embedded broker listening on " + simulation.brokerUri());
            printer.accept("simulated charger " + SERIAL + " (firmware " + FIRMWARE + ") connected, base topic "
                    + simulation.charger(SERIAL).baseTopic());
            SimulatedController controller = simulation.controller();
            if (controller != null) {
                controller.setBatteryCharge(0); // an empty house battery: what the car draws shows on the grid
                printer.accept("simulated controller " + controller.serial() + " connected, base topic "
                        + controller.baseTopic() + "; its Car category follows the charger, its house battery is"
                        + " empty: what the car draws comes from the grid");
            }
            String problem = new DemoSession(simulation, binding, callback, printer, stop).play(options);
            if (problem != null) {
                err.println("demo: " + problem);
                return Command.FAILED;
            }
        } catch (IOException | MqttException e) {
            err.println("demo: cannot start the embedded broker or the simulated charger: " + e.getMessage()
                    + (port != 0 ? " (try --port 0)" : ""));
            return Command.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            framework.shutdownNow();
        }
        printer.accept("demo finished");
        return Command.OK;
    }
}
