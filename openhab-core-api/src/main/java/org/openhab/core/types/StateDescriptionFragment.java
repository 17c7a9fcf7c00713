/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.types;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The parts of a {@link StateDescription} one source knows; unknown parts are {@code null}.
 */
@NonNullByDefault
public interface StateDescriptionFragment {

    /** @return the lowest value, or {@code null} */
    @Nullable
    BigDecimal getMinimum();

    /** @return the highest value, or {@code null} */
    @Nullable
    BigDecimal getMaximum();

    /** @return the step size, or {@code null} */
    @Nullable
    BigDecimal getStep();

    /** @return the display pattern, or {@code null} */
    @Nullable
    String getPattern();

    /** @return the read-only flag, or {@code null} */
    @Nullable
    Boolean isReadOnly();

    /** @return the allowed values, or {@code null} */
    @Nullable
    List<StateOption> getOptions();

    /** @return a full state description from this fragment, or {@code null} when it defines nothing */
    @Nullable
    StateDescription toStateDescription();
}
