/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the rule actions need of a charger: the charger handler implements it (its control parts live as long as
 * the handler is initialised).
 */
@NonNullByDefault
public interface ActionTarget {

    /** Publishes sets of this charger. */
    CommandSink commands();

    /** The charger's temporary current limit keeper. */
    TemporaryCurrentLimit tcl();

    /** The charger's PV feed. */
    PvFeed pvFeed();

    /** The charger's current limits as last reported. */
    CurrentBounds bounds();
}
