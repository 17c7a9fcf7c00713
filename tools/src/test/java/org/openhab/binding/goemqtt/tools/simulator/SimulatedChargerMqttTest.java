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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A simulated charger on the embedded broker over TCP, observed by a plain Paho client. Every wait has a generous
 * deadline; silence is shown by ordering (a later answer arrives while the earlier one never did), not by time.
 */
@NonNullByDefault
class SimulatedChargerMqttTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-04-21T15:41:28.732Z"),
            ZoneId.of("Europe/Vienna"));
    private static final Duration DEADLINE = Duration.ofMillis(TestClient.DEADLINE_MILLIS);

    private static @Nullable EmbeddedBroker broker;
    private static int nextSerial = 100;

    private @Nullable SimulatedCharger charger;
    private @Nullable TestClient client;

    /** One broker for the class (stopping one takes a while); each test has a charger with a serial of its own. */
    @BeforeAll
    static void startBroker() throws IOException {
        broker = EmbeddedBroker.startOnFreePort();
    }

    @AfterAll
    static void stopBroker() {
        EmbeddedBroker b = broker;
        if (b != null) {
            b.stop();
        }
    }

    @AfterEach
    void stopClients() throws Exception {
        TestClient c = client;
        if (c != null) {
            c.close();
        }
        SimulatedCharger s = charger;
        if (s != null) {
            s.close();
        }
    }

    private static String uri() {
        EmbeddedBroker b = broker;
        assertNotNull(b);
        return b.uri();
    }

    /** Starts a charger, waits until the broker holds its retained burst, then subscribes a client to it. */
    private SimulatedCharger start(String firmware, BaseTopic base) throws Exception {
        return start(firmware, base, ChargerListener.NONE);
    }

    private SimulatedCharger start(String firmware, BaseTopic base, ChargerListener listener) throws Exception {
        String serial = String.format("%06d", nextSerial++);
        SimulatedCharger started = new SimulatedCharger(serial, FirmwareProfile.of(firmware), base, CLOCK, 7,
                listener);
        charger = started;
        started.connect(uri());
        assertTrue(started.awaitPublished(DEADLINE));
        TestClient subscriber = new TestClient(uri());
        client = subscriber;
        subscriber.subscribe(started.baseTopic() + "#");
        return started;
    }

    private TestClient client() {
        TestClient c = client;
        assertNotNull(c);
        return c;
    }

    private static Predicate<TestClient.Received> on(String topic) {
        return m -> m.topic().equals(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = { "040.0", "055.2", "055.6", "60.5" })
    void aNewSubscriberGetsOneRetainedMessagePerKeyWithTheChargersValues(String firmware) throws Exception {
        SimulatedCharger sim = start(firmware, BaseTopic.SLASH);
        FirmwareProfile profile = FirmwareProfile.of(firmware);
        int keys = profile.publishedKeys().size();
        List<TestClient.Received> burst = client().awaitCount(m -> true, keys, "retained messages");
        Map<String, String> byKey = new HashMap<>();
        burst.forEach(m -> byKey.put(m.topic().substring(sim.baseTopic().length()), m.payload()));
        assertEquals(profile.publishedKeys(), byKey.keySet());
        byKey.forEach((key, payload) -> assertEquals(sim.getValue(key), payload, key));
    }

    @Test
    void valuesThePhysicsDoesNotTouchGoOutByteForByteAsCaptured() throws Exception {
        SimulatedCharger sim = start("60.5", BaseTopic.SLASH);
        Map<String, String> captured = capturedPayloads("fw60.5-v3-retained-burst.txt");
        for (String key : List.of("ccw", "awcp", "ocu", "cards", "dll", "avgfhz", "ufa", "dns", "lto")) {
            assertEquals(captured.get(key), client().await(sim.baseTopic() + key).payload(), key);
        }
    }

    @Test
    void eachTickPublishesTheKeysThatChanged() throws Exception {
        SimulatedCharger sim = start("055.6", BaseTopic.SLASH);
        long rbt = Long.parseLong(String.valueOf(sim.getValue("rbt")));
        sim.tick();
        sim.tick();
        client().await(sim.baseTopic() + "rbt", p -> p.equals(Long.toString(rbt + 2000)));
        client().await(sim.baseTopic() + "utc", p -> p.equals("\"2023-04-21T15:41:30.732\""));
        assertEquals(3, client().received().stream().filter(on(sim.baseTopic() + "rbt")).count());
    }

    @Test
    void carStateChangesArePublishedAsTheyHappen() throws Exception {
        SimulatedCharger sim = start("055.6", BaseTopic.SLASH);
        // the retained state must reach the subscriber before the car changes it, or the broker may hand over the
        // new value as the retained one and deliver it live as well
        client().await(sim.baseTopic() + "car", p -> p.equals("1"));
        sim.plugIn();
        sim.tick();
        sim.unplug();
        List<String> car = client().awaitCount(on(sim.baseTopic() + "car"), 4, "car states").stream()
                .map(TestClient.Received::payload).toList();
        assertEquals(List.of("1", "3", "2", "1"), car);
    }

    @Test
    void anAcceptedSetIsAnsweredWithSuccessAndThenEchoed() throws Exception {
        SimulatedCharger sim = start("055.6", BaseTopic.SLASH);
        String base = sim.baseTopic();
        client().publish(base + "amp/set", "16");
        client().await(base + "amp", p -> p.equals("16"));
        List<TestClient.Received> all = client().received();
        int result = indexOf(all, base + "amp/result", "success");
        int echo = indexOf(all, base + "amp", "16");
        assertTrue(result >= 0 && result < echo, "the result comes before the echo: " + all);
        assertEquals("16", sim.getValue("amp"));
    }

    @Test
    void everyRejectionKindIsAnsweredOnTheResultTopic() throws Exception {
        SimulatedCharger sim = start("60.5", BaseTopic.SLASH);
        String base = sim.baseTopic();
        String[][] cases = { { "fna", "go", "invalid json InvalidInput: go" },
                { "fna", "\"go\"", "String length  2 exceeds range 4 to 64 \"go\"" },
                { "fna", "0", "value must be string 0" }, { "amp", "33", "Value  33 exceeds range 6 to 32 33" },
                { "alw", "false", "alw: tried to set api key without setter (false)" } };
        for (String[] set : cases) {
            client().publish(base + set[0] + "/set", set[1]);
        }
        for (String[] set : cases) {
            client().await(base + set[0] + "/result", p -> p.equals(set[2]));
        }
        assertEquals("6", sim.getValue("amp"));
        assertEquals("true", sim.getValue("alw"));
    }

    @Test
    void withMqttWritesOffASetGetsNoAnswerAndChangesNothing() throws Exception {
        BlockingQueue<SetAnswer> answers = new LinkedBlockingQueue<>();
        SimulatedCharger sim = start("60.5", BaseTopic.SLASH, new ChargerListener() {
            @Override
            public void setHandled(SimulatedCharger charger, String key, String payload, SetAnswer answer) {
                answers.add(answer);
            }
        });
        String base = sim.baseTopic();
        sim.setWritesAllowed(false);
        client().publish(base + "amp/set", "16");
        client().publish(base + "alw/set", "false");
        for (int i = 0; i < 2; i++) {
            SetAnswer answer = answers.poll(TestClient.DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
            assertNotNull(answer, "the charger saw both sets");
            assertEquals(SetAnswer.Outcome.IGNORED, answer.outcome());
        }
        sim.setWritesAllowed(true);
        client().publish(base + "amp/set", "10");
        client().await(base + "amp/result", p -> p.equals("success"));
        // the charger's messages reach the client in order: an answer to the ignored sets would be here by now
        List<TestClient.Received> results = client().received().stream().filter(m -> m.topic().endsWith("/result"))
                .toList();
        assertEquals(1, results.size(), "only the set after writes were allowed again is answered: " + results);
        assertFalse(client().received().stream()
                .anyMatch(m -> m.topic().equals(base + "amp") && m.payload().equals("16")));
    }

    @Test
    void firmwareBefore0515NeverAnswersButEchoesAcceptedValues() throws Exception {
        SimulatedCharger sim = start("040.0", BaseTopic.SLASH);
        String base = sim.baseTopic();
        client().publish(base + "amp/set", "go");
        client().publish(base + "alw/set", "false");
        client().publish(base + "amp/set", "16");
        client().await(base + "amp", p -> p.equals("16"));
        assertEquals(List.of(), client().received().stream().filter(m -> m.topic().endsWith("/result")).toList());
    }

    @Test
    void theDocumentationsBaseTopicWithoutSlashWorksBothWays() throws Exception {
        SimulatedCharger sim = start("055.6", BaseTopic.NO_SLASH);
        assertEquals("go-eCharger/" + sim.serial() + "/", sim.baseTopic());
        assertSetAnsweredUnder(sim.baseTopic());
    }

    @Test
    void aCustomPrefixReplacesTheWholeBaseTopic() throws Exception {
        SimulatedCharger sim = start("055.6", BaseTopic.custom("garage/wallbox"));
        assertEquals("garage/wallbox/", sim.baseTopic());
        assertSetAnsweredUnder("garage/wallbox/");
    }

    private void assertSetAnsweredUnder(String base) throws Exception {
        assertEquals("\"055.6\"", client().await(base + "fwv").payload());
        client().publish(base + "frc/set", "1");
        client().await(base + "frc/result", p -> p.equals("success"));
        client().await(base + "frc", p -> p.equals("1"));
    }

    @Test
    void aSilentChargerAnswersNothingAndRepublishesEverythingWhenItComesBack() throws Exception {
        SimulatedCharger sim = start("055.6", BaseTopic.SLASH);
        String base = sim.baseTopic();
        client().await(base + "fwv");
        sim.goSilent();
        assertFalse(sim.isConnected());
        client().publish(base + "amp/set", "16");
        sim.tick();
        sim.comeBack();
        assertTrue(sim.isConnected());
        client().awaitCount(on(base + "fwv"), 2, "fwv again after coming back");
        client().publish(base + "amp/set", "12");
        client().await(base + "amp/result", p -> p.equals("success"));
        assertEquals(1, client().received().stream().filter(on(base + "amp/result")).count(),
                "the set sent while silent was lost");
        assertEquals("12", sim.getValue("amp"));
    }

    private static int indexOf(List<TestClient.Received> messages, String topic, String payload) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).topic().equals(topic) && messages.get(i).payload().equals(payload)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> capturedPayloads(String file) throws IOException {
        Map<String, String> payloads = new HashMap<>();
        try (InputStream in = SimulatedChargerMqttTest.class.getResourceAsStream("/profiles/" + file)) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("/")) {
                    String[] parts = line.split(" ", 2);
                    payloads.putIfAbsent(parts[0].substring(parts[0].lastIndexOf('/') + 1), parts[1]);
                }
            }
        }
        return payloads;
    }
}
