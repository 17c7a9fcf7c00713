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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.handler.BrokerHandler;
import org.openhab.binding.goemqtt.internal.handler.V1ChargerHandler;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
import org.openhab.binding.goemqtt.tools.simulator.v1.SimulatedV1Charger;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.State;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The binding's real bridge, discovery and v1 handler against the simulated API v1 charger (firmware 041.0) over
 * the embedded broker and over Mosquitto: discovery, ONLINE, states with units, a confirmed and an unconfirmed
 * command, silence and return; and one simulated minute of the binding's PV control on a manual clock, over both.
 */
@NonNullByDefault
class V1SimulatorEndToEndTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private static final String SERIAL = "123345";
    private static final Path GUIDE = Path.of("../docs/pv-surplus.md");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final List<ThingStatusInfo> statuses = new CopyOnWriteArrayList<>();
    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final List<String> triggers = new CopyOnWriteArrayList<>();
    private final AtomicInteger controlTexts = new AtomicInteger();
    /** What the binding published on {@code cmd/req}, as {@code key=value}. */
    private final List<String> published = new CopyOnWriteArrayList<>();
    /** What the simulated charger took from {@code cmd/req}, as its events tell. */
    private final List<String> received = new CopyOnWriteArrayList<>();
    /** The last status document the binding received. */
    private final AtomicReference<@Nullable JsonObject> lastStatus = new AtomicReference<>();

    @Test
    void overTheEmbeddedBroker() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnFreePort()) {
            discoveredControlledAndWatched(broker.uri());
        }
    }

    @Test
    void overMosquitto() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start()) {
            discoveredControlledAndWatched(broker.uri());
        }
    }

    private void discoveredControlledAndWatched(String uri) throws Exception {
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor();
        try (SimulatedV1Charger sim = new SimulatedV1Charger(SERIAL, BaseTopic.SLASH,
                SimulatedV1Charger.STATUS_PERIOD, Clock.systemUTC(), 7, this::event)) {
            Bridge bridge = bridge(uri);
            BrokerHandler broker = new BrokerHandler(bridge, this::observed);
            bridge.setHandler(broker);
            broker.setCallback(mock(ThingHandlerCallback.class));
            List<DiscoveryResult> inbox = new CopyOnWriteArrayList<>();
            DiscoveryListener listener = mock(DiscoveryListener.class);
            doAnswer(call -> inbox.add(call.getArgument(1))).when(listener).thingDiscovered(any(), any());
            GoeMqttDiscoveryService discovery = new GoeMqttDiscoveryService();
            ThingUID uid = new ThingUID(THING_TYPE_CHARGER_V1, bridge.getUID(), SERIAL);
            V1ChargerHandler charger = null;
            try {
                broker.initialize();
                discovery.setThingHandler(broker);
                discovery.addDiscoveryListener(listener);
                discovery.initialize();
                await(broker::isConnected, "bridge connected");
                sim.connect(uri);
                // the firmware's 5 s period, played ten times as fast: one status every 0.5 s
                beat.scheduleAtFixedRate(() -> sim.tick(SimulatedV1Charger.STATUS_PERIOD), 500, 500,
                        TimeUnit.MILLISECONDS);
                await(() -> inbox.stream().anyMatch(r -> uid.equals(r.getThingUID())), "charger-v1 in the inbox");
                DiscoveryResult found = inbox.stream().filter(r -> uid.equals(r.getThingUID())).findFirst()
                        .orElseThrow();
                assertEquals(THING_TYPE_CHARGER_V1, found.getThingTypeUID());
                assertEquals("go-e Charger 123345 (API v1, firmware 041.0)", found.getLabel());
                assertEquals("/go-eCharger/123345/", found.getProperties().get(CONFIG_BASE_TOPIC));

                Thing thing = ThingBuilder.create(THING_TYPE_CHARGER_V1, uid).withBridge(bridge.getUID())
                        .withConfiguration(new Configuration(new HashMap<>(Map.of("serial", SERIAL,
                                "silenceTimeout", new BigDecimal(2), "confirmPeriods", new BigDecimal(3)))))
                        .build();
                charger = new V1ChargerHandler(thing);
                thing.setHandler(charger);
                charger.setCallback(recordingCallback(bridge));
                charger.initialize();
                await(() -> lastStatus() == ThingStatus.ONLINE, "thing ONLINE");
                await(() -> states.get("energy#total-energy") != null, "total energy");
                QuantityType<?> energy = (QuantityType<?>) states.get("energy#total-energy");
                assertEquals(0, new BigDecimal(sim.value("eto")).divide(BigDecimal.TEN)
                        .compareTo(energy.toUnit(Units.KILOWATT_HOUR).toBigDecimal()), "eto in 0.1 kWh: " + energy);
                assertEquals(new QuantityType<>(16, Units.AMPERE), states.get("charging#requested-current"));

                // confirmed: alw=1 on cmd/req, the next status shows it
                charger.handleCommand(new ChannelUID(uid, "status#charging-allowed"), OnOffType.ON);
                await(() -> received.contains("alw=1 -> accepted"), "alw=1 taken by the charger");
                await(() -> "1".equals(sim.value("alw")), "alw 1 in the charger");
                Thread.sleep(2500); // five status periods, more than the three an unconfirmed command would take
                assertEquals(ThingStatus.ONLINE, lastStatus());
                assertNull(statuses.get(statuses.size() - 1).getDescription(), "confirmed: nothing to show");
                assertEquals(List.of(), triggers);

                // unconfirmed: the charger's maximum was lowered to 10 A meanwhile (its status has not shown it
                // yet), so it ignores 12 A; the 041.0 status has no amx, so the binding writes amp
                assertNull(sim.command("ama=10"));
                charger.handleCommand(new ChannelUID(uid, "charging#requested-current"),
                        new QuantityType<>(12, Units.AMPERE));
                await(() -> triggers.contains("status#event amp:ERROR"), "amp:ERROR");
                assertTrue(received.contains("amp=12 -> ignored, amp must not be above ama (10)"), "" + received);
                assertEquals("@text/online.command-unconfirmed [ \"amp\", \"12\", \"041.0\" ]",
                        statuses.get(statuses.size() - 1).getDescription());
                assertEquals("16", sim.value("amp"), "no status showed 12 A");

                sim.goSilent();
                await(() -> lastStatus() == ThingStatus.OFFLINE && statuses.get(statuses.size() - 1)
                        .getStatusDetail() == ThingStatusDetail.COMMUNICATION_ERROR, "OFFLINE after the silence");
                sim.connect(uri);
                await(() -> lastStatus() == ThingStatus.ONLINE, "ONLINE again");
            } finally {
                beat.shutdownNow();
                if (charger != null) {
                    charger.dispose();
                }
                discovery.dispose();
                broker.dispose();
            }
        }
    }

    /** House consumption without the car, W. */
    private static final int HOUSE = 500;
    /** PV production at each status period, W; -1: the meter sends nothing from then on. */
    private static final int[] PV = { 3000, 4800, 6000, 7000, 3500, 3500, 3500, 7000, 7000, 7000, -1, -1 };

    @Test
    void oneSimulatedMinuteOfPvControlOverTheEmbeddedBroker() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.startOnFreePort()) {
            oneSimulatedMinuteOfPvControl(broker.uri());
        }
    }

    @Test
    void oneSimulatedMinuteOfPvControlOverMosquitto() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start()) {
            oneSimulatedMinuteOfPvControl(broker.uri());
        }
    }

    private void oneSimulatedMinuteOfPvControl(String uri) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        try (SimulatedV1Charger sim = new SimulatedV1Charger(SERIAL, BaseTopic.SLASH,
                SimulatedV1Charger.STATUS_PERIOD, clock, 7, this::event)) {
            Bridge bridge = bridge(uri);
            BrokerHandler broker = new BrokerHandler(bridge, this::observed);
            bridge.setHandler(broker);
            broker.setCallback(mock(ThingHandlerCallback.class));
            Map<String, Object> config = new HashMap<>(Map.of("serial", SERIAL, "pvControlEnabled", true,
                    "pvControlReserve", new BigDecimal(100), "pvControlHysteresis", new BigDecimal(300)));
            config.putAll(Map.of("pvControlMinOnTime", new BigDecimal(10), "pvControlMinOffTime",
                    new BigDecimal(10), "pvControlMaxAge", new BigDecimal(8), "pvControlFallback", "stop"));
            ThingUID uid = new ThingUID(THING_TYPE_CHARGER_V1, bridge.getUID(), SERIAL);
            Thing thing = ThingBuilder.create(THING_TYPE_CHARGER_V1, uid).withBridge(bridge.getUID())
                    .withConfiguration(new Configuration(config)).build();
            V1ChargerHandler charger = new V1ChargerHandler(thing, Catalog.v1(), clock, null);
            thing.setHandler(charger);
            charger.setCallback(recordingCallback(bridge));
            List<String> log = new ArrayList<>();
            List<String> writes = new ArrayList<>();
            List<String> followed = new ArrayList<>();
            List<String> controlStates = new ArrayList<>();
            Map<String, String> expected = new HashMap<>(Map.of("alw", "0", "amp", "16"));
            try {
                broker.initialize();
                await(broker::isConnected, "bridge connected");
                charger.initialize();
                sim.plugIn();
                sim.connect(uri);
                await(() -> lastStatus() == ThingStatus.ONLINE, "thing ONLINE");
                await(() -> controlTexts.get() > 0, "first control decision");
                for (int period = 0; period < PV.length; period++) {
                    clock.advance(SimulatedV1Charger.STATUS_PERIOD);
                    if (PV[period] >= 0) { // the meter reports just before the charger's status
                        long grid = Math.round(HOUSE + sim.power() - PV[period]);
                        charger.handleCommand(new ChannelUID(uid, "pv#grid-power-input"),
                                new QuantityType<>(grid, Units.WATT));
                        charger.handleCommand(new ChannelUID(uid, "pv#pv-power-input"),
                                new QuantityType<>(PV[period], Units.WATT));
                    }
                    String alwBefore = sim.value("alw");
                    int before = controlTexts.get();
                    int sent = published.size();
                    sim.tick(SimulatedV1Charger.STATUS_PERIOD);
                    await(() -> controlTexts.get() > before, "the control's decision on status " + period);
                    List<String> now = List.copyOf(published.subList(sent, published.size()));
                    await(() -> received.size() >= published.size(), "the charger took " + now);
                    String time = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(TIME);
                    if (!now.isEmpty()) {
                        writes.add(time + " " + String.join(", ", now));
                    }
                    JsonObject seen = lastStatus.get();
                    assertEquals(alwBefore, seen == null ? null : seen.get("alw").getAsString(),
                            "the status of " + time + " shows alw as the charger had it");
                    for (String write : now) { // the charger took every write: its next status shows it
                        String[] keyValue = write.split("=");
                        expected.put("amx".equals(keyValue[0]) ? "amp" : keyValue[0], keyValue[1]);
                    }
                    followed.add(time + " alw=" + sim.value("alw") + " amp=" + sim.value("amp"));
                    assertEquals(time + " alw=" + expected.get("alw") + " amp=" + expected.get("amp"),
                            followed.get(followed.size() - 1));
                    controlStates.add(String.valueOf(states.get(V1ChargerHandler.CONTROL_STATE)));
                    log.add(String.format("%s  %-14s %-20s %s", time, String.join(", ", now),
                            states.get(V1ChargerHandler.CONTROL_STATE), states.get(V1ChargerHandler.CONTROL_TEXT)));
                }
                System.out.println("PV control against the simulated charger, one minute:\n" + String.join("\n", log));
            } finally {
                charger.dispose();
                broker.dispose();
            }
            assertEquals(List.of( // start at 6 A, rise, hold at 6 A, stop, restart, stale stop
                    "12:00:10 amx=6, alw=1", //
                    "12:00:15 amx=7", //
                    "12:00:20 amx=8", //
                    "12:00:25 amx=6", //
                    "12:00:35 alw=0", //
                    "12:00:50 amx=9, alw=1", //
                    "12:01:00 alw=0"), writes, String.join("\n", log));
            assertEquals(List.of("WAITING_FOR_SURPLUS", "STARTING", "CHARGING", "CHARGING", "ON_HOLD", "ON_HOLD",
                    "STOPPING", "OFF_HOLD", "OFF_HOLD", "STARTING", "CHARGING", "STALE_STOPPED"), controlStates);
            assertEquals("0", sim.value("alw"), "the stale meter stopped the charging");
            assertTrue(Files.readString(GUIDE, StandardCharsets.UTF_8).contains(String.join("\n", log)),
                    GUIDE + " quotes this log as printed");
        }
    }

    private Bridge bridge(String uri) {
        return BridgeBuilder.create(THING_TYPE_BROKER, "home")
                .withConfiguration(new Configuration(new HashMap<>(Map.of("uri", uri)))).build();
    }

    private void event(String serial, String text) {
        if (text.startsWith("cmd/req ")) {
            received.add(text.substring("cmd/req ".length()));
        }
    }

    /** The binding's Paho transport, with every {@code cmd/req} it publishes noted. */
    private MqttTransport observed(TransportConfig config,
            ScheduledExecutorService scheduler) {
        MqttTransport transport = new PahoTransport(config, scheduler);
        return new MqttTransport() {
            @Override
            public void start(TransportListener listener) {
                transport.start(new TransportListener() {
                    @Override
                    public void messageArrived(String topic, byte[] payload) {
                        if (topic.endsWith("/status")) {
                            lastStatus.set(JsonParser.parseString(new String(payload, StandardCharsets.UTF_8))
                                    .getAsJsonObject());
                        }
                        listener.messageArrived(topic, payload);
                    }

                    @Override
                    public void connectionChanged(ConnectionEvent event) {
                        listener.connectionChanged(event);
                    }
                });
            }

            @Override
            public void subscribe(String topicFilter) {
                transport.subscribe(topicFilter);
            }

            @Override
            public void unsubscribe(String topicFilter) {
                transport.unsubscribe(topicFilter);
            }

            @Override
            public void publish(String topic, byte[] payload) throws TransportException {
                if (topic.endsWith("/cmd/req")) {
                    published.add(new String(payload, StandardCharsets.UTF_8));
                }
                transport.publish(topic, payload);
            }

            @Override
            public ConnectionState state() {
                return transport.state();
            }

            @Override
            public void close() {
                transport.close();
            }
        };
    }

    private @Nullable ThingStatus lastStatus() {
        return statuses.isEmpty() ? null : statuses.get(statuses.size() - 1).getStatus();
    }

    private ThingHandlerCallback recordingCallback(Bridge bridge) {
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        when(callback.getBridge(bridge.getUID())).thenReturn(bridge);
        doAnswer(call -> statuses.add(call.getArgument(1))).when(callback).statusUpdated(any(), any());
        doAnswer(call -> {
            String id = ((ChannelUID) call.getArgument(0)).getId();
            states.put(id, call.getArgument(1));
            if (V1ChargerHandler.CONTROL_TEXT.equals(id)) {
                controlTexts.incrementAndGet();
            }
            return null;
        }).when(callback).stateUpdated(any(), any());
        doAnswer(call -> triggers.add(((ChannelUID) call.getArgument(1)).getId() + " " + call.getArgument(2)))
                .when(callback).channelTriggered(any(), any(), any());
        return callback;
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(what + " not reached; statuses " + statuses + ", states " + states + ", triggers " + triggers
                        + ", published " + published + ", received " + received);
            }
            Thread.sleep(10);
        }
    }

    /** A clock that moves only when told. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(@Nullable ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
