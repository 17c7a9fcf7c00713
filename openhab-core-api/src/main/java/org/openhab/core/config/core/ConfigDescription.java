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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.Identifiable;

/**
 * Describes the configuration parameters of a thing type, channel type or service, under a URI such as
 * {@code thing-type:goemqtt:charger}. Only its URI is declared. Only the framework creates these: openHAB's
 * constructor is package-private too.
 */
@NonNullByDefault
public class ConfigDescription implements Identifiable<URI> {

    private final URI uri;

    /**
     * @param uri an opaque URI with a scheme
     * @throws IllegalArgumentException when the URI has no scheme or its specific part starts with a slash
     */
    ConfigDescription(URI uri) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("A configuration description URI needs a scheme: " + uri);
        }
        if (!uri.isOpaque()) {
            throw new IllegalArgumentException("A configuration description URI must not have a path: " + uri);
        }
        this.uri = uri;
    }

    /** @return the URI this description is registered under */
    @Override
    public URI getUID() {
        return uri;
    }

    @Override
    public String toString() {
        return "ConfigDescription [uri=" + uri + "]";
    }
}
