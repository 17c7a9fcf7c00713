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
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Bounds, step, display pattern, read-only flag and options of a state. Built through
 * {@link StateDescriptionFragmentBuilder}; the constructor is not public API (its parameters differ between openHAB
 * lines).
 */
@NonNullByDefault
public class StateDescription {

    private final @Nullable BigDecimal min;
    private final @Nullable BigDecimal max;
    private final @Nullable BigDecimal stepSize;
    private final @Nullable String displayPattern;
    private final boolean readOnlyState;
    private final List<StateOption> stateOptions;

    /**
     * @param minimum lowest value, or {@code null}
     * @param maximum highest value, or {@code null}
     * @param step step size, or {@code null}
     * @param pattern display pattern, or {@code null}
     * @param readOnly whether the state cannot be commanded
     * @param options allowed values, or {@code null} for none
     */
    StateDescription(@Nullable BigDecimal minimum, @Nullable BigDecimal maximum, @Nullable BigDecimal step,
            @Nullable String pattern, boolean readOnly, @Nullable List<StateOption> options) {
        this.min = minimum;
        this.max = maximum;
        this.stepSize = step;
        this.displayPattern = pattern;
        this.readOnlyState = readOnly;
        this.stateOptions = options == null ? List.of() : List.copyOf(options);
    }

    /**
     * @return the lowest value, or {@code null}
     */
    public @Nullable BigDecimal getMinimum() {
        return min;
    }

    /**
     * @return the highest value, or {@code null}
     */
    public @Nullable BigDecimal getMaximum() {
        return max;
    }

    /**
     * @return the step size, or {@code null}
     */
    public @Nullable BigDecimal getStep() {
        return stepSize;
    }

    /**
     * @return the display pattern, or {@code null}
     */
    public @Nullable String getPattern() {
        return displayPattern;
    }

    /**
     * @return whether the state cannot be commanded
     */
    public boolean isReadOnly() {
        return readOnlyState;
    }

    /**
     * @return the allowed values (empty when there are none)
     */
    public List<StateOption> getOptions() {
        return stateOptions;
    }

    @Override
    public int hashCode() {
        return Objects.hash(min, max, stepSize, displayPattern, readOnlyState, stateOptions);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        StateDescription o = (StateDescription) obj;
        return Objects.equals(min, o.min) && Objects.equals(max, o.max) && Objects.equals(stepSize, o.stepSize)
                && Objects.equals(displayPattern, o.displayPattern) && readOnlyState == o.readOnlyState
                && stateOptions.equals(o.stateOptions);
    }

    @Override
    public String toString() {
        return "StateDescription [minimum=" + min + ", maximum=" + max + ", step=" + stepSize + ", pattern="
                + displayPattern + ", readOnly=" + readOnlyState + ", options=" + stateOptions + "]";
    }
}
