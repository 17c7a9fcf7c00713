/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.tools.Arguments;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.StopSignal;
import org.openhab.binding.goemqtt.tools.simulator.v1.SimulatedV1Charger;

/**
 * {@code simulate}: starts an embedded broker (or uses an existing one) and simulated chargers, prints what they
 * do, and stops on Ctrl-C or after {@code --duration}.
 */
@NonNullByDefault
public final class SimulateCommand {

    /** The serial of the controller {@code --controller} adds. */
    public static final String CONTROLLER_SERIAL = "900001";

    /** One line per option, shown by {@code --help}. */
    public static final String USAGE = String.join(System.lineSeparator(), //
            "usage: simulate [options]", //
            "  --port N            embedded broker port (default 1883; 0 picks a free port)", //
            "  --host ADDRESS      embedded broker listen address (default 127.0.0.1)", //
            "  --broker URI        use an existing broker, e.g. tcp://localhost:1883, instead of starting one", //
            "  --serials LIST      comma-separated serials (default 000001)", //
            "  --api VERSION       v2 (default) or v1: the protocol of the --serials chargers; v1 is a HOME+ of", //
            "                      hardware V2, firmware 041.0: status object every 5 s, key=value on cmd/req", //
            "  --v1-serials LIST   API v1 chargers beside the --serials ones (mixes v1 and v2 on one broker)", //
            "  --controller        add a go-e Controller (serial " + CONTROLLER_SERIAL + ") whose Car category follows the", //
            "                      chargers: PV, house, battery and grid power under go-eController/<serial>/", //
            "  --firmware VERSION  " + String.join(", ", FirmwareProfile.versions()) + " (default "
                    + FirmwareProfile.DEFAULT_VERSION + "; before 051.5 no /result answers)", //
            "  --base-style STYLE  slash (/go-eCharger/<serial>/, default), noslash (go-eCharger/<serial>/)", //
            "                      or custom:<prefix> ({serial} in the prefix is replaced by the serial)", //
            "  --plug-in           plug a car into every charger at start", //
            "  --duration SECONDS  stop after this many seconds (default: run until Ctrl-C)", //
            "  --help              show this text");

    private static final Set<String> WITH_VALUE = Set.of("port", "host", "broker", "serials", "firmware",
            "base-style", "duration", "api", "v1-serials");
    private static final Set<String> FLAGS = Set.of("plug-in", "controller", "help");

