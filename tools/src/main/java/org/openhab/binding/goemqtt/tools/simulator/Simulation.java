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
import org.openhab.binding.goemqtt.tools.simulator.controller.SimulatedController;
import org.openhab.binding.goemqtt.tools.simulator.v1.SimulatedV1Charger;

/**
 * A ready-made setup for command lines, demos and benchmarks: an embedded broker (or an existing one), N simulated
 * API v2 chargers, M API v1 chargers and optionally a controller (whose Car category follows the chargers) connected
 * to it, and optionally a real-time clock that ticks every device once a second.
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
    private final List<SimulatedCharger> chargers = new ArrayList<>();
    private final List<SimulatedV1Charger> v1Chargers = new ArrayList<>();
    /** Every device in the order it was connected: ticked in this order, closed in this order. */
    private final List<SimulatedDevice> devices = new ArrayList<>();
    private @Nullable SimulatedController controller;
    private @Nullable ScheduledExecutorService ticker;

    private Simulation(@Nullable EmbeddedBroker broker, String brokerUri) {
        this.broker = broker;
        this.brokerUri = brokerUri;
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

    /** All API v2 chargers, in the order of their serials. */
    public List<SimulatedCharger> chargers() {
        return List.copyOf(chargers);
    }

    /** All API v1 chargers, in the order of their serials. */
    public List<SimulatedV1Charger> v1Chargers() {
        return List.copyOf(v1Chargers);
    }

    /**
     * The API v1 charger with this serial.
     *
     * @throws IllegalArgumentException when there is none
     */
    public SimulatedV1Charger v1Charger(String serial) {
        return v1Chargers.stream().filter(c -> c.serial().equals(serial)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated API v1 charger " + serial));
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

    /** The simulated controller, or {@code null} when the simulation has none. */
    public @Nullable SimulatedController controller() {
        return controller;
    }

    /** What all chargers draw now, in W. */
    public double chargingPower() {
        return chargers.stream().mapToDouble(SimulatedCharger::power).sum()
                + v1Chargers.stream().mapToDouble(SimulatedV1Charger::power).sum();
    }

    /** Advances every device's time by one second, deterministically (the controller after the chargers). */
    public void tickAll() {
        tickAll(Duration.ofSeconds(1));
    }

    /** Advances every device's time. */
    public void tickAll(Duration elapsed) {
        devices.forEach(device -> device.tick(elapsed));
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
        devices.forEach(SimulatedDevice::close);
        EmbeddedBroker own = broker;
        if (own != null) {
            own.close(); // after the clients' goodbyes (bounded), so no session is cut off
        }
    }

    private void add(SimulatedDevice device, String uri) throws MqttException {
        devices.add(device);
        device.connect(uri);
    }

    /** Options of a simulation; every one has a default. */
    public static final class Builder {
        private String host = EmbeddedBroker.DEFAULT_HOST;
        private int port = EmbeddedBroker.DEFAULT_PORT;
        private @Nullable String existingBroker;
        private List<String> serials = List.of("000001");
        private List<String> v1Serials = List.of();
        private Duration v1StatusPeriod = SimulatedV1Charger.STATUS_PERIOD;
        private DeviceEvents events = DeviceEvents.NONE;
        private @Nullable String controllerSerial;
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

        /** The API v2 chargers' serials (default one charger, 000001; may be empty); they must be distinct. */
        public Builder serials(List<String> serials) {
            if (new LinkedHashSet<>(serials).size() != serials.size()) {
                throw new IllegalArgumentException("serials must be distinct: " + serials);
            }
            this.serials = List.copyOf(serials);
            return this;
        }

        /** The API v1 chargers' serials (default none); distinct, and none an API v2 charger's. */
        public Builder v1Serials(List<String> serials) {
            if (new LinkedHashSet<>(serials).size() != serials.size()) {
                throw new IllegalArgumentException("serials must be distinct: " + serials);
            }
            this.v1Serials = List.copyOf(serials);
            return this;
        }

        /** The simulated time between two status documents of an API v1 charger (default 5 s, as the firmware). */
        public Builder v1StatusPeriod(Duration period) {
            this.v1StatusPeriod = period;
            return this;
        }

        /** Adds a controller with this serial under the base style's controller prefix (default: none). */
        public Builder controller(@Nullable String serial) {
            this.controllerSerial = serial;
            return this;
        }

        /** Hears what the API v1 chargers (and other devices without a {@link ChargerListener}) do. */
        public Builder events(DeviceEvents events) {
            this.events = events;
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
            List<String> all = new ArrayList<>(serials);
            all.addAll(v1Serials);
            if ((all.isEmpty() && controllerSerial == null) || new LinkedHashSet<>(all).size() != all.size()) {
                throw new IllegalArgumentException("at least one device, and every serial once: " + all);
            }
            if (all.size() > 1 && !baseTopic.distinguishesSerials()) {
                throw new IllegalArgumentException(
                        "several chargers need " + BaseTopic.SERIAL_PLACEHOLDER + " in a custom prefix");
            }
            String uri = existingBroker;
            EmbeddedBroker embedded = null;
            if (uri == null) {
                embedded = EmbeddedBroker.start(host, port);
                uri = embedded.uri();
            }
            Simulation simulation = new Simulation(embedded, uri);
            try {
                for (String serial : serials) {
                    SimulatedCharger charger = new SimulatedCharger(serial, firmware, baseTopic, clock,
                            serial.hashCode(), listener);
                    simulation.chargers.add(charger);
                    simulation.add(charger, uri);
                }
                for (String serial : v1Serials) {
                    SimulatedV1Charger charger = new SimulatedV1Charger(serial, baseTopic, v1StatusPeriod, clock,
                            serial.hashCode(), events);
                    simulation.v1Chargers.add(charger);
                    simulation.add(charger, uri);
                }
                String serial = controllerSerial;
                if (serial != null) {
                    SimulatedController added = new SimulatedController(serial, baseTopic, clock, serial.hashCode(),
                            simulation::chargingPower, events);
                    simulation.controller = added;
                    simulation.add(added, uri);
                }
            } catch (MqttException | RuntimeException e) {
                simulation.close();
                throw e;
            }
            return simulation;
        }
    }
}
