/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.runtime;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.runtime.ThingRuntime.Call;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;

/**
 * The thing manager double does what openHAB's does with a binding's handlers: registration and initialisation on
 * openHAB's threads, a bridge's things after the bridge, the statuses openHAB sets and refuses, commands only to an
 * initialised handler, removal with a bridge's things first. No durations are asserted: waits are bounded and only
 * wait for what must happen.
 */
@NonNullByDefault
class ThingRuntimeTest {

    static final ThingTypeUID HUB = new ThingTypeUID("demo", "hub");
    static final ThingTypeUID DEVICE = new ThingTypeUID("demo", "device");
    static final Duration WAIT = Duration.ofSeconds(10);

    /** A bridge that goes ONLINE in initialize() and notes what it hears about its things. */
    static class Hub extends BaseBridgeHandler {
        final List<String> heard = new CopyOnWriteArrayList<>();

        Hub(Bridge bridge) {
            super(bridge);
        }

        @Override
        public void initialize() {
            updateStatus(ThingStatus.ONLINE);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
            heard.add("initialized " + childThing.getUID().getId());
        }

        @Override
        public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
            heard.add("disposed " + childThing.getUID().getId());
        }

        void report(ThingStatus status, ThingStatusDetail detail) {
            updateStatus(status, detail);
        }

