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
 * Configuration parameters of a thing or service, stored as openHAB stores them: text, booleans,
 * {@link java.math.BigDecimal} for numbers and lists of these (see the non-public {@code ConfigValues} for every rule);
 * {@link #as(Class)} maps the parameters onto the fields of a plain class as openHAB's {@code ConfigParser} does.
 * Nothing here knows the thing type's config description: openHAB's thing manager converts by it before a handler
 * initialises (the binding's tests do that with their own helper).
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
     * @param properties the parameters; their values are normalized (numbers to BigDecimal), the keys OSGi adds
     *            ({@code objectClass}, {@code component.name}, {@code component.id}) are left out
     * @throws IllegalArgumentException for a value that is no text, boolean, number or collection of them
     */
    public Configuration(@Nullable Map<String, @Nullable Object> properties) {
        this();
        if (properties != null) {
            this.properties.putAll(ConfigValues.normalizeAll(properties));
        }
    }

    /**
     * Creates an instance of the class and fills its fields from the parameters of the same name.
     *
     * @param configurationClass a public class with a public no-argument constructor
     * @return the filled instance; {@code null} (despite the signature, as in openHAB) when the class cannot be
     *         instantiated that way
     */
    public <T> T as(Class<T> configurationClass) {
        synchronized (properties) {
            return ConfigValues.map(properties, configurationClass, ConfigValues.LINE);
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
     * @param value the value; numbers are stored as BigDecimal, {@code null} is stored as {@code null}
     * @return the previous value, or {@code null}
     * @throws IllegalArgumentException for a value that is no text, boolean, number or collection of them
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
