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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of discovery services: keeps the listeners and the results reported so far, runs active scans with a timeout
 * and switches background discovery on configuration.
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    /** Shared scheduler for discovery jobs. */
    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool("discovery");

    private final Set<DiscoveryListener> listeners = new CopyOnWriteArraySet<>();
    private final Map<ThingUID, DiscoveryResult> results = new LinkedHashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private volatile boolean backgroundDiscoveryEnabled;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private @Nullable ScanListener scanListener;
    private @Nullable ScheduledFuture<?> scheduledStop;

    /**
     * @param supportedThingTypes the types this service finds, or {@code null} for none
     * @param timeout seconds after which an active scan stops (0: never)
     * @param backgroundDiscoveryEnabledByDefault whether background discovery starts on activation
     * @param scanInputLabel the label of the text a scan can be given, or {@code null} for scans without input
     * @param scanInputDescription its description, or {@code null}
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    /**
     * Scans take no input.
     *
     * @param supportedThingTypes the types this service finds, or {@code null} for none
     * @param timeout seconds after which an active scan stops (0: never)
     * @param backgroundDiscoveryEnabledByDefault whether background discovery starts on activation
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    /**
     * Background discovery is enabled by default.
     *
     * @param supportedThingTypes the types this service finds, or {@code null} for none
     * @param timeout seconds after which an active scan stops (0: never)
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    /**
     * No supported types; background discovery is enabled by default.
     *
     * @param timeout seconds after which an active scan stops (0: never)
     * @throws IllegalArgumentException when the timeout is negative
     */
    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    /** @return whether both a label and a description of the scan input were given */
    @Override
    public boolean isScanInputSupported() {
        return getScanInputLabel() != null && getScanInputDescription() != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        List<DiscoveryResult> known;
        synchronized (results) {
            known = List.copyOf(results.values());
        }
        known.forEach(result -> listener.thingDiscovered(this, result));
        listeners.add(listener);
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener != null) {
            listeners.remove(listener);
        }
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        scan(null, listener);
    }

    /** Scans with {@code input} when scan input is supported, else as {@link #startScan(ScanListener)} does. */
    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        scan(input, listener);
    }

    private synchronized void scan(@Nullable String input, @Nullable ScanListener listener) {
        stopScan();
        cancelScheduledStop();
        scanListener = listener;
        if (timeout > 0) {
            scheduledStop = scheduler.schedule(this::stopScanQuietly, timeout, TimeUnit.SECONDS);
        }
        try {
            if (input != null && isScanInputSupported()) {
                startScan(input);
            } else {
                startScan();
            }
        } catch (RuntimeException e) {
            cancelScheduledStop();
            scanListener = null;
            throw e;
        }
    }

    @Override
    public synchronized void abortScan() {
        cancelScheduledStop();
        ScanListener listener = scanListener;
        scanListener = null;
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
        }
    }

    /** Starts an active scan; called by {@link #startScan(ScanListener)}. */
    protected abstract void startScan();

    /**
     * Starts an active scan with the user's input; called by {@link #startScan(String, ScanListener)} when scan input
     * is supported. Only logs by default: a service that supports input overrides it.
     *
     * @param input the text the user entered
     */
    protected void startScan(String input) {
        logger.warn("Discovery with input is not implemented by {}", getClass().getName());
    }

    /** Ends the active scan and tells its listener. */
    protected synchronized void stopScan() {
        ScanListener listener = scanListener;
        scanListener = null;
        if (listener != null) {
            listener.onFinished();
        }
    }

    private void stopScanQuietly() {
        try {
            stopScan();
        } catch (RuntimeException e) {
            logger.debug("Exception while stopping the scan: {}", e.getMessage());
        }
    }

    private void cancelScheduledStop() {
        ScheduledFuture<?> stop = scheduledStop;
        scheduledStop = null;
        if (stop != null) {
            stop.cancel(false);
        }
    }

    /**
     * Reports a found thing to every listener and remembers it for listeners added later.
     *
     * @param discoveryResult the result
     */
    protected void thingDiscovered(DiscoveryResult discoveryResult) {
        for (DiscoveryListener listener : listeners) {
            try {
                listener.thingDiscovered(this, discoveryResult);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (results) {
            results.put(discoveryResult.getThingUID(), discoveryResult);
        }
    }

    /**
     * Reports that a thing is gone to every listener and forgets its result.
     *
     * @param thingUID the thing
     */
    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : listeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (results) {
            results.remove(thingUID);
        }
    }

    /**
     * Component activation: reads {@link DiscoveryService#CONFIG_PROPERTY_BACKGROUND_DISCOVERY} and starts background
     * discovery when it is enabled.
     *
     * @param configProperties the component configuration, or {@code null}
     */
    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            backgroundDiscoveryEnabled = backgroundSetting(configProperties, backgroundDiscoveryEnabled);
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    /**
     * Configuration change: starts or stops background discovery when the setting changes.
     *
     * @param configProperties the component configuration, or {@code null}
     */
    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            backgroundDiscoveryEnabled = switchBackgroundDiscovery(configProperties, backgroundDiscoveryEnabled);
        }
    }

    /** Starts or stops background discovery when the configured setting differs from {@code wasEnabled}. */
    final boolean switchBackgroundDiscovery(Map<String, Object> config, boolean wasEnabled) {
        boolean enabled = backgroundSetting(config, wasEnabled);
        if (wasEnabled && !enabled) {
            stopBackgroundDiscovery();
        } else if (!wasEnabled && enabled) {
            startBackgroundDiscovery();
        }
        return enabled;
    }

    /** Component deactivation: stops background discovery when it is enabled. */
    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    /** Starts background discovery; nothing by default. */
    protected void startBackgroundDiscovery() {
    }

    /** Stops background discovery; nothing by default. */
    protected void stopBackgroundDiscovery() {
    }

    static boolean backgroundSetting(Map<String, Object> config, boolean current) {
        Object value = config.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value instanceof Boolean flag) {
            return flag;
        } else if (value instanceof String text) {
            return Boolean.parseBoolean(text);
        }
        return current;
    }
}
