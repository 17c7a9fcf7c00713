/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.type;

/**
 * Whether the framework should turn a command into a state update by itself.
 */
public enum AutoUpdatePolicy {
    /** Never: the handler reports the real state. */
    VETO,
    /** The framework decides. */
    DEFAULT,
    /** Yes: the device will not report its state. */
    RECOMMEND
}
