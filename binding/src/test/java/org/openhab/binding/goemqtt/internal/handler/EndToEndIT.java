/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.paho.PahoTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;
import org.openhab.binding.goemqtt.internal.testutil.EmbeddedBroker;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The whole binding over a real broker: the MQTT client adapter, the bridge, discovery and a charger thing, with a
 * charger played by a plain MQTT client that publishes a captured retained dump and answers each set. Runs against
 * an embedded Moquette broker everywhere and against Mosquitto where it is installed (required in CI).
 */
@NonNullByDefault
class EndToEndIT {

    private static final String BASE = "/go-eCharger/072246/";
    private static final Duration DELIVERY = Duration.ofSeconds(15);
    /** The charger's real answer to a two-letter name (capture set-result-fna.txt). */
    private static final String FNA_REFUSAL = CaptureFile.read("set-result-fna.txt").stream()
            .filter(line -> line.topic().endsWith("/result") && line.payload().startsWith("String length")).findFirst()
            .orElseThrow().payload();

    @Test
    void aChargerComesOnlineTakesCommandsAndShowsARefusalOverMoquette() throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            roundTrip(broker.uri(), "Moquette", broker::stop, broker::restart);
        }
    }

    @Test
    void aChargerComesOnlineTakesCommandsAndShowsARefusalOverMosquitto(@TempDir Path dir) throws Exception {
        MosquittoProcess.assumeAvailable();
        try (MosquittoProcess broker = MosquittoProcess.builder(dir).start()) {
            roundTrip(broker.uri(), "Mosquitto", broker::kill, broker::restart);
        }
    }

    /**
     * The charger publishes its dump and comes ONLINE; a command is applied; a refusal shows; the broker goes away
     * (bridge OFFLINE, charger BRIDGE_OFFLINE) and comes back (UNKNOWN until the charger republishes, then ONLINE);
     * the charger falls silent (OFFLINE after its silence timeout).
     */
    private void roundTrip(String uri, String brokerName, Runnable stopBroker, Runnable startBroker)
            throws Exception {
        try (ScriptedCharger device = new ScriptedCharger(uri, BASE, Map.of("fna=\"gogo\"", FNA_REFUSAL))) {
            device.publishDump("fw60.5-v3-retained-burst.txt");
            device.startHeartbeat();

            Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home")
                    .withConfiguration(OpenhabConfiguration.broker().prepare(Map.of("uri", uri, "reconnectDelayMax", 2)))
                    .build();
            BrokerHandler broker = new BrokerHandler(bridge, PahoTransport::new);
            Thing thing = ThingBuilder
                    .create(THING_TYPE_CHARGER, new ThingUID(THING_TYPE_CHARGER, bridge.getUID(), "garage"))
                    .withBridge(bridge.getUID())
                    // as a .things file writes it; silenceTimeout 3 s is below the XML minimum of 5 s, which openHAB's
                    // validation would refuse: shortened so that the silence shows within the test
                    .withConfiguration(OpenhabConfiguration.charger()
                            .prepare(OpenhabConfiguration.thingsFile("serial=\"072246\", silenceTimeout=3")))
                    .build();
            ChargerHandler charger = new ChargerHandler(thing, Catalog.standard());
            RecordingCallback bridgeCallback = new RecordingCallback()
                    .onStatus(status -> charger.bridgeStatusChanged(status));
            RecordingCallback callback = new RecordingCallback().withBridge(bridge);
            bridge.setHandler(broker);
            broker.setCallback(bridgeCallback.handlerCallback());
            thing.setHandler(charger);
            charger.setCallback(callback.handlerCallback());
            try {
                broker.initialize();
                await(() -> bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE),
                        "bridge ONLINE", bridgeCallback);
                await(() -> broker.sightings().find(ChargerSerial.of("072246")).isPresent(), "charger discovered",
                        bridgeCallback);
                assertEquals("60.5", broker.sightings().find(ChargerSerial.of("072246")).orElseThrow().properties()
                        .get(Thing.PROPERTY_FIRMWARE_VERSION));

                charger.initialize();
                await(() -> callback.lastStatus().getStatus() == ThingStatus.ONLINE, "charger ONLINE", callback);
                Map<String, String> properties = Map.of(Thing.PROPERTY_VENDOR, "go-e", Thing.PROPERTY_SERIAL_NUMBER,
                        "072246", Thing.PROPERTY_FIRMWARE_VERSION, "60.5", Thing.PROPERTY_MODEL_ID, "go-eCharger",
                        "variant", "11 kW");
                await(() -> properties.equals(thing.getProperties()), "openHAB's standard properties", callback);
                await(() -> new QuantityType<>(6, Units.AMPERE)
                        .equals(callback.lastStateOf("charging#requested-current")), "states of the dump", callback);

                charger.handleCommand(new ChannelUID(thing.getUID(), "charging#requested-current"),
                        new QuantityType<>(16, Units.AMPERE));
                await(() -> new QuantityType<>(16, Units.AMPERE)
                        .equals(callback.lastStateOf("charging#requested-current")), "amp 16 applied", callback);
                assertEquals(List.of("amp=16"), device.sets);
                assertNull(callback.lastStatus().getDescription(), "success leaves nothing to show");

                charger.handleCommand(new ChannelUID(thing.getUID(), "device#friendly-name"), new StringType("go"));
                String refused = String.valueOf(callback.lastStatus().getDescription());
                assertTrue(refused.startsWith("@text/online.command-refused [ \"device#friendly-name\"")
                        && refused.contains("takes a text of 4 to 64 characters"), refused);
                assertEquals(List.of("amp=16"), device.sets, "the short name is not sent");
                // a name the binding sends, answered with the charger's real text for a short one
                charger.handleCommand(new ChannelUID(thing.getUID(), "device#friendly-name"),
                        new StringType("gogo"));
                await(() -> String.valueOf(callback.lastStatus().getDescription()).contains("command-rejected"),
                        "the refusal in the status", callback);
                assertEquals(List.of("amp=16", "fna=\"gogo\""), device.sets);
                assertEquals("@text/online.command-rejected [ \"fna\", \"ʺgogoʺ\", "
                        + "\"String length  2 exceeds range 4 to 64 ʺgoʺ\" ]", callback.lastStatus().getDescription());
                assertEquals(ThingStatus.ONLINE, callback.lastStatus().getStatus());
                await(() -> callback.triggers().contains("status#event fna:ERROR"), "the error trigger", callback);

                stopBroker.run();
                await(() -> bridgeCallback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR),
                        "bridge OFFLINE", bridgeCallback);
                await(() -> callback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE),
                        "charger BRIDGE_OFFLINE", callback);
                startBroker.run();
                await(() -> bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE), "bridge back",
                        bridgeCallback);
                device.reconnect();
                device.publishDump("fw60.5-v3-retained-burst.txt");
                await(() -> callback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE), "charger back", callback);

                device.stopHeartbeat();
                await(() -> callback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR),
                        "charger silent", callback);
            } finally {
                charger.dispose();
                MqttTransport transport = broker.transport();
                broker.dispose();
                assertTrue(transport == null || transport.state() == ConnectionState.CLOSED);
            }
            System.out.println("Status history over " + brokerName + ":\n  bridge: "
                    + String.join("\n          ", bridgeCallback.statusHistory()) + "\n  charger: "
                    + String.join("\n           ", callback.statusHistory()) + "\n  charger as the user reads it: "
                    + String.join("\n           ", callback.statusHistory().stream().map(EndToEndIT::readable)
                            .toList()));
        }
    }

    /** {@code STATUS/DETAIL: text} with the description rendered in English. */
    private static String readable(String history) {
        int text = history.indexOf(": @text/");
        return text < 0 ? history
                : history.substring(0, text + 2) + RenderedStatus.english(history.substring(text + 2));
    }

    private static void await(BooleanSupplier condition, String what, RecordingCallback callback) {
        Await.until(condition, DELIVERY, () -> what + "; so far " + callback);
    }
}
