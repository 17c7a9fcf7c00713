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

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.tools.Arguments;
import org.openhab.binding.goemqtt.tools.Command;
import org.openhab.binding.goemqtt.tools.StopSignal;

/**
 * {@code monitor --broker URI [options]}: connects through the binding's own MQTT transport, finds chargers under
 * {@code /go-eCharger/} and {@code go-eCharger/} and go-e Controllers under {@code /go-eController/} and
 * {@code go-eController/} (and watches given base topics), prints each device's identity and then its values as the
 * binding decodes them, each time one changes.
 */
@NonNullByDefault
public final class MonitorCommand {

    /** One line per option, shown by {@code --help}. */
    public static final String USAGE = String.join(System.lineSeparator(), //
            "usage: monitor --broker URI [options]", //
            "  --broker URI                 tcp://host[:port], ssl://host[:port] (also mqtt://, mqtts://)", //
            "  --username NAME              user name at the broker", //
            "  --password SECRET            its password", //
            "  --client-id ID               MQTT client id (default: goemqtt- and random digits)", //
            "  --ca-cert FILE               PEM file of the CA(s) to trust (ssl:// only; default: Java's CAs)", //
            "  --client-cert FILE           PEM client certificate chain (ssl:// only)", //
            "  --client-key FILE            PEM private key of the client certificate", //
            "  --client-key-password TEXT   pass phrase of that key", //
            "  --insecure                   trust any server certificate (tests only)", //
            "  --no-hostname-verification   accept a certificate issued for another host name", //
            "  --base TOPICS                comma-separated base topics of chargers with a custom prefix, e.g.", //
            "                               home/wallbox/ (chargers under /go-eCharger/<serial>/ and", //
            "                               go-eCharger/<serial>/ are found without it, and so are go-e", //
            "                               Controllers under /go-eController/<serial>/ and go-eController/<serial>/)", //
            "  --duration SECONDS           stop after this many seconds (default: run until Ctrl-C)", //
            "  --help                       show this text", //
            "prints 'charger <serial>: base topic, firmware, type, variant, MQTT writes on|off' (a controller:", //
            "'controller <serial>: base topic, firmware, type, MQTT writes on|off'), then", //
            "'[<serial>] <group>#<channel> = <state>' whenever a value changes; exit 1 when the broker cannot be",
            "reached or refuses the connection");

    private static final Set<String> WITH_VALUE = Set.of("broker", "username", "password", "client-id", "ca-cert",
            "client-cert", "client-key", "client-key-password", "base", "duration");
    private static final Set<String> FLAGS = Set.of("insecure", "no-hostname-verification", "help");

    private MonitorCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        TransportConfig config;
        List<BaseTopic> bases;
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
            config = transportConfig(arguments);
            bases = bases(arguments.value("base"));
            duration = arguments.intValue("duration", 0, 1, Integer.MAX_VALUE);
        } catch (IllegalArgumentException e) {
            err.println("monitor: " + e.getMessage());
            err.println(USAGE);
            return Command.USAGE;
        }
        return monitor(config, bases, Duration.ofSeconds(duration), out, err);
    }

    static TransportConfig transportConfig(Arguments arguments) {
        String broker = arguments.value("broker");
        if (broker == null) {
            throw new Arguments.UsageException("--broker is required, e.g. --broker tcp://localhost:1883");
        }
        String password = arguments.value("password");
        if (password != null && !arguments.has("username")) {
            throw new Arguments.UsageException("--password needs --username");
        }
        return TransportConfig.builder(broker).clientId(arguments.value("client-id"))
                .credentials(arguments.value("username"), password).caCertificate(arguments.value("ca-cert"))
                .clientCertificate(arguments.value("client-cert"), arguments.value("client-key"),
                        arguments.value("client-key-password"))
                .trustAllCertificates(arguments.has("insecure"))
                .hostnameVerification(!arguments.has("no-hostname-verification"))
                .reconnectDelay(Duration.ofSeconds(1), Duration.ofSeconds(10)).build();
    }

    private static List<BaseTopic> bases(@Nullable String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(base -> !base.isEmpty()).map(BaseTopic::of)
                .toList();
    }

    private static int monitor(TransportConfig config, List<BaseTopic> bases, Duration duration, PrintStream out,
            PrintStream err) {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "goemqtt-monitor");
            thread.setDaemon(true);
            return thread;
        });
        PahoTransport transport = new PahoTransport(config, scheduler);
        AtomicReference<@Nullable ConnectionEvent> failure = new AtomicReference<>();
        try (StopSignal stop = StopSignal.onShutdown("goemqtt-monitor")) {
            Monitor monitor = new Monitor(out, scheduler, Clock.systemDefaultZone(), transport::subscribe, event -> {
                failure.compareAndSet(null, event);
                stop.stop();
            });
            monitor.start(bases);
            out.println("connecting to " + config.broker().serverUri()
                    + (duration.isZero() ? "; press Ctrl-C to stop" : " for " + duration.toSeconds() + " s"));
            transport.start(monitor);
            stop.await(duration);
            transport.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            transport.close();
        } finally {
            scheduler.shutdownNow();
        }
        ConnectionEvent failed = failure.get();
        if (failed != null) {
            // the transport would try again; the monitor ends instead
            String detail = failed.detail().replaceFirst(";? *next attempt in .*$", "");
            err.println("monitor: cannot connect to " + config.broker().serverUri() + " (" + failed.reason() + "): "
                    + detail);
            return Command.FAILED;
        }
        out.println("stopped");
        return Command.OK;
    }
}
