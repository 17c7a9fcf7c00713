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

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openHAB's thing registry and thing manager as a binding meets them at run time ({@code ThingRegistryImpl},
 * {@code ThingManagerImpl}, {@code ThingHandlerCallbackImpl}, and the command path of {@code CommunicationManager}),
 * written from their sources for what this binding uses. Only OSGi and openHAB API types, so it runs on the stand-in
 * and on the real core alike.
 * <ul>
 * <li><b>Factories</b> are found as openHAB finds them: a dynamic, multiple reference to the framework's
 * {@code ThingHandlerFactory} services ({@link OsgiFramework#startComponent(Object, Class...)} activates and
 * registers one). A factory that appears registers and initialises the handlers of the things it supports; one that
 * goes disposes and unregisters them.</li>
 * <li><b>Adding a thing</b> ({@link #add(Thing)}) registers its handler on the adding thread
 * ({@code factory.registerHandler}, then {@code setCallback}, then {@code thing.setHandler}) and initialises it: status
 * INITIALIZING, then {@code initialize()} through the safe caller (on an {@code OH-safeCall-<n>} thread, the adding
 * thread waiting at most the safe-call timeout, 5 s in openHAB). A thing with a bridge gets no handler while its bridge
 * is missing or not initialised (UNINITIALIZED/BRIDGE_UNINITIALIZED); when the bridge first reports an initialised
 * status (UNKNOWN, ONLINE or OFFLINE) after INITIALIZING, its things are registered and initialised on the
 * {@code thingManager} pool ({@code OH-thingManager-<n>}). So things can be added in any order.</li>
 * <li><b>Failures</b>: a factory that throws leaves the thing UNINITIALIZED/HANDLER_REGISTERING_ERROR with the
 * message of the exception's cause (or its own); an {@code initialize()} that throws leaves it
 * UNINITIALIZED/HANDLER_INITIALIZING_ERROR with the exception's message. An {@code initialize()} or {@code dispose()}
 * that blocks longer than the timeout is logged by openHAB ("Initializing handler for thing '...' takes more than
 * 5000ms.") and goes on in the background: here it is in {@link #log()} too, and the caller goes on as well.</li>
 * <li><b>The callback</b> ({@link ThingHandlerCallback}, a proxy that answers by method name, so methods the
 * interface gains are {@link UnsupportedOperationException} until emulated): {@code statusUpdated} refuses every status
 * but UNKNOWN, ONLINE, OFFLINE and REMOVED (IllegalArgumentException, openHAB's words), REMOVED unless REMOVING, and
 * ignores everything but REMOVED while REMOVING; it stores the status on the thing, tells the bridge's things of a
 * change of the bridge's status ({@code bridgeStatusChanged}, thingManager pool, only things whose handler is
 * initialised), and tells the bridge when a thing of it is initialised ({@code childHandlerInitialized}, thingManager
 * pool). {@code thingUpdated} stores the handler's new thing in the registry (handler and status carried over, handler
 * not told); a thing not in the registry is an IllegalArgumentException. {@code getBridge} asks the registry.</li>
 * <li><b>Commands</b> ({@link #command(ChannelUID, Command)}) reach {@code handleCommand} only while the handler is
 * initialised (UNKNOWN, ONLINE, OFFLINE), through the safe caller (30 s timeout).</li>
 * <li><b>Removal</b> ({@link #remove(ThingUID)}): status REMOVING, {@code handleRemoval()} on the thingManager pool;
 * when the handler reports REMOVED the thing is force-removed on the {@code forceRemove} pool. {@link #forceRemove}
 * takes it out of the registry at once. Either way a bridge's things are disposed and unregistered before the bridge;
 * each thing is disposed (status UNINITIALIZED, {@code dispose()} through the safe caller, the bridge told
 * {@code childHandlerDisposed} on the thingManager pool) and then unregistered ({@code factory.unregisterHandler},
 * {@code setCallback(null)}, {@code setHandler(null)}, UNINITIALIZED/HANDLER_MISSING_ERROR); then
 * {@code factory.removeThing}.</li>
 * </ul>
 * Not emulated: thing types, channel types and configuration descriptions (so no configuration validation, no
 * default configuration, no waiting for thing types to be registered), disabled things, thing type migration and
 * update instructions, item links beyond {@link #link(ChannelUID)}, events. {@link #calls()} records every call this
 * runtime makes on a handler or factory, with its thread, so tests can check order and threads (never durations).
 */
@NonNullByDefault
public final class ThingRuntime implements AutoCloseable {

    /** openHAB's {@code SafeCaller.DEFAULT_TIMEOUT}. */
    public static final Duration SAFE_CALL_TIMEOUT = Duration.ofSeconds(5);
    /** openHAB's {@code CommunicationManager.THINGHANDLER_EVENT_TIMEOUT}, used for commands. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    /** The pool of openHAB's thing manager, its threads {@code OH-thingManager-<n>}. */
    public static final String THING_MANAGER_POOL = "thingManager";
    /** The pool openHAB force-removes things on. */
    public static final String FORCE_REMOVE_POOL = "forceRemove";

    /** A call this runtime made on a handler or a factory ({@code what} names it), and the thread it ran on. */
    public record Call(String what, ThingUID thing, String thread) {
        @Override
        public String toString() {
            return what + " " + thing + " on " + thread;
        }
    }

    /** A state a handler posted. */
    public record StateUpdate(ChannelUID channel, State state) {
    }

    private final Logger logger = LoggerFactory.getLogger(ThingRuntime.class);
    private final ScheduledExecutorService thingManagerPool = ThreadPoolManager.getScheduledPool(THING_MANAGER_POOL);
    private final ScheduledExecutorService forceRemovePool = ThreadPoolManager.getScheduledPool(FORCE_REMOVE_POOL);
    private final SafeCalls safeCalls = new SafeCalls();
    private final Duration safeCallTimeout;
    private final AutoCloseable factoryReference;

    private final List<ThingHandlerFactory> factories = new CopyOnWriteArrayList<>();
    /** The thing registry: what {@link #get(ThingUID)} and the callback's {@code getBridge} see. */
    private final Map<ThingUID, Thing> registry = new ConcurrentHashMap<>();
    /** The things the manager tracks (a removed thing stays until its handler is gone). */
    private final Map<ThingUID, Thing> tracked = new ConcurrentHashMap<>();
    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ThingHandlerFactory, Set<ThingHandler>> handlersByFactory = new ConcurrentHashMap<>();
    private final Map<ThingUID, Lock> locks = new ConcurrentHashMap<>();
    private final Set<ThingUID> thingUpdatedLock = ConcurrentHashMap.newKeySet();
    private final Set<ChannelUID> links = ConcurrentHashMap.newKeySet();

    private final Map<ThingUID, List<ThingStatusInfo>> statusHistory = new ConcurrentHashMap<>();
    private final Map<ChannelUID, State> lastStates = new ConcurrentHashMap<>();
    private final List<StateUpdate> states = new CopyOnWriteArrayList<>();
    private final List<String> triggers = new CopyOnWriteArrayList<>();
    private final List<String> postedCommands = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private final ThingHandlerCallback callback = (ThingHandlerCallback) Proxy.newProxyInstance(
            ThingRuntime.class.getClassLoader(), new Class<?>[] { ThingHandlerCallback.class },
            (proxy, method, args) -> callbackCall(proxy, method, args == null ? new Object[0] : args));

    /** A runtime on {@code framework}, with openHAB's safe-call timeout. */
    public ThingRuntime(OsgiFramework framework) {
        this(framework, SAFE_CALL_TIMEOUT);
    }

    /**
     * @param safeCallTimeout how long the safe caller waits for {@code initialize()}, {@code dispose()} and the like
     *            (openHAB: {@link #SAFE_CALL_TIMEOUT}; tests of the timeout path pass a short one)
     */
    public ThingRuntime(OsgiFramework framework, Duration safeCallTimeout) {
        this.safeCallTimeout = safeCallTimeout;
        this.factoryReference = framework.addReference(ThingHandlerFactory.class, this::addThingHandlerFactory,
                this::removeThingHandlerFactory);
    }

    // ---- the thing registry

    /**
     * Adds a thing to the registry; the thing manager registers and initialises its handler on this thread.
     *
     * @throws IllegalArgumentException when a thing of the same UID is there
     */
    public void add(Thing thing) {
        if (registry.putIfAbsent(thing.getUID(), thing) != null) {
            throw new IllegalArgumentException("Cannot add element, because an element with same UID ("
                    + thing.getUID() + ") already exists.");
        }
        thingAdded(thing);
    }

    /**
     * Replaces a thing in the registry as an edit by the user does: the new thing takes over the old one's handler
     * and status, and an initialised handler is told ({@code thingUpdated}, through the safe caller).
     *
     * @throws IllegalArgumentException when no thing of that UID is there
     */
    public void update(Thing thing) {
        Thing old = registry.get(thing.getUID());
        if (old == null) {
            throw new IllegalArgumentException("No thing " + thing.getUID() + " in the registry to update");
        }
        preserveDynamicState(old, thing);
        registry.put(thing.getUID(), thing);
        thingUpdated(old, thing);
    }

    /**
     * Removes a thing as the registry's {@code remove} does: status REMOVING, the handler asked to handle its
     * removal; it leaves the registry when the handler reports REMOVED.
     */
    public void remove(ThingUID thingUID) {
        Thing thing = registry.get(thingUID);
        if (thing != null) {
            setThingStatus(thing, status(ThingStatus.REMOVING, ThingStatusDetail.NONE, null));
            notifyThingHandlerAboutRemoval(thing);
        }
    }

    /**
     * Takes a thing out of the registry at once ({@code forceRemove}): its handler (a bridge's things' first) is
     * disposed and unregistered on this thread.
     *
     * @return the thing, or {@code null} when there was none
     */
    public @Nullable Thing forceRemove(ThingUID thingUID) {
        Thing thing = registry.remove(thingUID);
        if (thing != null) {
            thingRemoved(thing);
        }
        return thing;
    }

    /** The thing of that UID in the registry, or {@code null}. */
    public @Nullable Thing get(ThingUID thingUID) {
        return registry.get(thingUID);
    }

    /** The things in the registry. */
    public List<Thing> getAll() {
        return List.copyOf(registry.values());
    }

    /**
     * A configuration change as the registry hands it on ({@code ThingRegistry.updateConfiguration}): the handler's
     * {@code handleConfigurationUpdate} on this thread.
     *
     * @throws IllegalArgumentException when there is no such thing
     * @throws IllegalStateException when it has no handler
     */
    public void updateConfiguration(ThingUID thingUID, Map<String, Object> configurationParameters) {
        Thing thing = registry.get(thingUID);
        if (thing == null) {
            throw new IllegalArgumentException("Thing with UID " + thingUID + " does not exists.");
        }
        ThingHandler handler = thing.getHandler();
        if (handler == null) {
            throw new IllegalStateException("Thing with UID " + thingUID + " has no handler attached.");
        }
        record("handleConfigurationUpdate", thingUID);
        handler.handleConfigurationUpdate(configurationParameters);
    }

    // ---- items

    /**
     * An item command on a channel, as openHAB forwards it: only to an initialised handler (UNKNOWN, ONLINE or
     * OFFLINE), through the safe caller.
     *
     * @return whether the command was handed to the handler
     */
    public boolean command(ChannelUID channelUID, Command command) {
        Thing thing = registry.get(channelUID.getThingUID());
        if (thing == null) {
            note(false, "Cannot delegate command '" + command + "' to handler for channel '" + channelUID
                    + "', because no thing with the UID '" + channelUID.getThingUID() + "' could be found.");
            return false;
        }
        ThingHandler handler = thing.getHandler();
        if (handler == null) {
            note(false, "Cannot delegate command '" + command + "' to handler for channel '" + channelUID
                    + "', because no handler is assigned. Maybe the binding is not installed or not propertly "
                    + "initialized.");
            return false;
        }
        if (!isHandlerInitialized(thing)) {
            logger.debug("Not delegating command '{}' to handler for channel '{}', because handler is not "
                    + "initialized (thing must be in status UNKNOWN, ONLINE or OFFLINE but was {}).", command,
                    channelUID, thing.getStatus());
            return false;
        }
        safeCalls.call("ThingHandler.handleCommand()", handler, () -> {
            record("handleCommand", thing.getUID());
            handler.handleCommand(channelUID, command);
        }, COMMAND_TIMEOUT, () -> note(false, "Handler for thing '" + thing.getUID() + "' takes more than "
                + COMMAND_TIMEOUT.toMillis() + "ms for handling a command"), null);
        return true;
    }

    /** Links an item to the channel: {@code isChannelLinked} answers true from now on. */
    public void link(ChannelUID channelUID) {
        links.add(channelUID);
    }

    /** The last state posted to the channel, or {@code null}. */
    public @Nullable State state(ChannelUID channelUID) {
        return lastStates.get(channelUID);
    }

    /** Every state posted, oldest first. */
    public List<StateUpdate> states() {
        return List.copyOf(states);
    }

    /** Every trigger as {@code <channel UID> <event>}, oldest first. */
    public List<String> triggers() {
        return List.copyOf(triggers);
    }

    /** Every command a handler posted ({@code postCommand}) as {@code <channel UID> <command>}, oldest first. */
    public List<String> postedCommands() {
        return List.copyOf(postedCommands);
    }

    /** Every status the thing got, oldest first. */
    public List<ThingStatusInfo> statusHistory(ThingUID thingUID) {
        List<ThingStatusInfo> history = statusHistory.get(thingUID);
        return history == null ? List.of() : List.copyOf(history);
    }

    /** Every call on a handler or factory, oldest first. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** What the thing manager logged as warning or error, in openHAB's words, oldest first. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** The callback handed to every handler. */
    public ThingHandlerCallback callback() {
        return callback;
    }

    @Override
    public void close() {
        try {
            factoryReference.close();
        } catch (Exception e) {
            logger.debug("Closing the factory reference: {}", e.getMessage());
        }
        safeCalls.close();
    }

    // ---- the thing manager

    private void addThingHandlerFactory(ThingHandlerFactory factory) {
        factories.add(factory);
        for (Thing thing : tracked.values()) {
            if (factory.supportsThingType(thing.getThingTypeUID()) && !isHandlerRegistered(thing)) {
                registerAndInitializeHandler(thing, factory);
            }
        }
    }

    private void removeThingHandlerFactory(ThingHandlerFactory factory) {
        factories.remove(factory);
        Set<ThingHandler> gone = handlersByFactory.remove(factory);
        if (gone != null) {
            for (ThingHandler handler : gone) {
                Thing thing = handler.getThing();
                if (isHandlerRegistered(thing)) {
                    unregisterAndDisposeHandler(factory, thing, handler);
                }
            }
        }
    }

    private void thingAdded(Thing thing) {
        if (tracked.putIfAbsent(thing.getUID(), thing) != null) {
            note(true, "A thing with UID '" + thing.getUID() + "' is already tracked by ThingManager. This is a bug.");
        }
        if (!isHandlerRegistered(thing)) {
            registerAndInitializeHandler(thing, findFactory(thing));
        }
    }

    private void thingRemoved(Thing thing) {
        ThingHandler handler = handlers.get(thing.getUID());
        if (handler != null) {
            ThingHandlerFactory factory = findFactory(thing);
            if (factory != null) {
                unregisterAndDisposeHandler(factory, thing, handler);
                safeCalls.call("ThingHandlerFactory.removeThing()", factory, () -> {
                    record("removeThing", thing.getUID());
                    factory.removeThing(thing.getUID());
                }, safeCallTimeout, null, null);
            } else {
                note(false, "Cannot unregister handler. No handler factory for thing '" + thing.getUID() + "' found.");
            }
        }
        tracked.remove(thing.getUID());
    }

    private void thingUpdated(Thing oldThing, Thing newThing) {
        if (thingUpdatedLock.contains(newThing.getUID())) {
            // from the handler itself: it is initialising or initialised and must not be told
            tracked.put(newThing.getUID(), newThing);
            return;
        }
        Lock lock = lockOf(newThing.getUID());
        lock.lock();
        try {
            tracked.put(newThing.getUID(), newThing);
            ThingHandler handler = handlers.get(newThing.getUID());
            if (handler == null) {
                registerAndInitializeHandler(newThing, findFactory(newThing));
            } else if (isHandlerInitialized(newThing) || newThing.getStatus() == ThingStatus.INITIALIZING) {
                oldThing.setHandler(null);
                newThing.setHandler(handler);
                safeCalls.call("ThingHandler.thingUpdated()", handler, () -> {
                    record("thingUpdated", newThing.getUID());
                    handler.thingUpdated(newThing);
                }, safeCallTimeout, null, null);
            } else if (handler.getThing() == newThing) {
                oldThing.setHandler(null);
                newThing.setHandler(handler);
                initializeHandler(newThing);
            } else {
                ThingHandlerFactory factory = findFactory(newThing);
                if (factory != null) {
                    unregisterHandler(handler.getThing(), factory);
                }
                registerAndInitializeHandler(newThing, factory);
            }
        } finally {
            lock.unlock();
        }
    }

    private void registerAndInitializeHandler(Thing thing, @Nullable ThingHandlerFactory factory) {
        if (factory == null) {
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR,
                    "Handler factory not found"));
            return;
        }
        registerHandler(thing, factory);
        initializeHandler(thing);
    }

    private void registerHandler(Thing thing, ThingHandlerFactory factory) {
        Lock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (isHandlerRegistered(thing)) {
                return;
            }
            ThingUID bridgeUID = thing.getBridgeUID();
            if (bridgeUID == null) {
                doRegisterHandler(thing, factory);
            } else {
                Bridge bridge = bridgeOf(bridgeUID);
                if (bridge == null || !isHandlerInitialized(bridge)) {
                    setThingStatus(thing,
                            status(ThingStatus.UNINITIALIZED, ThingStatusDetail.BRIDGE_UNINITIALIZED, null));
                } else {
                    doRegisterHandler(thing, factory);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void doRegisterHandler(Thing thing, ThingHandlerFactory factory) {
        try {
            record("registerHandler", thing.getUID());
            ThingHandler handler = factory.registerHandler(thing);
            handler.setCallback(callback);
            thing.setHandler(handler);
            handlers.put(thing.getUID(), handler);
            handlersByFactory.computeIfAbsent(factory, unused -> ConcurrentHashMap.newKeySet()).add(handler);
        } catch (Exception e) {
            Throwable cause = e.getCause();
            setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_REGISTERING_ERROR,
                    cause != null ? cause.getMessage() : e.getMessage()));
            note(true, "Exception occurred while calling thing handler factory '" + factory + "': " + e.getMessage());
            logger.debug("Registering the handler of {} failed", thing.getUID(), e);
        }
    }

    private void initializeHandler(Thing thing) {
        if (!isHandlerRegistered(thing)) {
            return;
        }
        Lock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (isHandlerInitialized(thing) || thing.getStatus() == ThingStatus.INITIALIZING) {
                return;
            }
            ThingHandler handler = Objects.requireNonNull(thing.getHandler(), "Handler should not be null here");
            if (handler.getThing() != thing) {
                note(false, "The model of " + thing.getUID() + " is inconsistent [thing.getHandler().getThing() != "
                        + "thing]");
            }
            if (thing.getStatus() != ThingStatus.REMOVING) {
                setThingStatus(thing, status(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
            }
            ThingUID uid = thing.getUID();
            safeCalls.call("ThingHandler.initialize()", handler, () -> {
                record("initialize", uid);
                handler.initialize();
                record("initialized", uid);
            }, safeCallTimeout,
                    () -> note(false, "Initializing handler for thing '" + uid + "' takes more than "
                            + safeCallTimeout.toMillis() + "ms."),
                    e -> {
                        setThingStatus(handler.getThing(), status(ThingStatus.UNINITIALIZED,
                                ThingStatusDetail.HANDLER_INITIALIZING_ERROR, e.getMessage()));
                        note(true, "Exception occurred while initializing handler of thing '" + uid + "': "
                                + e.getMessage());
                    });
        } finally {
            lock.unlock();
        }
    }

    private void unregisterAndDisposeHandler(ThingHandlerFactory factory, Thing thing, ThingHandler handler) {
        if (thing instanceof Bridge) {
            for (Thing child : childrenOf(thing.getUID())) {
                ThingHandler childHandler = child.getHandler();
                if (childHandler != null) {
                    unregisterAndDisposeHandler(factory, child, childHandler);
                }
            }
        }
        disposeHandler(thing, handler);
        unregisterHandler(thing, factory);
    }

    private void disposeHandler(Thing thing, ThingHandler handler) {
        Lock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            ThingUID uid = handler.getThing().getUID();
            setThingStatus(handler.getThing(), status(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null));
            safeCalls.call("ThingHandler.dispose()", handler, () -> {
                record("dispose", uid);
                handler.dispose();
                record("disposed", uid);
            }, safeCallTimeout,
                    () -> note(false, "Disposing handler for thing '" + uid + "' takes more than "
                            + safeCallTimeout.toMillis() + "ms."),
                    e -> note(true, "Exception occurred while disposing handler of thing '" + uid + "': "
                            + e.getMessage()));
            ThingUID bridgeUID = thing.getBridgeUID();
            if (bridgeUID != null) {
                notifyBridgeAboutChildHandlerDisposal(thing, handler, bridgeUID);
            }
        } finally {
            lock.unlock();
        }
    }

    private void unregisterHandler(Thing thing, ThingHandlerFactory factory) {
        Lock lock = lockOf(thing.getUID());
        lock.lock();
        try {
            if (isHandlerRegistered(thing)) {
                safeCalls.call("Runnable.run()", factory, () -> doUnregisterHandler(thing, factory), safeCallTimeout,
                        null, null);
            }
        } finally {
            lock.unlock();
        }
    }

    private void doUnregisterHandler(Thing thing, ThingHandlerFactory factory) {
        ThingHandler handler = thing.getHandler();
        record("unregisterHandler", thing.getUID());
        factory.unregisterHandler(thing);
        if (handler != null) {
            handler.setCallback(null);
        }
        thing.setHandler(null);
        setThingStatus(thing, status(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR, null));
        handlers.remove(thing.getUID());
        Set<ThingHandler> byFactory = handlersByFactory.get(factory);
        if (byFactory != null && handler != null) {
            byFactory.remove(handler);
        }
    }

    private void registerChildHandlers(Bridge bridge) {
        for (Thing child : childrenOf(bridge.getUID())) {
            thingManagerPool.execute(() -> {
                try {
                    registerAndInitializeHandler(child, findFactory(child));
                } catch (RuntimeException e) {
                    note(true, "Registration resp. initialization of child '" + child.getUID() + "' of bridge '"
                            + bridge.getUID() + "' has been failed: " + e.getMessage());
                }
            });
        }
    }

    private void notifyThingsAboutBridgeStatusChange(Bridge bridge, ThingStatusInfo bridgeStatus) {
        if (!isHandlerInitialized(bridge)) {
            return;
        }
        for (Thing child : childrenOf(bridge.getUID())) {
            thingManagerPool.execute(() -> {
                try {
                    ThingHandler handler = child.getHandler();
                    if (handler != null && isHandlerInitialized(child)) {
                        record("bridgeStatusChanged " + bridgeStatus.getStatus(), child.getUID());
                        handler.bridgeStatusChanged(bridgeStatus);
                    }
                } catch (RuntimeException e) {
                    note(true, "Exception occurred during notification about bridge status change on thing '"
                            + child.getUID() + "': " + e.getMessage());
                }
            });
        }
    }

    private void notifyBridgeAboutChildHandlerInitialization(Thing thing, ThingUID bridgeUID) {
        tellBridge(thing, bridgeUID, "initialization", bridgeHandler -> {
            ThingHandler handler = thing.getHandler();
            if (handler != null) {
                record("childHandlerInitialized", thing.getUID());
                bridgeHandler.childHandlerInitialized(handler, thing);
            }
        });
    }

    private void notifyBridgeAboutChildHandlerDisposal(Thing thing, ThingHandler handler, ThingUID bridgeUID) {
        tellBridge(thing, bridgeUID, "disposal", bridgeHandler -> {
            record("childHandlerDisposed", thing.getUID());
            bridgeHandler.childHandlerDisposed(handler, thing);
        });
    }

    /** Tells the bridge's handler about its thing on the thingManager pool, if the bridge has one then. */
    private void tellBridge(Thing thing, ThingUID bridgeUID, String about, Consumer<BridgeHandler> message) {
        Bridge bridge = bridgeOf(bridgeUID);
        if (bridge == null) {
            return;
        }
        thingManagerPool.execute(() -> {
            try {
                BridgeHandler bridgeHandler = bridge.getHandler();
                if (bridgeHandler != null) {
                    message.accept(bridgeHandler);
                }
            } catch (RuntimeException e) {
                note(true, "Exception occurred during bridge handler ('" + bridgeUID + "') notification about "
                        + "handler " + about + " of child '" + thing.getUID() + "': " + e.getMessage());
            }
        });
    }

    private void notifyThingHandlerAboutRemoval(Thing thing) {
        thingManagerPool.execute(() -> {
            try {
                ThingHandler handler = thing.getHandler();
                if (handler != null) {
                    record("handleRemoval", thing.getUID());
                    handler.handleRemoval();
                } else {
                    logger.trace("No handler of thing '{}' available, so deferring the removal call.", thing.getUID());
                }
            } catch (RuntimeException e) {
                note(true, "The ThingHandler caused an exception while handling the removal of its thing");
            }
        });
    }

    private void notifyRegistryAboutForceRemove(Thing thing) {
        forceRemovePool.execute(() -> {
            try {
                forceRemove(thing.getUID());
            } catch (RuntimeException e) {
                note(true, "Could not remove thing " + thing.getUID() + ", because an unknown Exception occurred. "
                        + "Most likely because it is not managed.");
            }
        });
    }

    // ---- the callback

    private @Nullable Object callbackCall(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "stateUpdated":
                ChannelUID channel = (ChannelUID) args[0];
                State state = (State) args[1];
                lastStates.put(channel, state);
                states.add(new StateUpdate(channel, state));
                return null;
            case "postCommand":
                postedCommands.add(args[0] + " " + args[1]);
                return null;
            case "channelTriggered":
                triggers.add(args[1] + " " + args[2]);
                return null;
            case "statusUpdated":
                statusUpdated((Thing) args[0], (ThingStatusInfo) args[1]);
                return null;
            case "thingUpdated":
                thingUpdatedByHandler((Thing) args[0]);
                return null;
            case "validateConfigurationParameters":
                // openHAB validates against the thing or channel type's configuration description; none is known here
                return null;
            case "configurationUpdated":
                Thing configured = (Thing) args[0];
                if (!isHandlerInitialized(configured)) {
                    initializeHandler(configured);
                }
                return null;
            case "getConfigDescription":
                return null;
            case "createChannelBuilder":
                throw new IllegalArgumentException(String.format("Channel type '%s' is not known", args[1]));
            case "createChannelBuilders":
                throw new IllegalArgumentException(String.format("Channel group type '%s' is not known", args[1]));
            case "editChannel":
                Thing owner = (Thing) args[0];
                ChannelUID edited = (ChannelUID) args[1];
                Channel existing = owner.getChannel(edited.getId());
                if (existing == null) {
                    throw new IllegalArgumentException(
                            String.format("Channel '%s' does not exist for thing '%s'", edited, owner.getUID()));
                }
                return ChannelBuilder.create(existing);
            case "isChannelLinked":
                return links.contains(args[0]);
            case "getBridge":
                return bridgeOf((ThingUID) args[0]);
            case "toString":
                return "ThingHandlerCallback of " + this;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                throw new UnsupportedOperationException(
                        "ThingHandlerCallback." + method.getName() + " is not emulated by the runtime double");
        }
    }

    private void statusUpdated(Thing thing, ThingStatusInfo statusInfo) {
        ThingStatusInfo oldStatusInfo = thing.getStatusInfo();
        ensureValidStatus(oldStatusInfo.getStatus(), statusInfo.getStatus());
        if (oldStatusInfo.getStatus() == ThingStatus.REMOVING && statusInfo.getStatus() != ThingStatus.REMOVED) {
            if (statusInfo.getStatus() == ThingStatus.ONLINE) {
                notifyThingHandlerAboutRemoval(thing);
            }
            logger.debug("Ignoring illegal status transition for thing {} from REMOVING to {}, only REMOVED would "
                    + "have been allowed.", thing.getUID(), statusInfo.getStatus());
            return;
        }
        setThingStatus(thing, statusInfo);
        if (thing instanceof Bridge bridge) {
            if (isHandlerInitialized(bridge) && oldStatusInfo.getStatus() == ThingStatus.INITIALIZING) {
                registerChildHandlers(bridge);
            } else if (!statusInfo.equals(oldStatusInfo)) {
                notifyThingsAboutBridgeStatusChange(bridge, statusInfo);
            }
        }
        ThingUID bridgeUID = thing.getBridgeUID();
        if (bridgeUID != null && isHandlerInitialized(thing)
                && oldStatusInfo.getStatus() == ThingStatus.INITIALIZING) {
            notifyBridgeAboutChildHandlerInitialization(thing, bridgeUID);
        }
        if (thing.getStatus() == ThingStatus.REMOVED) {
            notifyRegistryAboutForceRemove(thing);
        }
    }

    private static void ensureValidStatus(ThingStatus oldStatus, ThingStatus newStatus) {
        if (!(newStatus == ThingStatus.UNKNOWN || newStatus == ThingStatus.ONLINE || newStatus == ThingStatus.OFFLINE
                || newStatus == ThingStatus.REMOVED)) {
            throw new IllegalArgumentException(MessageFormat.format(
                    "Illegal status {0}. Bindings only may set {1}, {2}, {3} or {4}.", newStatus, ThingStatus.UNKNOWN,
                    ThingStatus.ONLINE, ThingStatus.OFFLINE, ThingStatus.REMOVED));
        }
        if (newStatus == ThingStatus.REMOVED && oldStatus != ThingStatus.REMOVING) {
            throw new IllegalArgumentException(
                    MessageFormat.format("Illegal status {0}. The thing was in state {1} and not in {2}", newStatus,
                            oldStatus, ThingStatus.REMOVING));
        }
    }

    private void thingUpdatedByHandler(Thing thing) {
        thingUpdatedLock.add(thing.getUID());
        try {
            Thing old = registry.get(thing.getUID());
            if (old == null) {
                throw new IllegalArgumentException(MessageFormat.format(
                        "Cannot update thing {0} because it is not known to the registry", thing.getUID().getAsString()));
            }
            preserveDynamicState(old, thing);
            registry.put(thing.getUID(), thing);
            thingUpdated(old, thing);
        } finally {
            thingUpdatedLock.remove(thing.getUID());
        }
    }

    // ---- helpers

    /** As the registry does on an update: the new thing keeps the old one's handler and status. */
    private static void preserveDynamicState(Thing old, Thing thing) {
        if (old != thing) {
            thing.setHandler(old.getHandler());
            thing.setStatusInfo(old.getStatusInfo());
        }
    }

    private void setThingStatus(Thing thing, ThingStatusInfo statusInfo) {
        thing.setStatusInfo(statusInfo);
        statusHistory.computeIfAbsent(thing.getUID(), uid -> new CopyOnWriteArrayList<>()).add(statusInfo);
    }

    /** openHAB's {@code ThingHandlerHelper.isHandlerInitialized}: UNKNOWN, ONLINE or OFFLINE. */
    static boolean isHandlerInitialized(Thing thing) {
        ThingStatus status = thing.getStatus();
        return status == ThingStatus.UNKNOWN || status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE;
    }

    private boolean isHandlerRegistered(Thing thing) {
        ThingHandler handler = handlers.get(thing.getUID());
        return handler != null && handler == thing.getHandler();
    }

    private @Nullable ThingHandlerFactory findFactory(Thing thing) {
        for (ThingHandlerFactory factory : factories) {
            if (factory.supportsThingType(thing.getThingTypeUID())) {
                return factory;
            }
        }
        return null;
    }

    private @Nullable Bridge bridgeOf(ThingUID bridgeUID) {
        return registry.get(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }

    /** The bridge's things in the registry (openHAB's {@code Bridge.getThings()}, which the registry keeps). */
    private List<Thing> childrenOf(ThingUID bridgeUID) {
        List<Thing> children = new ArrayList<>();
        for (Thing thing : registry.values()) {
            if (bridgeUID.equals(thing.getBridgeUID())) {
                children.add(thing);
            }
        }
        return children;
    }

    private Lock lockOf(ThingUID thingUID) {
        return Objects.requireNonNull(locks.computeIfAbsent(thingUID, uid -> new ReentrantLock()));
    }

    private static ThingStatusInfo status(ThingStatus status, ThingStatusDetail detail, @Nullable String text) {
        return new ThingStatusInfo(status, detail, text);
    }

    private void record(String what, ThingUID thing) {
        calls.add(new Call(what, thing, Thread.currentThread().getName()));
    }

    private void note(boolean error, String message) {
        if (error) {
            logger.error("{}", message);
        } else {
            logger.warn("{}", message);
        }
        log.add(message);
    }
}