    private SimulateCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Simulation.Builder builder = Simulation.builder();
        boolean plugIn;
        int duration;
        try {
            Arguments arguments = Arguments.parse(args, WITH_VALUE, FLAGS);
            if (arguments.has("help")) {
                out.println(USAGE);
                return Command.OK;
            }
            if (!arguments.positional().isEmpty()) {
                throw new Arguments.UsageException("unexpected argument " + arguments.positional().get(0));
            }
            configure(builder, arguments);
            plugIn = arguments.has("plug-in");
            duration = arguments.intValue("duration", 0, 1, Integer.MAX_VALUE);
            PrintingListener printer = new PrintingListener(out);
            builder.listener(printer).events(printer);
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            err.println(USAGE);
            return Command.USAGE;
        }
        return simulate(builder, plugIn, duration, out, err);
    }

    private static void configure(Simulation.Builder builder, Arguments arguments) {
        if (arguments.has("broker") && (arguments.has("port") || arguments.has("host"))) {
            throw new Arguments.UsageException("--port and --host are for the embedded broker, not with --broker");
        }
        builder.port(arguments.intValue("port", EmbeddedBroker.DEFAULT_PORT, 0, 65_535));
        builder.host(arguments.value("host", EmbeddedBroker.DEFAULT_HOST));
        builder.existingBroker(arguments.value("broker"));
        List<String> serials = serials(arguments.value("serials", "000001"));
        String api = arguments.value("api", "v2");
        if (!"v1".equals(api) && !"v2".equals(api)) {
            throw new Arguments.UsageException("--api must be v1 or v2, not " + api);
        }
        String v1 = arguments.value("v1-serials");
        List<String> v1Serials = v1 == null ? List.of() : serials(v1);
        if ("v1".equals(api)) {
            builder.serials(List.of()).v1Serials(concat(serials, v1Serials));
        } else {
            builder.serials(serials).v1Serials(v1Serials);
        }
        builder.firmware(FirmwareProfile.of(arguments.value("firmware", FirmwareProfile.DEFAULT_VERSION)));
        builder.baseTopic(BaseTopic.parse(arguments.value("base-style", "slash")));
        builder.controller(arguments.has("controller") ? CONTROLLER_SERIAL : null);
    }

    private static List<String> serials(String list) {
        List<String> serials = Arrays.stream(list.split(",")).map(String::trim).toList();
        for (String serial : serials) {
            if (!serial.matches("[A-Za-z0-9_.-]+")) {
                throw new Arguments.UsageException("a serial is letters, digits, '_', '.' or '-': '" + serial + "'");
            }
        }
        return serials;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static int simulate(Simulation.Builder builder, boolean plugIn, int duration, PrintStream out,
            PrintStream err) {
        try (StopSignal stop = StopSignal.onShutdown("go-e-simulator"); Simulation simulation = builder.start()) {
            EmbeddedBroker broker = simulation.broker();
            out.println(broker != null ? "embedded broker listening on " + simulation.brokerUri()
                    : "using broker " + simulation.brokerUri());
            if (plugIn) {
                simulation.chargers().forEach(SimulatedCharger::plugIn);
                simulation.v1Chargers().forEach(SimulatedV1Charger::plugIn);
            }
            simulation.startRealTime();
            out.println(duration > 0 ? "running for " + duration + " s" : "running; press Ctrl-C to stop");
            stop.await(Duration.ofSeconds(duration));
            out.println("stopping");
        } catch (IOException | MqttException e) {
            err.println("simulate: " + describe(e) + (e instanceof IOException ? " (try --port 0)" : ""));
            return Command.FAILED;
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            return Command.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("stopped");
        return Command.OK;
    }

    private static String describe(Exception e) {
        Throwable cause = e.getCause();
        String message = e.getMessage();
        return (message == null ? e.getClass().getSimpleName() : message)
                + (cause != null && cause.getMessage() != null ? ": " + cause.getMessage() : "");
    }

    /** Prints each connect, {@code /set} answer, car state change and v1 charger event as one time-stamped line. */
    private static final class PrintingListener implements ChargerListener, DeviceEvents {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
        private static final String[] CAR = { "unknown/error", "idle", "charging", "waiting for car", "complete",
                "error" };
        private final PrintStream out;

        PrintingListener(PrintStream out) {
            this.out = out;
        }

        private void print(SimulatedCharger charger, String text) {
            event(charger.serial(), text);
        }

        @Override
        public void event(String serial, String text) {
            out.println(LocalTime.now().format(TIME) + " [" + serial + "] " + text);
        }

        @Override
        public void connected(SimulatedCharger charger, String brokerUri, int keys) {
            print(charger, "connected to " + brokerUri + ", firmware " + charger.profile() + ", base topic "
                    + charger.baseTopic() + ", " + keys + " retained keys published");
        }

        @Override
        public void disconnected(SimulatedCharger charger, boolean silent) {
            print(charger, silent ? "dropped off the broker" : "disconnected");
        }

        @Override
        public void setHandled(SimulatedCharger charger, String key, String payload, SetAnswer answer) {
            String shown = answer.resultPublished() ? "result: " + answer.text()
                    : answer.outcome() == SetAnswer.Outcome.IGNORED ? "ignored, " + answer.text()
                            : "no /result (firmware " + charger.profile() + "), " + answer.text();
            print(charger, "set " + key + " " + Secrets.text(key, payload) + " -> " + shown);
        }

        @Override
        public void carStateChanged(SimulatedCharger charger, int from, int to) {
            print(charger, "car " + from + " -> " + to + " (" + (to >= 0 && to < CAR.length ? CAR[to] : "?") + ")");
        }
    }
}
