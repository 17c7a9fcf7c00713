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
 * A thing handler whose rule actions are not the API v2 ones of {@link ControlCommands} on an
 * {@link ActionTarget}: it hands {@link ChargerActions} its own {@link RuleCommands} (the API v1 charger).
 */
@NonNullByDefault
public interface RuleCommandTarget {

    /** The commands the rule actions run now. */
    RuleCommands ruleCommands();
}
