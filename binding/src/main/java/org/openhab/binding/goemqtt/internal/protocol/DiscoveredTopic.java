/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A value topic seen under a discovery base: which charger (serial and its base topic) and which API key.
 */
@NonNullByDefault
public record DiscoveredTopic(ChargerSerial serial, BaseTopic base, String key) {
}
