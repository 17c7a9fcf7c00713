/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.handler.ChargerHarness;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;

import com.google.gson.JsonPrimitive;

/**
 * Scenario 8, topics: whatever the serial, base topic or command key, the binding subscribes and publishes only
 * below the charger's base (plus the bridge's discovery filters for chargers and controllers). Every subscribe and publish on the in-memory
 * transport is checked.
 */
@NonNullByDefault
class TopicContainmentReliabilityTest {

    private static final List<String> HOSTILE_KEYS = List.of("#", "+", "amp/#", "a/+/b", "", "/", "amp/set", "../x",
            "amp\u0000", "k".repeat(70_000));

    @Test
    void serialsBaseTopicsAndCommandKeysNeverLeadOutsideTheChargersBase() {
        for (Map<String, Object> config : List.<Map<String, Object>> of(Map.of("serial", "072246"),
                Map.of("serial", "072246", "baseTopic", "home/wallbox/"),
                Map.of("serial", "0", "baseTopic", "/"), Map.of("serial", "072246", "baseTopic", "a b/ü/"))) {
            ChargerHarness harness = new ChargerHarness(config).initialize();
            if (harness.callback.lastStatus().getStatus() == ThingStatus.OFFLINE) {
                continue; // refused: nothing subscribed, see the bad-configuration scenario
            }
            Object configured = config.get("baseTopic");
            List<String> bases = configured != null ? List.of(String.valueOf(configured))
                    : List.of("/go-eCharger/" + config.get("serial") + "/", "go-eCharger/" + config.get("serial") + "/");
            for (String key : HOSTILE_KEYS) {
                CompletableFuture<CommandOutcome> outcome = harness.handler.sendCommand(key, new JsonPrimitive(1));
                assertFalse(outcome.isCompletedExceptionally(), key);
            }
            harness.command("charging#requested-current", new DecimalType(10));
            harness.command("charging#force-state", new StringType("2"));
            harness.command("device#friendly-name", new StringType("a/#/+"));
            harness.command("charging#allow-charging", OnOffType.ON);
            harness.afterWindow();
            assertContained(harness.transport, bases, config);
            harness.handler.dispose();
        }
    }

    /** Subscriptions: {@code <base>#} or discovery filters; publishes: {@code <base><key>/set}, no wildcard. */
    private static void assertContained(FakeTransport transport, List<String> bases, Map<String, Object> config) {
        for (String filter : transport.subscriptions()) {
            boolean discovery = filter.matches("/?go-eCharger/\\+/(fwv|typ|var|status)")
                    || filter.matches("/?go-eController/\\+/(fwv|typ|fna)");
            assertTrue(discovery || bases.stream().anyMatch(base -> filter.equals(base + "#")),
                    config + ": subscribed to " + filter);
        }
        assertFalse(transport.published().isEmpty(), config + ": something was published");
        for (FakeTransport.Published message : transport.published()) {
            String topic = message.topic();
            assertTrue(bases.stream().anyMatch(base -> topic.startsWith(base)) && topic.endsWith("/set")
                    && !topic.contains("#") && !topic.contains("+"), config + ": published on " + topic);
        }
    }
}
