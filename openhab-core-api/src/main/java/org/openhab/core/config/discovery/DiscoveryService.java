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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Finds things and reports them to {@link DiscoveryListener}s, in the background or in an active scan. Every method
 * of the framework's interface is declared, with the signature it has in both openHAB lines.
 */
@NonNullByDefault
public interface DiscoveryService {

    /** Configuration key enabling background discovery. */
    String CONFIG_PROPERTY_BACKGROUND_DISCOVERY = "background";

    /** @return the thing types this service finds */
    Collection<ThingTypeUID> getSupportedThingTypes();

    /** @return whether an active scan can be given an input text (see {@link #startScan(String, ScanListener)}) */
    boolean isScanInputSupported();

    /** @return the label of the scan input, or {@code null} when there is none */
    @Nullable
    String getScanInputLabel();

    /** @return the description of the scan input, or {@code null} when there is none */
    @Nullable
    String getScanInputDescription();

    /** @return seconds after which an active scan ends */
    int getScanTimeout();

    /** @return whether background discovery is on */
    boolean isBackgroundDiscoveryEnabled();

    /** @param listener told when the scan ends, or {@code null} */
    void startScan(@Nullable ScanListener listener);

    /**
     * @param input the text the user entered for the scan
     * @param listener told when the scan ends, or {@code null}
     */
    void startScan(String input, @Nullable ScanListener listener);

    /** Stops a running active scan. */
    void abortScan();

    /** @param listener a listener; it first receives all results known so far */
    void addDiscoveryListener(@Nullable DiscoveryListener listener);

    /** @param listener a listener to remove */
    void removeDiscoveryListener(@Nullable DiscoveryListener listener);
}
