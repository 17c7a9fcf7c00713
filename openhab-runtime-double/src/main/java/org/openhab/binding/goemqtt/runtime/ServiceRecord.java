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

import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * One registration in {@link OsgiFramework}: its registration and its reference at once. As in a framework,
 * unregistering twice is an {@link IllegalStateException}, the references bound to the service are unbound before it
 * goes, and the properties carry {@code objectClass} and {@code service.id}.
 */
@NonNullByDefault
public final class ServiceRecord implements ServiceRegistration<Object>, ServiceReference<Object> {

    private final long id;
    private final List<String> names;
    private final Object service;
    private final Hashtable<String, Object> properties = new Hashtable<>();
    private final Consumer<ServiceRecord> unregistering;
    private volatile boolean registered = true;

    ServiceRecord(long id, List<String> names, Object service, @Nullable Dictionary<?, ?> properties,
            Consumer<ServiceRecord> unregistering) {
        this.id = id;
        this.names = List.copyOf(names);
        this.service = service;
        this.unregistering = unregistering;
        copy(properties);
    }

    /** The class names the service was registered under. */
    public List<String> names() {
        return names;
    }

    public Object service() {
        return service;
    }

    public boolean isRegistered() {
        return registered;
    }

    @Override
    public ServiceReference<Object> getReference() {
        if (!registered) {
            throw new IllegalStateException("Service already unregistered.");
        }
        return this;
    }

    @Override
    public void setProperties(@Nullable Dictionary<String, ?> properties) {
        if (!registered) {
            throw new IllegalStateException("Service already unregistered.");
        }
        copy(properties);
    }

    /**
     * As in a framework, the references bound to the service hear of it (their unbind methods run) while it is still
     * registered, then it is gone.
     */
    @Override
    public void unregister() {
        synchronized (this) {
            if (!registered) {
                throw new IllegalStateException("Service already unregistered.");
            }
            unregistering.accept(this);
            registered = false;
        }
    }

    @Override
    public @Nullable Object getProperty(@Nullable String key) {
        return key == null ? null : properties.get(key);
    }

    @Override
    public String[] getPropertyKeys() {
        return properties.keySet().toArray(String[]::new);
    }

    @Override
    public Dictionary<String, Object> getProperties() {
        return new Hashtable<>(properties);
    }

    @Override
    public @Nullable Bundle getBundle() {
        return null;
    }

    @Override
    public Bundle @Nullable [] getUsingBundles() {
        return null;
    }

    @Override
    public boolean isAssignableTo(@Nullable Bundle bundle, @Nullable String className) {
        return true;
    }

    @Override
    public int compareTo(@Nullable Object other) {
        // a lower service id ranks higher, as in a framework without service.ranking
        return other instanceof ServiceRecord record ? Long.compare(record.id, id) : 0;
    }

    @Override
    public <A> A adapt(@Nullable Class<A> type) {
        throw new UnsupportedOperationException("ServiceReference.adapt is not emulated");
    }

    @Override
    public String toString() {
        return "service " + id + " " + names + " = " + service.getClass().getName();
    }

    private void copy(@Nullable Dictionary<?, ?> source) {
        properties.clear();
        if (source != null) {
            for (Object key : Collections.list(source.keys())) {
                properties.put(String.valueOf(key), source.get(key));
            }
        }
        properties.put(Constants.OBJECTCLASS, names.toArray(String[]::new));
        properties.put(Constants.SERVICE_ID, id);
    }
}
