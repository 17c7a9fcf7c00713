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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service registry of an OSGi framework, as strict as the one openHAB runs on: a {@link BundleContext} whose
 * {@code registerService} refuses what the framework refuses, and an SCR-style {@link #activate(Object)} of a
 * component's {@code activate(ComponentContext)} method.
 * <p>
 * What the framework does when a service is registered under class names (OSGi Core, "Registering Services"; the
 * framework of openHAB's runtime words its refusals as below): every name must be the <em>binary</em> name of a
 * class that the service object's class can load (through its own class loader or those of its interfaces and
 * superclasses), and the object must be an instance of it; otherwise the registration fails with an
 * {@link IllegalArgumentException} ({@code "Cannot cast service: <name>"} when no such class loads,
 * {@code "Service object is not an instance of \"<name>\"."} when the object is not one). A service factory is
 * not checked. So a nested interface registered under its canonical name ({@code Outer.Inner}, where the class is
 * {@code Outer$Inner}) is refused: that is what kept the broker bridge from ever starting.
 * <p>
 * <p>
 * What SCR does for a component's dynamic, multiple reference ({@code @Reference(cardinality = MULTIPLE, policy =
 * DYNAMIC)}, the way openHAB's thing manager, discovery registry and rule engine track factories, discovery services
 * and thing actions): {@link #addReference(Class, Consumer, Consumer)} binds every service registered under the
 * type's name, now and whenever one registers (on the registering thread, before {@code registerService} returns),
 * and unbinds it when it unregisters (before it is gone). An exception from a bind or unbind method does not undo
 * the registration: SCR logs it, and so does this double ({@link #referenceFailures()}).
 * <p>
 * Only the service registry is there; the bundle, listener and filter methods throw
 * {@link UnsupportedOperationException}, so a binding that starts to need them is noticed.
 */
@NonNullByDefault
public final class OsgiFramework {

    private final Logger logger = LoggerFactory.getLogger(OsgiFramework.class);
    private final List<ServiceRecord> records = new CopyOnWriteArrayList<>();
    private final List<Reference<?>> references = new CopyOnWriteArrayList<>();
    private final List<Throwable> referenceFailures = new CopyOnWriteArrayList<>();
    private final BundleContext bundleContext = (BundleContext) Proxy.newProxyInstance(
            OsgiFramework.class.getClassLoader(), new Class<?>[] { BundleContext.class },
            (proxy, method, args) -> bundleContextCall(method, args == null ? new Object[0] : args));
    private final ComponentContext componentContext = (ComponentContext) Proxy.newProxyInstance(
            OsgiFramework.class.getClassLoader(), new Class<?>[] { ComponentContext.class },
            (proxy, method, args) -> componentContextCall(method));
    private long nextServiceId = 1;

    /** The bundle context of the binding's bundle. */
    public BundleContext bundleContext() {
        return bundleContext;
    }

    /** The component context SCR hands a component of the binding's bundle. */
    public ComponentContext componentContext() {
        return componentContext;
    }

    /**
     * Activates a component as SCR does when its description names no activate method: it calls the method
     * {@code activate(ComponentContext)} that the component's class declares or inherits, whatever its access (a
     * handler factory inherits {@code BaseThingHandlerFactory.activate}, which takes the bundle context).
     *
     * @param component the component instance
     * @throws IllegalStateException when the class has no such method, or the method throws
     */
    public void activate(Object component) {
        invokeLifecycle(component, "activate");
    }

    /** Deactivates a component as SCR does: its {@code deactivate(ComponentContext)}. */
    public void deactivate(Object component) {
        invokeLifecycle(component, "deactivate");
    }

    /**
     * Starts a component that provides services, as SCR does: activates it ({@link #activate(Object)}), then
     * registers it under the binary names of {@code serviceTypes} (e.g. a handler factory as
     * {@code ThingHandlerFactory}, which the thing manager's reference then binds).
     *
     * @return the registration; {@link #stopComponent(Object, ServiceRecord)} ends both
     */
    public ServiceRecord startComponent(Object component, Class<?>... serviceTypes) {
        activate(component);
        String[] names = Arrays.stream(serviceTypes).map(Class::getName).toArray(String[]::new);
        return (ServiceRecord) bundleContext.registerService(names, component, null);
    }

    /**
     * Registers a component of prototype scope as SCR does: the framework holds a {@link Prototype} under the binary
     * names of {@code serviceTypes}, and {@code getServiceObjects(..).getService()} makes a new instance each time.
     */
    public <S> Prototype<S> registerPrototype(Class<S> implementation, Class<?>... serviceTypes) {
        Prototype<S> prototype = new Prototype<>(implementation);
        String[] names = Arrays.stream(serviceTypes).map(Class::getName).toArray(String[]::new);
        bundleContext.registerService(names, prototype, null);
        return prototype;
    }

    /** Stops a component started by {@link #startComponent(Object, Class...)}: unregisters it, then deactivates. */
    public void stopComponent(Object component, ServiceRecord registration) {
        registration.unregister();
        deactivate(component);
    }

    /**
     * A dynamic, multiple reference to the services of {@code type}, as SCR keeps it for a component: {@code bind}
     * hears of every service registered under the binary name of {@code type} now (in registration order) and later,
     * {@code unbind} of each that unregisters.
     *
     * @return closing it ends the reference (no unbind calls, as when the component itself goes)
     */
    public <S> AutoCloseable addReference(Class<S> type, Consumer<? super S> bind, Consumer<? super S> unbind) {
        Reference<S> reference = new Reference<>(type, bind, unbind);
        references.add(reference);
        services(type).forEach(service -> reference.call(reference.bind, service));
        return () -> references.remove(reference);
    }

    /** What bind and unbind methods threw (SCR logs it and goes on), oldest first. */
    public List<Throwable> referenceFailures() {
        return List.copyOf(referenceFailures);
    }

    /** The services registered now (not unregistered), in registration order. */
    public List<ServiceRecord> services() {
        return records.stream().filter(ServiceRecord::isRegistered).toList();
    }

    /** The services registered now under {@code className}, in registration order. */
    public List<Object> servicesNamed(String className) {
        return services().stream().filter(record -> record.names().contains(className)).map(ServiceRecord::service)
                .toList();
    }

    /** The services registered now under the binary name of {@code type}, cast to it. */
    public <S> List<S> services(Class<S> type) {
        return servicesNamed(type.getName()).stream().map(type::cast).toList();
    }

    private void invokeLifecycle(Object component, String name) {
        for (Class<?> type = component.getClass(); type != null; type = type.getSuperclass()) {
            Method method;
            try {
                method = type.getDeclaredMethod(name, ComponentContext.class);
            } catch (NoSuchMethodException e) {
                continue;
            }
            try {
                method.setAccessible(true);
                method.invoke(component, componentContext);
                return;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + method, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(name + " of " + component.getClass().getName() + " failed",
                        e.getCause());
            }
        }
        throw new IllegalStateException(component.getClass().getName() + " has no " + name + "(ComponentContext)");
    }

    private @Nullable Object bundleContextCall(Method method, Object[] args) {
        switch (method.getName()) {
            case "registerService":
                return registered(register(names(args[0]),
                        Objects.requireNonNull(args[1], "Service object cannot be null."), (Dictionary<?, ?>) args[2]));
            case "getServiceReference":
                return services().stream().filter(record -> record.names().contains(name(args[0]))).findFirst()
                        .orElse(null);
            case "getServiceReferences":
                List<ServiceRecord> named = services().stream()
                        .filter(record -> args[0] == null || record.names().contains(name(args[0]))).toList();
                if (method.getReturnType().isArray()) {
                    return named.isEmpty() ? null : named.toArray(new ServiceRecord[0]);
                }
                return new ArrayList<>(named);
            case "getService":
                ServiceRecord record = (ServiceRecord) args[0];
                return record.isRegistered() ? record.service() : null;
            case "getServiceObjects":
                ServiceRecord source = (ServiceRecord) args[0];
                return source.isRegistered() ? new ServiceObjectsOf(source) : null;
            case "ungetService":
                return ((ServiceRecord) args[0]).isRegistered();
            case "toString":
                return "BundleContext of " + this;
            case "hashCode":
                return System.identityHashCode(this);
            case "equals":
                return args[0] == bundleContext;
            default:
                throw new UnsupportedOperationException("BundleContext." + method.getName() + " is not emulated");
        }
    }

    private @Nullable Object componentContextCall(Method method) {
        switch (method.getName()) {
            case "getBundleContext":
                return bundleContext;
            case "toString":
                return "ComponentContext of " + this;
            case "hashCode":
                return System.identityHashCode(componentContext);
            default:
                throw new UnsupportedOperationException("ComponentContext." + method.getName() + " is not emulated");
        }
    }

    private synchronized ServiceRecord register(List<String> names, Object service,
            @Nullable Dictionary<?, ?> properties) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Service class names cannot be empty.");
        }
        if (!(service instanceof ServiceFactory)) {
            for (String name : names) {
                Class<?> type = loadUsing(service.getClass(), name);
                if (type == null) {
                    throw new IllegalArgumentException("Cannot cast service: " + name);
                }
                if (!type.isInstance(service)) {
                    throw new IllegalArgumentException("Service object is not an instance of \"" + name + "\".");
                }
            }
        }
        ServiceRecord record = new ServiceRecord(nextServiceId++, names, service, properties, this::unregistering);
        records.add(record);
        return record;
    }

    private ServiceRecord registered(ServiceRecord record) {
        for (Reference<?> reference : references) {
            reference.heard(record, true);
        }
        return record;
    }

    private void unregistering(ServiceRecord record) {
        for (Reference<?> reference : references) {
            reference.heard(record, false);
        }
    }

    /** One dynamic, multiple reference of a component. */
    private final class Reference<S> {
        final Class<S> type;
        final Consumer<? super S> bind;
        final Consumer<? super S> unbind;

        Reference(Class<S> type, Consumer<? super S> bind, Consumer<? super S> unbind) {
            this.type = type;
            this.bind = bind;
            this.unbind = unbind;
        }

        void heard(ServiceRecord record, boolean registered) {
            if (record.names().contains(type.getName())) {
                call(registered ? bind : unbind, type.cast(record.service()));
            }
        }

        void call(Consumer<? super S> method, S service) {
            try {
                method.accept(service);
            } catch (RuntimeException e) {
                logger.error("A bind or unbind method of a reference to {} failed for {}: {}", type.getName(),
                        service, e.getMessage(), e);
                referenceFailures.add(e);
            }
        }
    }

    /** Loads {@code name} through the class loaders of {@code type}, its interfaces and its superclasses. */
    private static @Nullable Class<?> loadUsing(@Nullable Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            ClassLoader loader = current.getClassLoader();
            try {
                return Class.forName(name, false, loader == null ? ClassLoader.getSystemClassLoader() : loader);
            } catch (ClassNotFoundException e) {
                // not visible from this class: try its interfaces, then its superclass
            }
            for (Class<?> implemented : current.getInterfaces()) {
                Class<?> loaded = loadUsing(implemented, name);
                if (loaded != null) {
                    return loaded;
                }
            }
        }
        return null;
    }

    private static List<String> names(@Nullable Object classes) {
        if (classes instanceof String[] array) {
            return List.copyOf(Arrays.asList(array));
        }
        return List.of(name(classes));
    }

    private static String name(@Nullable Object clazz) {
        if (clazz instanceof Class<?> type) {
            return type.getName();
        }
        if (clazz instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("Service class name cannot be " + clazz);
    }

    /** The service objects of one registration: a prototype's new instance each time, else the one object. */
    private static final class ServiceObjectsOf implements ServiceObjects<Object> {
        private final ServiceRecord record;

        ServiceObjectsOf(ServiceRecord record) {
            this.record = record;
        }

        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        public Object getService() {
            Object service = record.service();
            return service instanceof ServiceFactory factory ? factory.getService(null, (ServiceRecord) record)
                    : service;
        }

        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        public void ungetService(@Nullable Object instance) {
            if (record.service() instanceof ServiceFactory factory) {
                factory.ungetService(null, record, instance);
            }
        }

        @Override
        public ServiceReference<Object> getServiceReference() {
            return record;
        }
    }
}
