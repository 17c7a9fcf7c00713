/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.binding;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of a binding's handler factory: subclasses say which types they support and create the handlers.
 * <p>
 * As in openHAB, {@link #registerHandler(Thing)} also creates the handler's services ({@link
 * ThingHandler#getServices()}) and registers each with the OSGi framework through the bundle context that
 * {@link #activate(ComponentContext)} took: one instance per class (a prototype component of that class if the
 * bundle registered one, else its public no-argument constructor), handed the handler, registered under the
 * <em>canonical</em> names of every interface that its class and its superclasses implement directly (except
 * {@code ThingHandlerService} itself), then initialised. A class that is no {@code ThingHandlerService} or cannot be
 * created is skipped with a warning; a registration the framework refuses throws out of {@code registerHandler}
 * (openHAB then shows the thing as HANDLER_REGISTERING_ERROR). {@link #unregisterHandler(Thing)} disposes the
 * services and unregisters them.
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private static final String SERVICE_INTERFACE_NAME = ThingHandlerService.class.getCanonicalName();

    /** The bundle context, set by {@link #activate(ComponentContext)}; {@code null} before and after. */
    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);
    private final Map<ThingUID, List<HandlerService>> handlerServices = new ConcurrentHashMap<>();

    /**
     * Called when the component is activated; subclasses that override it call it first.
     *
     * @param componentContext the component context
     */
    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
    }

    /**
     * Called when the component is deactivated; subclasses that override it call it first.
     *
     * @param componentContext the component context
     */
    protected void deactivate(ComponentContext componentContext) {
        handlerServices.clear();
        bundleContext = null;
    }

    /**
     * @return the bundle context
     * @throws IllegalStateException when the factory is not active
     */
    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException("The factory is not active: no bundle context.");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " could not create a handler for the thing '"
                    + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(handler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        for (Class<? extends ThingHandlerService> serviceClass : handler.getServices()) {
            if (!ThingHandlerService.class.isAssignableFrom(serviceClass)) {
                logger.warn("Service {} of thing {} is no ThingHandlerService; not registered.",
                        serviceClass.getCanonicalName(), thing.getUID());
                continue;
            }
            registerService(thing.getUID(), handler, serviceClass);
        }
        return handler;
    }

    private <S extends ThingHandlerService> void registerService(ThingUID thingUID, ThingHandler handler,
            Class<S> serviceClass) {
        // a null bundle context fails here, as in openHAB, when the factory was never activated
        ServiceReference<S> component = bundleContext.getServiceReference(serviceClass);
        HandlerService service;
        if (component != null) {
            ServiceObjects<S> objects = bundleContext.getServiceObjects(component);
            service = new HandlerService(objects.getService(), objects);
        } else {
            try {
                service = new HandlerService(serviceClass.getConstructor().newInstance(), null);
            } catch (NoSuchMethodException | SecurityException | InstantiationException | IllegalAccessException
                    | InvocationTargetException e) {
                logger.warn("Could not create service {}", serviceClass.getCanonicalName(), e);
                return;
            }
        }
        List<String> names = new ArrayList<>();
        for (Class<?> type : interfacesOf(serviceClass)) {
            String name = type.getCanonicalName();
            if (name != null && !name.equals(SERVICE_INTERFACE_NAME)) {
                names.add(name);
            }
        }
        service.instance.setThingHandler(handler);
        if (!names.isEmpty()) {
            service.registration = bundleContext.registerService(names.toArray(String[]::new), service.instance,
                    null);
        }
        service.instance.initialize();
        handlerServices.computeIfAbsent(thingUID, uid -> new ArrayList<>()).add(service);
    }

    /** The interfaces {@code type} and its superclasses implement directly (not their super-interfaces). */
    private static Collection<Class<?>> interfacesOf(Class<?> type) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            interfaces.addAll(List.of(current.getInterfaces()));
        }
        return interfaces;
    }

    /**
     * @param thing a thing of a supported type
     * @return its handler, or {@code null} when none can be created
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
        List<HandlerService> services = handlerServices.remove(thing.getUID());
        if (services != null) {
            services.forEach(HandlerService::dispose);
        }
    }

    /**
     * Called when a handler goes away; override to release what the factory keeps for it.
     *
     * @param thingHandler the handler
     */
    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
    }

    /**
     * Creates things from the framework's thing type registry; without one (as here) there is no thing type to
     * create from.
     */
    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        return null;
    }

    /** One service created for a handler, with its registration and where it came from. */
    private static final class HandlerService {
        final ThingHandlerService instance;
        final @Nullable ServiceObjects<?> objects;
        @Nullable
        ServiceRegistration<?> registration;

        HandlerService(ThingHandlerService instance, @Nullable ServiceObjects<?> objects) {
            this.instance = instance;
            this.objects = objects;
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        void dispose() {
            instance.dispose();
            ServiceRegistration<?> current = registration;
            if (current != null) {
                current.unregister();
            }
            ServiceObjects source = objects;
            if (source != null) {
                source.ungetService(instance);
            }
        }
    }
}
