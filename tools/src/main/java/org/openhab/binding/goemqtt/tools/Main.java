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

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.tools.demo.DemoCommand;
import org.openhab.binding.goemqtt.tools.monitor.MonitorCommand;
import org.openhab.binding.goemqtt.tools.replay.ReplayCommand;
import org.openhab.binding.goemqtt.tools.simulator.SimulateCommand;

/**
 * The entry point of the tools jar: {@code java -jar goemqtt-tools-<version>.jar <command> [options]}. Dispatches
 * to the subcommands; exit code 0 on success, 1 when a command failed, 2 for a wrong command line.
 */
@NonNullByDefault
public final class Main {

    private record Entry(String synopsis, Command command) {
    }

    private static final Map<String, Entry> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("demo", new Entry("run the binding against a simulated charger and show a charging session",
                DemoCommand::run));
        COMMANDS.put("monitor", new Entry("show the chargers on a broker and their values as the binding decodes them",
                MonitorCommand::run));
        COMMANDS.put("simulate", new Entry("start a broker and simulated go-e chargers", SimulateCommand::run));
        COMMANDS.put("replay", new Entry("decode a mosquitto_sub -v capture as the binding does", ReplayCommand::run));
    }

    private Main() {
    }

    public static void main(String[] args) {
        int code;
        // @Nullable in the external annotations, since System.setOut(null) is allowed; nothing here does that
        PrintStream out = Objects.requireNonNull(System.out);
        PrintStream err = Objects.requireNonNull(System.err);
        try {
            code = run(args, out, err);
        } catch (RuntimeException | LinkageError e) {
            // a defect: say so and end, rather than leave the JVM waiting on the threads a command started
            err.println("internal error: " + e);
            code = Command.FAILED;
        }
        System.exit(code);
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(usage());
            return Command.USAGE;
        }
        String name = args[0];
        if ("--help".equals(name) || "-h".equals(name) || "help".equals(name)) {
            out.println(usage());
            return Command.OK;
        }
        Entry entry = COMMANDS.get(name);
        if (entry == null) {
            err.println("unknown command '" + name + "'");
            err.println(usage());
            return Command.USAGE;
        }
        return entry.command().run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    /** The overall usage text: one line per command. */
    public static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar goemqtt-tools.jar <command> [options]")
                .append(System.lineSeparator()).append(System.lineSeparator()).append("commands:")
                .append(System.lineSeparator());
        COMMANDS.forEach((name, entry) -> text.append(String.format("  %-10s %s%n", name, entry.synopsis())));
        text.append(System.lineSeparator()).append("'<command> --help' shows the options of a command.");
        return text.toString();
    }
}
