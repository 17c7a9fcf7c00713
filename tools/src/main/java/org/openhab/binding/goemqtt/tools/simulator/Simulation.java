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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * A ready-made setup for command lines, demos and benchmarks: an embedded broker (or an existing one), N simulated
 * chargers connected to it, and optionally a real-time clock that ticks every charger once a second.
 *
 * <pre>
 * try (Simulation sim = Simulation.builder().port(0).serials(List.of("000001")).start()) {
 *     SimulatedCharger charger = sim.charger("000001");
 *     charger.plugIn();
 *     sim.startRealTime();
 *     ...
 * }
 * </pre>
 */
@NonNullByDefault
public final class Simulation implements AutoCloseable {

    private final @Nullable EmbeddedBroker broker;
    private final String brokerUri;
    private final List<SimulatedCharger> chargers;
    private @Nullable ScheduledExecutorService ticker;

    private Simulation(@Nullable EmbeddedBroker broker, String brokerUri, List<SimulatedCharger> chargers) {
        this.broker = broker;
        this.brokerUri = brokerUri;
        this.chargers = chargers;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The broker the chargers are connected to, e.g. {@code tcp://127.0.0.1:1883}. */
    public String brokerUri() {
        return brokerUri;
    }

    /** The embedded broker, or {@code null} when the chargers use an existing one. */
    public @Nullable EmbeddedBroker broker() {
        return broker;
    }

    /** All chargers, in the order of their serials. */
    public List<SimulatedCharger> chargers() {
        return List.copyOf(chargers);
    }

    /**
     * The charger with this serial.
     *
     * @throws IllegalArgumentException when there is none
     */
    public SimulatedCharger charger(String serial) {
        return chargers.stream().filter(c -> c.serial().equals(serial)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated charger " + serial));
    }

    /** Advances every charger's time by one second, deterministically. */
    public void tickAll() {
        tickAll(Duration.ofSeconds(1));
    }

    /** Advances every charger's time. */
    public void tickAll(Duration elapsed) {
        chargers.forEach(charger -> charger.tick(elapsed));
    }

    /** Ticks every charger once a second on a thread of its own until {@link #close()}. */
    public synchronized void startRealTime() {
        if (ticker != null) {
            return;
        }
        ScheduledExecutorService service = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "go-e-simulator-ticker");
            thread.setDaemon(true);
            return thread;
        });
        // fixed rate keeps simulated time in step with the wall clock
        service.scheduleAtFixedRate(this::tickAll, 1, 1, TimeUnit.SECONDS);
        ticker = service;
    }

    /** Stops ticking, disconnects every charger and stops the embedded broker. */
    @Override
    public synchronized void close() {
        ScheduledExecutorService service = ticker;
        ticker = null;
        if (service != null) {
            service.shutdownNow();
            try {
                service.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        chargers.forEach(SimulatedCharger::close);
        EmbeddedBroker own = broker;
        if (own != null) {
            own.close(); // after the clients' goodbyes (bounded), so no session is cut off
        }
    }

    /** Options of a simulation; every one has a default. */
    public static final class Builder {
        private String host = EmbeddedBroker.DEFAULT_HOST;
        private int port = EmbeddedBroker.DEFAULT_PORT;
        private @Nullable String existingBroker;
        private List<String> serials = List.of("000001");
        private FirmwareProfile firmware = FirmwareProfile.of(FirmwareProfile.DEFAULT_VERSION);
        private BaseTopic baseTopic = BaseTopic.SLASH;
        private Clock clock = Clock.systemDefaultZone();
        private ChargerListener listener = ChargerListener.NONE;

        private Builder() {
        }

        /** The embedded broker's listen address (default 127.0.0.1). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The embedded broker's port (default 1883; 0 picks a free port). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Uses an existing broker instead of starting one, e.g. {@code tcp://localhost:1883}. */
        public Builder existingBroker(@Nullable String uri) {
            this.existingBroker = uri;
            return this;
        }

        /** The chargers' serials (default one charger, 000001); they must be distinct. */
        public Builder serials(List<String> serials) {
            if (serials.isEmpty() || new LinkedHashSet<>(serials).size() != serials.size()) {
                throw new IllegalArgumentException("serials must be distinct and at least one: " + serials);
            }
            this.serials = List.copyOf(serials);
            return this;
        }

        public Builder firmware(FirmwareProfile firmware) {
            this.firmware = firmware;
            return this;
        }

        public Builder baseTopic(BaseTopic baseTopic) {
            this.baseTopic = baseTopic;
            return this;
        }

        /** Where simulated time starts (its instant) and the zone of {@code loc}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder listener(ChargerListener listener) {
            this.listener = listener;
            return this;
        }

        /** Starts the broker (unless an existing one is named) and connects every charger. */
        public Simulation start() throws IOException, MqttException {
            if (serials.size() > 1 && !baseTopic.distinguishesSerials()) {
                throw new IllegalArgumentException(
                        "several chargers need " + BaseTopic.SERIAL_PLACEHOLDER + " in a custom prefix");
            }
            String uri = existingBroker;
            EmbeddedBroker embedded = null;
            if (uri == null) {
                embedded = EmbeddedBroker.start(host, port);
                uri = embedded.uri();
            }
            List<SimulatedCharger> created = new ArrayList<>();
            Simulation simulation = new Simulation(embedded, uri, created);
            try {
                for (String serial : serials) {
                    SimulatedCharger charger = new SimulatedCharger(serial, firmware, baseTopic, clock,
                            serial.hashCode(), listener);
                    created.add(charger);
                    charger.connect(uri);
                }
            } catch (MqttException | RuntimeException e) {
                simulation.close();
                throw e;
            }
            return simulation;
        }
    }
}
