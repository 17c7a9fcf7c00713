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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.PrototypeServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * A component of prototype scope as SCR registers it ({@code <service scope="prototype">} in its description): the
 * framework holds this factory, and every {@code ServiceObjects.getService()} makes a new instance with the class's
 * public no-argument constructor; {@code ungetService} releases it. openHAB's handler factory takes a handler's
 * service from here when the bundle declares the service class as such a component (the charger's actions are one).
 *
 * @param <S> the component class
 */
@NonNullByDefault
public final class Prototype<S> implements PrototypeServiceFactory<S> {

    private final Class<S> implementation;
    private final List<S> live = new CopyOnWriteArrayList<>();

    Prototype(Class<S> implementation) {
        this.implementation = implementation;
    }

    /** The instances handed out and not yet released, oldest first. */
    public List<S> live() {
        return List.copyOf(live);
    }

    @Override
    public S getService(@Nullable Bundle bundle, @Nullable ServiceRegistration<S> registration) {
        try {
            S instance = implementation.getConstructor().newInstance();
            live.add(instance);
            return instance;
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("SCR cannot create " + implementation.getName(), e);
        }
    }

    @Override
    public void ungetService(@Nullable Bundle bundle, @Nullable ServiceRegistration<S> registration,
            @Nullable S service) {
        if (!live.remove(service)) {
            throw new IllegalStateException("not an instance of this prototype in use: " + service);
        }
    }
}
