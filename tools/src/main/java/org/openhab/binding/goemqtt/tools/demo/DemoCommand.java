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
import org.openhab.binding.goemqtt.tools.simulator.v1.SimulatedV1Charger;
import org.openhab.binding.goemqtt.tools.simulator.v1.V1ChargerModel;

/**
 * {@code demo}: the whole chain on one machine with nothing but Java. Starts the embedded broker and a simulated
 * charger (firmware 60.5), runs the real bridge, discovery and charger handlers against them with a console
 * standing in for openHAB, and plays a charging session (see {@link DemoSession}); exits by itself. With
 * {@code --controller}, a simulated controller and its thing feed the charger's PV data. With {@code --api v1}, the
 * charger is an API v1 one (firmware 041.0) with its {@code charger-v1} thing (see {@link DemoSession#playV1}); no
 * controller then.
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
    /**
     * The channels printed for an API v1 charger unless {@code --all-channels}: those of {@link #SHOWN_CHANNELS} it
     * has, and start/stop ({@code alw}).
     */
    static final Set<String> V1_SHOWN_CHANNELS = Set.of("status#car-state", "status#charging-allowed",
            "charging#requested-current", "energy#power", "phases#current-l1", "phases#current-l2",
            "phases#current-l3", "energy#session-energy", "temperatures#temperature-1");
    static final String API_V1 = "v1";
    static final String API_V2 = "v2";
    static final int DEFAULT_DURATION = 30;
    static final int MIN_DURATION = 10;

    /** One line per option, shown by {@code --help}. */
    public static final String USAGE = String.join(System.lineSeparator(), //
            "usage: demo [options]", //
            "  --api v2|v1         the simulated charger: v2 (default; firmware " + FIRMWARE + ") or v1 (API v1,", //
            "                      hardware V2, firmware " + V1ChargerModel.FIRMWARE
                    + ": one status every " + SimulatedV1Charger.STATUS_PERIOD.toSeconds()
                    + " s, commands on cmd/req,", //
            "                      its charger-v1 thing; start, stop and current through rule actions)", //
            "  --port N            embedded broker port (default 0: a free port)", //
            "  --duration SECONDS  length of the charging session, " + MIN_DURATION + " or more ("
                    + DemoSession.V1_MIN_SECONDS + " or more with --api v1;", //
            "                      default " + DEFAULT_DURATION + ")", //
            "  --keep-running      after the session, keep the charger and the binding running until Ctrl-C", //
            "  --fast              one simulated second every 100 ms instead of every second", //
            "  --all-channels      print every channel update, not only car state, power, currents, energy,", //
            "                      temperature, requested current and name (with --api v1: charging allowed", //
            "                      instead of the name)", //
            "  --controller        add a simulated go-e Controller (serial " + SimulateCommand.CONTROLLER_SERIAL
                    + ") and its thing; the charger takes", //
            "                      its PV data from it (pvController): shows the controller's category powers", //
            "                      and every ids the charger thing sends (API v2 only: with --api v1 a usage", //
            "                      error)", //
            "  --help              show this text");

    private static final Set<String> WITH_VALUE = Set.of("api", "port", "duration");
    private static final Set<String> FLAGS = Set.of("keep-running", "fast", "all-channels", "controller", "help");
    private static final Duration FAST_SECOND = Duration.ofMillis(100);

    private DemoCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        DemoSession.Options options;
        int port;
        boolean allChannels;
        boolean v1;
        try {
            Arguments arguments = Arguments.parse(args, WITH_VALUE, FLAGS);
            if (arguments.has("help")) {
                out.println(USAGE);
                return Command.OK;
            }
            if (!arguments.positional().isEmpty()) {
                throw new Arguments.UsageException("unexpected argument " + arguments.positional().get(0));
            }
            String api = arguments.value("api", API_V2);
            if (!API_V2.equals(api) && !API_V1.equals(api)) {
                throw new Arguments.UsageException("--api must be " + API_V2 + " or " + API_V1 + ", not " + api);
            }
            v1 = API_V1.equals(api);
            if (v1 && arguments.has("controller")) {
                throw new Arguments.UsageException("--controller works with --api " + API_V2 + " only");
            }
            port = arguments.intValue("port", 0, 0, 65_535);
            options = new DemoSession.Options(arguments.intValue("duration", DEFAULT_DURATION,
                    v1 ? DemoSession.V1_MIN_SECONDS : MIN_DURATION, 86_400),
                    arguments.has("fast") ? FAST_SECOND : Duration.ofSeconds(1), arguments.has("keep-running"),
                    arguments.has("controller"));
            allChannels = arguments.has("all-channels");
        } catch (IllegalArgumentException e) {
            err.println("demo: " + e.getMessage());
            err.println(USAGE);
            return Command.USAGE;
        }
        Predicate<String> shown = allChannels ? channel -> true
                : v1 ? V1_SHOWN_CHANNELS::contains
                        : options.controller()
                                ? channel -> SHOWN_CHANNELS.contains(channel) || CONTROLLER_CHANNELS.contains(channel)
                                : SHOWN_CHANNELS::contains;
        return demo(port, options, v1, shown, out, err);
    }

    private static int demo(int port, DemoSession.Options options, boolean v1, Predicate<String> shown,
            PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Consumer<String> printer = line -> out.println(
                String.format("%6.1f s  %s", (System.nanoTime() - start) / 1e9, line));
        ExecutorService framework = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "goemqtt-demo-framework");
            thread.setDaemon(true);
            return thread;
        });
        ConsoleCallback callback = new ConsoleCallback(printer, BindingTexts.load(), shown, framework);
        String problem;
        try (StopSignal stop = StopSignal.onShutdown("goemqtt-demo");
                Simulation simulation = Simulation.builder().port(port).serials(v1 ? List.of() : List.of(SERIAL))
                        .v1Serials(v1 ? List.of(SERIAL) : List.of()).firmware(FirmwareProfile.of(FIRMWARE))
                        .controller(options.controller() ? SimulateCommand.CONTROLLER_SERIAL : null).start();
                DemoBinding binding = new DemoBinding(simulation.brokerUri(), callback, printer)) {
            printer.accept("embedded broker listening on " + simulation.brokerUri());
            if (v1) {
                printer.accept("simulated API v1 charger " + SERIAL + " (hardware V2, firmware "
                        + V1ChargerModel.FIRMWARE + ") connected, status every "
                        + SimulatedV1Charger.STATUS_PERIOD.toSeconds() + " s on "
                        + simulation.v1Charger(SERIAL).baseTopic() + "status");
            } else {
                printer.accept("simulated charger " + SERIAL + " (firmware " + FIRMWARE + ") connected, base topic "
                        + simulation.charger(SERIAL).baseTopic());
            }
            SimulatedController controller = simulation.controller();
            if (controller != null) {
                controller.setBatteryCharge(0); // an empty house battery: what the car draws shows on the grid
                printer.accept("simulated controller " + controller.serial() + " connected, base topic "
                        + controller.baseTopic() + "; its Car category follows the charger, its house battery is"
                        + " empty: what the car draws comes from the grid");
            }
            DemoSession session = new DemoSession(simulation, binding, callback, printer, stop);
            problem = v1 ? session.playV1(options) : session.play(options);
        } catch (IOException | MqttException e) {
            err.println("demo: cannot start the embedded broker or the simulated charger: " + e.getMessage()
                    + (port != 0 ? " (try --port 0)" : ""));
            return Command.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = null;
        } finally {
            framework.shutdownNow();
        }
        if (problem != null) {
            err.println("demo: " + problem);
            return Command.FAILED;
        }
        printer.accept("demo finished");
        return Command.OK;
    }
}
