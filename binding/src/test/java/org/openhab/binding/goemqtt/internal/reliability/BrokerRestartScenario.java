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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.handler.ChargerHandler;
import org.openhab.binding.goemqtt.internal.handler.ScriptedCharger;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

import com.google.gson.JsonPrimitive;

/**
 * Scenario 1: a real Mosquitto is killed (SIGKILL) and started again {@code restarts} times while a scripted charger
 * publishes its uptime twice a second and commands are sent before, during and after each outage. After each
 * restart: the bridge is ONLINE again, the subscriptions are restored (a new value reaches its channel), the
 * charger is ONLINE, a command is confirmed; every command sent has an outcome.
 */
@NonNullByDefault
final class BrokerRestartScenario {

    /** Figures of one run; reconnect times are observations from the broker's restart to the bridge ONLINE. */
    record Figures(int restarts, Map<CommandStatus, Integer> outcomes, long fastestReconnectMs,
            long slowestReconnectMs) {
    }

    private static final String BASE = "/go-eCharger/072246/";
    private static final String CURRENT = "charging#requested-current";
    private static final int RECONNECT_DELAY_MAX = 2;

    private BrokerRestartScenario() {
    }

    static Figures run(Path dir, int restarts) throws Exception {
        MosquittoProcess.assumeAvailable();
        List<CompletableFuture<CommandOutcome>> commands = new ArrayList<>();
        long fastest = Long.MAX_VALUE;
        long slowest = 0;
        try (MosquittoProcess mosquitto = MosquittoProcess.builder(dir).start();
                ScriptedCharger device = new ScriptedCharger(mosquitto.uri(), BASE, Map.of());
                PahoBinding binding = new PahoBinding(
                        Map.of("uri", mosquitto.uri(), "reconnectDelayMax", RECONNECT_DELAY_MAX)).start()) {
            device.startHeartbeat();
            binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE),
                    "bridge ONLINE");
            ChargerHandler charger = binding.charger(Map.of("serial", "072246", "silenceTimeout", 30));
            binding.await(() -> binding.callback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE), "charger ONLINE");
            for (int round = 1; round <= restarts; round++) {
                int amps = 6 + round % 11;
                commands.add(charger.sendCommand("amp", new JsonPrimitive(amps)));
                mosquitto.kill();
                binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.OFFLINE,
                        ThingStatusDetail.COMMUNICATION_ERROR), "bridge OFFLINE, round " + round);
                binding.await(() -> binding.callback.isAt(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE),
                        "charger BRIDGE_OFFLINE, round " + round);
                CompletableFuture<CommandOutcome> during = charger.sendCommand("amp", new JsonPrimitive(amps));
                commands.add(during);
                assertEquals(CommandStatus.NOT_SENT, during.get(10, TimeUnit.SECONDS).status(),
                        "a command during the outage is reported as not sent");

                mosquitto.restart();
                long restarted = System.nanoTime();
                binding.await(() -> binding.bridgeCallback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE),
                        "bridge ONLINE again, round " + round);
                long reconnect = (System.nanoTime() - restarted) / 1_000_000;
                fastest = Math.min(fastest, reconnect);
                slowest = Math.max(slowest, reconnect);
                device.reconnect();
                int fresh = 16 - round % 11;
                device.publishDump("fw60.5-v3-retained-burst.txt");
                CompletableFuture<CommandOutcome> after = charger.sendCommand("amp", new JsonPrimitive(fresh));
                commands.add(after);
                assertEquals(CommandStatus.CONFIRMED, after.get(20, TimeUnit.SECONDS).status(),
                        "a command after the restart is confirmed, round " + round);
                binding.await(() -> new QuantityType<>(fresh, Units.AMPERE)
                        .equals(binding.callback.lastStateOf(CURRENT)), "new value arrives, round " + round);
                binding.await(() -> binding.callback.isAt(ThingStatus.ONLINE, ThingStatusDetail.NONE)
                        || binding.callback.lastStatus().getStatus() == ThingStatus.ONLINE,
                        "charger ONLINE again, round " + round);
            }
        }
        Map<CommandStatus, Integer> outcomes = new EnumMap<>(CommandStatus.class);
        for (CompletableFuture<CommandOutcome> command : commands) {
            assertTrue(command.isDone() && !command.isCancelled(), "a command without outcome: " + command);
            outcomes.merge(command.getNow(null).status(), 1, Integer::sum);
        }
        assertEquals(commands.size(), outcomes.values().stream().mapToInt(i -> i).sum());
        return new Figures(restarts, outcomes, fastest, slowest);
    }
}
