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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.types.Command;

/**
 * The stand-in factory registers a handler's services as openHAB does, and the framework double refuses what an
 * OSGi framework refuses: together they catch a service that would never register in a real openHAB.
 */
@NonNullByDefault
class HandlerServiceRegistrationTest {

    static final ThingTypeUID HUB = new ThingTypeUID("demo", "hub");
    static final List<String> EVENTS = new ArrayList<>();

    /** A nested interface: canonical name {@code ...Registry.Listener}, binary name {@code ...Registry$Listener}. */
    public static final class Registry {
        public interface Listener {
            void heard();
        }
    }

    /** A top-level-like interface (its canonical name is loadable as is only when it is not nested; see below). */
    public interface Marker {
    }

    public static class Base implements ThingHandlerService {
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            EVENTS.add(getClass().getSimpleName() + ".setThingHandler");
            this.handler = handler;
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }

        @Override
        public void initialize() {
            EVENTS.add(getClass().getSimpleName() + ".initialize");
        }

        @Override
        public void dispose() {
            EVENTS.add(getClass().getSimpleName() + ".dispose");
        }
    }

    /** Implements ThingActions through its class and Runnable directly. */
    public static class Actions extends Base implements ThingActions, Runnable {
        @Override
        public void run() {
        }
    }

    /** Implements a nested interface: the framework cannot load its canonical name. */
    public static class NestedListener extends Base implements Registry.Listener {
        @Override
        public void heard() {
        }
    }

    /** Not public: openHAB's factory cannot call its constructor and leaves it out. */
    static class Hidden extends Base implements Runnable {
        @Override
        public void run() {
        }
    }

    /** No constructor without arguments: left out as well. */
    public static class NeedsArgument extends Base implements Runnable {
        public NeedsArgument(String argument) {
        }

        @Override
        public void run() {
        }
    }

    static class Hub extends BaseBridgeHandler {
        private final Set<Class<? extends ThingHandlerService>> services;

        Hub(Bridge bridge, Set<Class<? extends ThingHandlerService>> services) {
            super(bridge);
            this.services = services;
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void initialize() {
        }

        @Override
        public Collection<Class<? extends ThingHandlerService>> getServices() {
            return services;
        }
    }

    static class Factory extends BaseThingHandlerFactory {
        private final Set<Class<? extends ThingHandlerService>> services;

        Factory(Set<Class<? extends ThingHandlerService>> services) {
            this.services = services;
        }

        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return HUB.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            return new Hub((Bridge) thing, services);
        }
    }

    private final OsgiFramework framework = new OsgiFramework();
    private final Bridge bridge = BridgeBuilder.create(HUB, "one").build();

    HandlerServiceRegistrationTest() {
        EVENTS.clear();
    }

    private Factory activeFactory(Set<Class<? extends ThingHandlerService>> services) {
        Factory factory = new Factory(services);
        framework.activate(factory);
        return factory;
    }

    @Test
    void aServiceIsHandedItsHandlerThenRegisteredUnderItsInterfacesCanonicalNamesThenInitialised() {
        ThingHandler handler = activeFactory(Set.of(Actions.class)).registerHandler(bridge);

        assertEquals(List.of("Actions.setThingHandler", "Actions.initialize"), EVENTS);
        ServiceRecord record = framework.services().get(0);
        assertEquals(Set.of(ThingActions.class.getName(), Runnable.class.getName()), Set.copyOf(record.names()),
                "the interfaces of the class and its superclass, without ThingHandlerService");
        ThingActions actions = framework.services(ThingActions.class).get(0);
        assertSame(handler, actions.getThingHandler());
    }

    @Test
    void aServiceImplementingANestedInterfaceIsRefusedAndTheHandlerIsNotRegistered() {
        Factory factory = activeFactory(Set.of(NestedListener.class));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> factory.registerHandler(bridge));
        assertEquals("Cannot cast service: " + Registry.Listener.class.getCanonicalName(), refused.getMessage());
        assertTrue(framework.services().isEmpty());
        assertEquals(List.of("NestedListener.setThingHandler"), EVENTS, "refused before initialize");
    }

    @Test
    void theFrameworkAcceptsABinaryNameAndRefusesAnObjectOfAnotherClass() {
        Object listener = new NestedListener();
        String binary = Registry.Listener.class.getName();
        framework.bundleContext().registerService(new String[] { binary }, listener, null);
        assertEquals(List.of(listener), framework.servicesNamed(binary));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> framework.bundleContext().registerService(Runnable.class.getName(), listener, null));
        assertEquals("Service object is not an instance of \"java.lang.Runnable\".", refused.getMessage());
    }

    @Test
    void aServiceThatCannotBeCreatedIsLeftOutAndTheHandlerStillRegisters() {
        assertNotNull(activeFactory(Set.of(Hidden.class, NeedsArgument.class)).registerHandler(bridge));

        assertTrue(framework.services().isEmpty());
        assertTrue(EVENTS.isEmpty());
    }

    @Test
    void unregisteringTheHandlerDisposesItsServicesThenUnregistersThem() {
        Factory factory = activeFactory(Set.of(Actions.class));
        bridge.setHandler(factory.registerHandler(bridge));
        EVENTS.clear();

        factory.unregisterHandler(bridge);

        assertEquals(List.of("Actions.dispose"), EVENTS);
        assertTrue(framework.services().isEmpty());
    }

    @Test
    void aFactoryThatWasNeverActivatedCannotRegisterAHandlerWithServices() {
        Factory factory = new Factory(Set.of(Actions.class));
        assertThrows(NullPointerException.class, () -> factory.registerHandler(bridge));
        assertNotNull(new Factory(Set.of()).registerHandler(bridge), "no services: no bundle context needed");
    }

    @Test
    void activationHandsTheFactoryTheBundleContextAsScrDoes() {
        Factory factory = activeFactory(Set.of());
        framework.deactivate(factory);
        assertThrows(NullPointerException.class, () -> new Factory(Set.of(Actions.class)).registerHandler(bridge));
    }
}