        @Nullable
        ThingHandlerCallback callbackNow() {
            return getCallback();
        }
    }

    /** A thing whose initialize() does what its configuration parameter {@code mode} says. */
    static class Device extends BaseThingHandler {
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> commands = new CopyOnWriteArrayList<>();
        final AtomicInteger removals = new AtomicInteger();

        Device(Thing thing) {
            super(thing);
        }

        @Override
        public void handleRemoval() {
            removals.incrementAndGet();
            if (!"keep".equals(getConfig().get("mode"))) {
                super.handleRemoval();
            }
        }

        @Override
        public void initialize() {
            switch (String.valueOf(getConfig().get("mode"))) {
                case "throw" -> throw new IllegalStateException("the device is broken");
                case "initializing" -> updateStatus(ThingStatus.INITIALIZING);
                case "block" -> awaitRelease();
                case "late" -> {
                    awaitRelease();
                    updateStatus(ThingStatus.ONLINE);
                }
                default -> updateStatus(ThingStatus.ONLINE);
            }
        }

        private void awaitRelease() {
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            commands.add(command + " on " + Thread.currentThread().getName());
        }

        void report(ThingStatus status) {
            updateStatus(status);
        }

        void rename(String label) {
            updateThing(editThing().withLabel(label).build());
        }

        void post(String channel, String text) {
            updateState(channel, new StringType(text));
        }
    }

    static class Factory extends BaseThingHandlerFactory {
        final Map<ThingUID, ThingHandler> made = new HashMap<>();

        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return HUB.equals(thingTypeUID) || DEVICE.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            if ("missing".equals(thing.getConfiguration().get("mode"))) {
                throw new IllegalStateException("wrapper", new IllegalArgumentException("no such device"));
            }
            ThingHandler handler = thing instanceof Bridge bridge ? new Hub(bridge) : new Device(thing);
            made.put(thing.getUID(), handler);
            return handler;
        }
    }

    private final OsgiFramework framework = new OsgiFramework();
    private final Factory factory = new Factory();
    private final ServiceRecord factoryRegistration = framework.startComponent(factory, ThingHandlerFactory.class);
    private ThingRuntime runtime = new ThingRuntime(framework);
    private final Bridge hub = BridgeBuilder.create(HUB, "hub").build();

    @AfterEach
    void close() {
        runtime.getAll().forEach(thing -> {
            if (thing.getHandler() instanceof Device device) {
                device.release.countDown();
            }
        });
        runtime.close();
    }

    private static Thing device(String id, String mode) {
        ThingUID bridgeUID = new ThingUID(HUB, "hub");
        return ThingBuilder.create(DEVICE, new ThingUID(DEVICE, bridgeUID, id)).withBridge(bridgeUID)
                .withConfiguration(new Configuration(new HashMap<>(Map.of("mode", mode)))).build();
    }

    /** The hub and a device of it, both ONLINE. */
    private Thing onlineDevice(String id, String mode) {
        runtime.add(hub);
        Thing device = device(id, mode);
        runtime.add(device);
        awaitStatus(device, ThingStatus.ONLINE);
        return device;
    }

    private Device handlerOf(Thing thing) {
        return (Device) factory.made.get(thing.getUID());
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + WAIT + ": " + what.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    private void awaitStatus(Thing thing, ThingStatus status) {
        await(() -> thing.getStatus() == status,
                () -> thing.getUID() + " " + status + "; history " + runtime.statusHistory(thing.getUID()));
    }

    private @Nullable Call call(String what, Thing thing) {
        return runtime.calls().stream().filter(c -> c.what().equals(what) && c.thing().equals(thing.getUID()))
                .findFirst().orElse(null);
    }

    private int indexOf(String what, Thing thing) {
        List<Call> calls = runtime.calls();
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).what().equals(what) && calls.get(i).thing().equals(thing.getUID())) {
                return i;
            }
        }
        return -1;
    }

    private static ThingStatusInfo info(ThingStatus status, ThingStatusDetail detail) {
        return new ThingStatusInfo(status, detail, null);
    }

    @Test
    void aBridgeAddedFirstInitialisesOnASafeCallThreadAndItsThingFollowsOnTheThingManagersPool() {
        runtime.add(hub);
        Thing device = device("one", "online");
        runtime.add(device);

        awaitStatus(device, ThingStatus.ONLINE);
        assertEquals(ThingStatus.ONLINE, hub.getStatus());
        assertEquals(List.of(info(ThingStatus.INITIALIZING, ThingStatusDetail.NONE),
                info(ThingStatus.ONLINE, ThingStatusDetail.NONE)), runtime.statusHistory(hub.getUID()));
        assertTrue(call("initialize", hub).thread().startsWith("OH-safeCall-"));
        assertEquals(Thread.currentThread().getName(), call("registerHandler", hub).thread(),
                "the factory is called on the adding thread");
        assertTrue(call("initialize", device).thread().startsWith("OH-safeCall-"));
        Hub hubHandler = (Hub) hub.getHandler();
        await(() -> hubHandler.heard.contains("initialized one"), () -> "the bridge told: " + hubHandler.heard);
        assertTrue(call("childHandlerInitialized", device).thread().startsWith("OH-thingManager-"));
        assertSame(runtime.callback(), hubHandler.callbackNow());
    }

    @Test
    void aThingAddedBeforeItsBridgeWaitsUninitialisedAndStartsWhenTheBridgeIsInitialised() {
        Thing device = device("one", "online");
        runtime.add(device);

        assertEquals(info(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED), device.getStatusInfo());
        assertNull(device.getHandler(), "no handler while the bridge is missing");
        runtime.add(hub);

        awaitStatus(device, ThingStatus.ONLINE);
        assertTrue(call("registerHandler", device).thread().startsWith("OH-thingManager-"));
    }

    @Test
    void aFactoryThatThrowsLeavesTheThingInHandlerRegisteringErrorWithTheCausesMessage() {
        runtime.add(hub);
        Thing device = device("one", "missing");
        runtime.add(device);

        await(() -> device.getStatusInfo().getStatusDetail() == ThingStatusDetail.HANDLER_REGISTERING_ERROR,
                () -> "registering error; " + runtime.statusHistory(device.getUID()));
        assertEquals(new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_REGISTERING_ERROR,
                "no such device"), device.getStatusInfo());
        assertNull(device.getHandler());
    }

    @Test
    void anInitialiseThatThrowsLeavesTheThingInHandlerInitializingErrorWithItsMessage() {
        runtime.add(hub);
        Thing device = device("one", "throw");
        runtime.add(device);

        await(() -> device.getStatusInfo().getStatusDetail() == ThingStatusDetail.HANDLER_INITIALIZING_ERROR,
                () -> "initializing error; " + runtime.statusHistory(device.getUID()));
        assertEquals("the device is broken", device.getStatusInfo().getDescription());
        assertNotNull(device.getHandler(), "the handler stays registered");
    }

    @Test
    void theCallbackRefusesEveryStatusButUnknownOnlineOfflineAndRemovedAndRemovedUnlessRemoving() {
        runtime.add(hub);
        Thing device = device("one", "initializing");
        runtime.add(device);

        await(() -> runtime.log().stream().anyMatch(line -> line.contains("Exception occurred while initializing")),
                () -> runtime.log().toString());
        assertEquals(new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_INITIALIZING_ERROR,
                "Illegal status INITIALIZING. Bindings only may set UNKNOWN, ONLINE, OFFLINE or REMOVED."),
                device.getStatusInfo());

        IllegalArgumentException removed = assertThrows(IllegalArgumentException.class,
                () -> handlerOf(device).report(ThingStatus.REMOVED));
        assertEquals("Illegal status REMOVED. The thing was in state UNINITIALIZED and not in REMOVING",
                removed.getMessage());
    }

    @Test
    void anInitialiseThatBlocksLongerThanTheTimeoutIsMarkedAndTheAddingThreadGoesOn() {
        runtime.close();
        runtime = new ThingRuntime(framework, Duration.ofMillis(100));
        runtime.add(hub);
        awaitStatus(hub, ThingStatus.ONLINE);
        Thing device = device("slow", "late");
        runtime.add(device);

        await(() -> runtime.log().contains("Initializing handler for thing 'demo:device:hub:slow' takes more than "
                + "100ms."), () -> runtime.log().toString());
        assertEquals(ThingStatus.INITIALIZING, device.getStatus(), "initialize() still runs");
        handlerOf(device).release.countDown();
        awaitStatus(device, ThingStatus.ONLINE);
    }

    @Test
    void commandsReachOnlyAnInitialisedHandlerOnASafeCallThread() {
        runtime.close();
        runtime = new ThingRuntime(framework, Duration.ofMillis(100));
        runtime.add(hub);
        awaitStatus(hub, ThingStatus.ONLINE);
        Thing device = device("one", "block");
        runtime.add(device);
        ChannelUID channel = new ChannelUID(device.getUID(), "power");
        await(() -> device.getStatus() == ThingStatus.INITIALIZING && device.getHandler() != null,
                () -> "initializing: " + runtime.statusHistory(device.getUID()));

        assertFalse(runtime.command(channel, new StringType("early")), "not while INITIALIZING");
        handlerOf(device).report(ThingStatus.UNKNOWN);
        assertTrue(runtime.command(channel, new StringType("now")), "initialised, though initialize() still runs");

        List<String> handled = handlerOf(device).commands;
        assertEquals(1, handled.size());
        assertTrue(handled.get(0).startsWith("now on OH-safeCall-"), handled.get(0));
        assertFalse(runtime.command(new ChannelUID(new ThingUID(DEVICE, "nowhere"), "power"), new StringType("x")));
    }

    @Test
    void aBridgeStatusChangeReachesItsInitialisedThings() {
        Thing device = onlineDevice("one", "online");

        ((Hub) hub.getHandler()).report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);

        await(() -> device.getStatusInfo().equals(info(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE)),
                () -> "child offline; " + runtime.statusHistory(device.getUID()));
        assertTrue(call("bridgeStatusChanged OFFLINE", device).thread().startsWith("OH-thingManager-"));
    }

    @Test
    void aThingTheHandlerUpdatesReplacesTheOneInTheRegistryWithHandlerAndStatus() {
        Thing device = onlineDevice("one", "online");
        Device handler = handlerOf(device);

        handler.rename("Kitchen");

        Thing stored = runtime.get(device.getUID());
        assertNotSame(device, stored);
        assertEquals("Kitchen", stored.getLabel());
        assertSame(handler, stored.getHandler());
        assertEquals(ThingStatus.ONLINE, stored.getStatus());
        assertSame(stored, handler.getThing());
        assertNull(call("thingUpdated", device), "the handler is not told of its own change");
    }

    @Test
    void aThingTheUserUpdatesIsHandedToItsInitialisedHandler() {
        Thing device = onlineDevice("one", "online");

        Thing edited = device("one", "online");
        edited.setLabel("Edited");
        runtime.update(edited);

        assertSame(edited, runtime.get(device.getUID()));
        assertTrue(call("thingUpdated", device).thread().startsWith("OH-safeCall-"));
        assertSame(edited, handlerOf(device).getThing(), "BaseThingHandler.thingUpdated took it and restarted");
        assertEquals(ThingStatus.ONLINE, edited.getStatus());
    }

    @Test
    void aConfigurationChangeGoesToTheHandler() {
        runtime.add(hub);
        awaitStatus(hub, ThingStatus.ONLINE);

        runtime.updateConfiguration(hub.getUID(), Map.of("interval", 5));

        assertEquals(5, ((Number) runtime.get(hub.getUID()).getConfiguration().get("interval")).intValue());
        assertEquals(Thread.currentThread().getName(), call("handleConfigurationUpdate", hub).thread());
        assertThrows(IllegalArgumentException.class,
                () -> runtime.updateConfiguration(new ThingUID(HUB, "none"), Map.of()));
    }

    @Test
    void removingTheBridgeDisposesAndUnregistersItsThingsFirstAndDropsTheirLaterUpdates() {
        Thing device = onlineDevice("one", "online");
        Hub hubHandler = (Hub) hub.getHandler();
        Device deviceHandler = handlerOf(device);

        runtime.remove(hub.getUID());

        await(() -> call("removeThing", hub) != null, () -> "bridge removed; " + runtime.calls());
        assertNull(runtime.get(hub.getUID()));
        assertTrue(call("handleRemoval", hub).thread().startsWith("OH-thingManager-"));
        assertTrue(runtime.statusHistory(hub.getUID()).contains(info(ThingStatus.REMOVING, ThingStatusDetail.NONE)));
        assertTrue(runtime.statusHistory(hub.getUID()).contains(info(ThingStatus.REMOVED, ThingStatusDetail.NONE)));
        int disposeDevice = indexOf("dispose", device);
        assertTrue(disposeDevice >= 0 && disposeDevice < indexOf("disposed", device));
        assertTrue(indexOf("disposed", device) < indexOf("unregisterHandler", device));
        assertTrue(indexOf("unregisterHandler", device) < indexOf("dispose", hub), "the thing before its bridge");
        assertTrue(indexOf("disposed", hub) < indexOf("unregisterHandler", hub));
        assertTrue(indexOf("unregisterHandler", hub) < indexOf("removeThing", hub));
        assertFalse(hubHandler.heard.contains("disposed one"),
                "the bridge has left the registry before its things are disposed: it is not told");
        assertEquals(info(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR), device.getStatusInfo());
        assertNull(device.getHandler());
        assertSame(device, runtime.get(device.getUID()), "the bridge's thing stays in the registry");

        int states = runtime.states().size();
        deviceHandler.post("power", "after");
        assertEquals(states, runtime.states().size(), "no callback after unregistering");
    }

    @Test
    void whileRemovingTheCallbackTakesOnlyRemovedAndOnlineAsksTheHandlerAgain() {
        Thing device = onlineDevice("one", "keep");
        Device handler = handlerOf(device);

        runtime.remove(device.getUID());
        await(() -> handler.removals.get() == 1, () -> "asked to handle its removal");
        runtime.callback().statusUpdated(device, info(ThingStatus.ONLINE, ThingStatusDetail.NONE));
        assertEquals(ThingStatus.REMOVING, device.getStatus(), "ignored");
        await(() -> handler.removals.get() == 2, () -> "asked again");

        runtime.callback().statusUpdated(device, info(ThingStatus.REMOVED, ThingStatusDetail.NONE));
        await(() -> call("removeThing", device) != null, () -> runtime.calls().toString());
        assertNull(runtime.get(device.getUID()));
        assertTrue(indexOf("disposed", device) < indexOf("unregisterHandler", device));
        Hub hubHandler = (Hub) hub.getHandler();
        await(() -> hubHandler.heard.contains("disposed one"), () -> "bridge told; " + hubHandler.heard);
        assertTrue(call("childHandlerDisposed", device).thread().startsWith("OH-thingManager-"));
    }

    @Test
    void aFactoryThatGoesTakesItsHandlersWithIt() {
        runtime.add(hub);
        awaitStatus(hub, ThingStatus.ONLINE);

        framework.stopComponent(factory, factoryRegistration);

        assertEquals(info(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR), hub.getStatusInfo());
        assertTrue(indexOf("dispose", hub) < indexOf("unregisterHandler", hub));
    }
}
