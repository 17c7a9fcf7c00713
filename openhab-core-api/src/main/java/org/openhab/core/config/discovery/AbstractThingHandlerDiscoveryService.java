/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.discovery;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;

/**
 * A discovery service that a handler provides through {@link ThingHandler#getServices()}. Background discovery runs
 * between {@link #initialize()} and {@link #dispose()}, i.e. while the handler is set.
 * <p>
 * {@code getThingHandler()} is left to subclasses: its declared return type differs between openHAB lines. Declare
 * it with your concrete handler type and return {@link #thingHandler}; that compiles and links on every line.
 *
 * @param <T> the handler type
 */
@NonNullByDefault
public abstract class AbstractThingHandlerDiscoveryService<T extends ThingHandler> extends AbstractDiscoveryService
        implements ThingHandlerService {

    private final Class<T> thingClazz;
    private boolean backgroundDiscoveryEnabled;

    /** The handler this service works for; set by {@link #setThingHandler(ThingHandler)}. */
    protected @NonNullByDefault({}) T thingHandler = (@NonNull T) null;

    /**
     * @param thingClazz the handler class
     * @param supportedThingTypes the types this service finds, or {@code null}
     * @param timeout seconds after which an active scan stops (0: never)
     * @param backgroundDiscoveryEnabledByDefault whether background discovery runs after {@link #initialize()}
     * @param scanInputLabel the label of the text a scan can be given, or {@code null} for scans without input
     * @param scanInputDescription its description, or {@code null}
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        super(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
        this.thingClazz = thingClazz;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
    }

    /**
     * Scans take no input.
     *
     * @param thingClazz the handler class
     * @param supportedThingTypes the types this service finds, or {@code null}
     * @param timeout seconds after which an active scan stops (0: never)
     * @param backgroundDiscoveryEnabledByDefault whether background discovery runs after {@link #initialize()}
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    /**
     * Background discovery enabled by default.
     *
     * @param thingClazz the handler class
     * @param supportedThingTypes the types this service finds, or {@code null}
     * @param timeout seconds after which an active scan stops (0: never)
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, true);
    }

    /**
     * No supported types; background discovery enabled by default.
     *
     * @param thingClazz the handler class
     * @param timeout seconds after which an active scan stops (0: never)
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, int timeout) throws IllegalArgumentException {
        this(thingClazz, null, timeout);
    }

    @Override
    protected abstract void startScan();

    /**
     * @param handler the handler; must be an instance of the handler class
     * @throws IllegalArgumentException for a handler of another class
     */
    @Override
    @SuppressWarnings("unchecked")
    public void setThingHandler(ThingHandler handler) {
        if (!thingClazz.isAssignableFrom(handler.getClass())) {
            throw new IllegalArgumentException(
                    "Expected class is " + thingClazz + " but the parameter has class " + handler.getClass());
        }
        this.thingHandler = (T) handler;
    }

    /**
     * Reads the background discovery setting; discovery itself starts in {@link #initialize()}.
     */
    @Override
    public void activate(@Nullable Map<String, Object> config) {
        if (config != null) {
            backgroundDiscoveryEnabled = backgroundSetting(config, backgroundDiscoveryEnabled);
        }
    }

    @Override
    public void modified(@Nullable Map<String, Object> config) {
        if (config != null) {
            backgroundDiscoveryEnabled = switchBackgroundDiscovery(config, backgroundDiscoveryEnabled);
        }
    }

    @Override
    public void deactivate() {
        // background discovery is stopped in dispose()
    }

    @Override
    public void initialize() {
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    @Override
    public void dispose() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }
}
