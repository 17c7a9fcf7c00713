/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Configuration parameters of a thing or service. Numbers are stored as {@link java.math.BigDecimal}, as openHAB
 * does; {@link #as(Class)} maps the parameters onto the fields of a plain class.
 */
@NonNullByDefault
public class Configuration {

    private final Map<String, @Nullable Object> properties;

    /** Creates an empty configuration. */
    public Configuration() {
        this.properties = Collections.synchronizedMap(new HashMap<>());
    }

    /**
     * @param configuration the configuration to copy, or {@code null} for an empty one
     */
    public Configuration(@Nullable Configuration configuration) {
        this();
        if (configuration != null) {
            properties.putAll(configuration.getProperties());
        }
    }

    /**
     * @param properties the parameters; their values are normalized (numbers to BigDecimal)
     */
    public Configuration(@Nullable Map<String, @Nullable Object> properties) {
        this();
        if (properties != null) {
            properties.forEach((key, value) -> this.properties.put(key, ConfigValues.normalize(value)));
        }
    }

    /**
     * Creates an instance of the class and fills its fields from the parameters of the same name.
     *
     * @param configurationClass a class with a public no-argument constructor
     * @return the filled instance
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigValues.map(properties, configurationClass);
        }
    }

    /**
     * @param key the parameter name
     * @return whether the parameter is present
     */
    public boolean containsKey(String key) {
        return properties.containsKey(key);
    }

    /**
     * @param key the parameter name
     * @return the value, or {@code null}
     */
    public @Nullable Object get(String key) {
        return properties.get(key);
    }

    /**
     * @param key the parameter name
     * @param value the value; numbers are stored as BigDecimal
     * @return the previous value, or {@code null}
     */
    public @Nullable Object put(String key, @Nullable Object value) {
        return properties.put(key, ConfigValues.normalize(value));
    }

    /**
     * @param key the parameter name
     * @return the removed value, or {@code null}
     */
    public @Nullable Object remove(String key) {
        return properties.remove(key);
    }

    /**
     * @return a snapshot of the parameter names
     */
    public Set<String> keySet() {
        synchronized (properties) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    /**
     * @return a snapshot of the values
     */
    public Collection<@Nullable Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    /**
     * @return a snapshot of all parameters
     */
    public Map<String, @Nullable Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /**
     * Replaces all parameters.
     *
     * @param newProperties the new parameters
     */
    public void setProperties(Map<String, @Nullable Object> newProperties) {
        synchronized (properties) {
            properties.clear();
            newProperties.forEach(this::put);
        }
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof Configuration other && Objects.equals(getProperties(), other.getProperties());
    }

    @Override
    public String toString() {
        return "Configuration" + getProperties();
    }
}
