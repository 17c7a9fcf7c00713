/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.replay.ReplayReport;
import org.openhab.binding.goemqtt.internal.catalog.replay.Replayer;

/**
 * {@code replay [--base <topic>] [--now <instant>] [--zone <zone>] <file|->}: feeds a file of
 * {@code mosquitto_sub -v} lines through the binding's decoding and prints, per charger, the final state of every
 * channel, the commands ({@code /set}) and the charger's answers ({@code /result}), the keys that became raw channels,
 * and the messages that could not be decoded; go-e Controllers and API v1 chargers as well (see {@link Replayer}).
 */
@NonNullByDefault
public final class ReplayCommand {

    static final String USAGE = """
            usage: replay [--base <topic>] [--now <instant>] [--zone <zone>] <file|->
              <file>           mosquitto_sub -v output: '<topic> <payload>' per line; '#' lines and blank lines
                               are ignored; - reads standard input
              --base <topic>   the charger's base topic, e.g. /go-eCharger/072246/ or a custom prefix (default:
                               /go-eCharger/<serial>/ and go-eCharger/<serial>/ of chargers, and
                               /go-eController/<serial>/ and go-eController/<serial>/ of go-e Controllers)
              --now <instant>  arrival time of every message, e.g. 2023-03-01T08:02:35Z (default: now); sets the
                               date-times computed from the charger's uptime
              --zone <zone>    time zone of date-times, e.g. Europe/Vienna (default: the system's)
            an API v1 charger's '<base>status {json}' (an object with version and sse) is decoded member by member,
            its '<base>cmd/req key=value' lines are v1 commands
            prints per device (serial and base topic) a line 'charger <serial> at <base>' (or 'controller ...',
            'charger (API v1) ...'), '<group>#<channel> = <state>' per channel (a controller's category and sensor
            channels followed by their names from ccn and isn), 'commands: <n>' and each /set (command) and /result
            (the device's answer) line in capture order, 'unmapped: <keys>', 'errors: <n>' and one line per message
            that could not be decoded; then 'other lines: <n>' and the lines that belong to no device; secrets are
            masked""";

    private ReplayCommand() {
    }

    /** Runs the command; returns 0 when the file was replayed, 1 when it could not be read, 2 for bad arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String base = null;
        String now = null;
        String zone = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("-h".equals(arg) || "--help".equals(arg)) {
                out.println(USAGE);
                return 0;
            }
            if (arg.startsWith("--") && !"--".equals(arg)) {
                if (i + 1 >= args.length) {
                    return usage(err, arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--base" -> base = value;
                    case "--now" -> now = value;
                    case "--zone" -> zone = value;
                    default -> {
                        return usage(err, "unknown option " + arg);
                    }
                }
            } else if (file == null) {
                file = arg;
            } else {
                return usage(err, "one file only, got " + file + " and " + arg);
            }
        }
        if (file == null) {
            return usage(err, "no file given");
        }
        Replayer replayer;
        try {
            replayer = new Replayer(Catalog.standard(), clock(now, zone), base);
        } catch (IllegalArgumentException | DateTimeException e) {
            return usage(err, String.valueOf(e.getMessage()));
        }
        List<String> lines;
        try {
            lines = read(file);
        } catch (IOException e) {
            err.println("replay: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        ReplayReport report = replayer.replay(lines);
        report.lines().forEach(out::println);
        return 0;
    }

    private static Clock clock(@Nullable String now, @Nullable String zone) {
        ZoneId zoneId = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        return now == null ? Clock.system(zoneId) : Clock.fixed(Instant.parse(now), zoneId);
    }

    /** The lines of the file (or standard input), invalid UTF-8 replaced rather than refused. */
    private static List<String> read(String file) throws IOException {
        byte[] bytes;
        if ("-".equals(file)) {
            InputStream in = System.in;
            if (in == null) {
                throw new IOException("no standard input");
            }
            bytes = in.readAllBytes();
        } else {
            bytes = Files.readAllBytes(Path.of(file));
        }
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        return text.lines().toList();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("replay: " + problem);
        err.println(USAGE);
        return 2;
    }
}
