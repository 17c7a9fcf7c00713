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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Learns how an active scan ended.
 */
@NonNullByDefault
public interface ScanListener {

    /** The scan finished. */
    void onFinished();

    /** @param exception why the scan failed or was aborted, or {@code null} */
    void onErrorOccurred(@Nullable Exception exception);
}
