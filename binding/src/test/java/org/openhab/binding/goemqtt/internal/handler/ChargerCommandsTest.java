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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;

import com.google.gson.JsonElement;

/**
 * Where an item command goes: to the session when it encodes, is within the bounds and the bridge is connected; to
 * the control parts for their channels; otherwise nowhere, with the item put back and the reason shown.
 */
@NonNullByDefault
class ChargerCommandsTest {

    private static final String CURRENT = "charging#requested-current";

    private final ManualClock clock = new ManualClock();
    private final List<String> submitted = new ArrayList<>();
    private final List<String> controlSets = new ArrayList<>();
    private final List<String> restored = new ArrayList<>();
    private final List<@Nullable String> shown = new ArrayList<>();
    private final ChargerStatus status = new ChargerStatus((thingStatus, detail, text) -> shown.add(text));
    private final ChargerCommands commands = new ChargerCommands(Catalog.standard(), status, restored::add);
    private final ChargerControl control = ChargerControl.detached(new TimedSink(this::controlSet,
            () -> Duration.ofSeconds(5)), clock);
    private boolean connected = true;
    private final ChargerCommands.Outlet outlet = new ChargerCommands.Outlet() {
        @Override
        public ChargerSerial serial() {
            return ChargerSerial.of("072246");
        }

        @Override
        public boolean isConnected() {
            return connected;
        }

        @Override
        public void submit(String channel, String key, JsonElement value) {
            submitted.add(channel + " " + key + "=" + value);
        }
    };

    ChargerCommandsTest() {
        status.start(false, "waiting", "silent");
        shown.clear();
    }

    @Test
    void anEncodedCommandGoesToTheSession() {
        handle(CURRENT, new QuantityType<>(10, Units.AMPERE));
        assertEquals(List.of(CURRENT + " amp=10"), submitted);
        assertTrue(restored.isEmpty());
        assertTrue(shown.isEmpty());
    }

    @Test
    void aCommandOnAReadOnlyChannelIsRefusedTheItemPutBackAndTheReasonShown() {
        handle("status#car-state", new DecimalType(2));
        assertTrue(submitted.isEmpty());
        assertEquals(List.of("status#car-state"), restored);
        assertEquals(List.of(
                "@text/online.command-refused [ \"status#car-state\", \"status#car-state is read only\" ]"), shown);
    }

    @Test
    void aCurrentOutsideTheBoundsIsRefusedBeforeItIsSent() {
        control.boundsChanged("ama", JsonValues.of(16));
        handle(CURRENT, new QuantityType<>(20, Units.AMPERE));
        assertTrue(submitted.isEmpty());
        assertEquals(List.of(CURRENT), restored);
        assertEquals(1, shown.size());
        assertTrue(String.valueOf(shown.get(0)).startsWith("@text/online.command-refused [ \"" + CURRENT + "\", "),
                String.valueOf(shown.get(0)));
    }

    @Test
    void withoutAConnectionNothingIsSentOrQueued() {
        connected = false;
        handle(CURRENT, new QuantityType<>(10, Units.AMPERE));
        connected = true;
        assertTrue(submitted.isEmpty());
        assertEquals(List.of(CURRENT), restored);
        assertEquals(List.of("@text/offline.bridge-offline.command-not-sent [ \"amp\", \"10\" ]"), shown);
    }

    @Test
    void aCommandOnAControlChannelGoesToTheControlPartsNotToTheSession() {
        handle("charging#temporary-current", new QuantityType<>(10, Units.AMPERE));
        assertTrue(submitted.isEmpty());
        assertEquals(List.of("tcl=10"), controlSets);
        assertTrue(shown.isEmpty());
    }

    private void handle(String channel, Command command) {
        commands.handle(outlet, control, channel, command);
    }

    private CompletableFuture<CommandOutcome> controlSet(String key, JsonElement value) {
        controlSets.add(key + "=" + value);
        return CompletableFuture.completedFuture(new CommandOutcome(key, value.toString(), CommandStatus.CONFIRMED,
                "success", clock.instant(), clock.instant()));
    }
}
