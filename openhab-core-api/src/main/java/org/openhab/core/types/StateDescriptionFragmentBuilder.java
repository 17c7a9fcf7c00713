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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds a {@link StateDescriptionFragment} step by step.
 */
@NonNullByDefault
public class StateDescriptionFragmentBuilder {

    private @Nullable BigDecimal minimum;
    private @Nullable BigDecimal maximum;
    private @Nullable BigDecimal step;
    private @Nullable String pattern;
    private @Nullable Boolean readOnly;
    private @Nullable List<StateOption> options;

    private StateDescriptionFragmentBuilder() {
    }

    /**
     * @return an empty builder
     */
    public static StateDescriptionFragmentBuilder create() {
        return new StateDescriptionFragmentBuilder();
    }

    /**
     * @param fragment the fragment to start from
     * @return a builder holding the fragment's values (options only when there are some)
     */
    public static StateDescriptionFragmentBuilder create(StateDescriptionFragment fragment) {
        StateDescriptionFragmentBuilder builder = new StateDescriptionFragmentBuilder();
        builder.minimum = fragment.getMinimum();
        builder.maximum = fragment.getMaximum();
        builder.step = fragment.getStep();
        builder.pattern = fragment.getPattern();
        builder.readOnly = fragment.isReadOnly();
        List<StateOption> given = fragment.getOptions();
        if (given != null && !given.isEmpty()) {
            builder.options = new ArrayList<>(given);
        }
        return builder;
    }

    /**
     * @param description the description to start from
     * @return a builder holding the description's values (options only when there are some)
     */
    public static StateDescriptionFragmentBuilder create(StateDescription description) {
        StateDescriptionFragmentBuilder builder = new StateDescriptionFragmentBuilder();
        builder.minimum = description.getMinimum();
        builder.maximum = description.getMaximum();
        builder.step = description.getStep();
        builder.pattern = description.getPattern();
        builder.readOnly = description.isReadOnly();
        if (!description.getOptions().isEmpty()) {
            builder.options = new ArrayList<>(description.getOptions());
        }
        return builder;
    }

    /**
     * @return a fragment holding the values set so far
     */
    public StateDescriptionFragment build() {
        List<StateOption> opts = options;
        return new Fragment(minimum, maximum, step, pattern, readOnly, opts == null ? null : List.copyOf(opts));
    }

    /**
     * @param maximum the highest value
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withMaximum(BigDecimal maximum) {
        this.maximum = maximum;
        return this;
    }

    /**
     * @param minimum the lowest value
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withMinimum(BigDecimal minimum) {
        this.minimum = minimum;
        return this;
    }

    /**
     * @param step the step size
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withStep(BigDecimal step) {
        this.step = step;
        return this;
    }

    /**
     * @param pattern the display pattern
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withPattern(String pattern) {
        this.pattern = pattern;
        return this;
    }

    /**
     * @param readOnly whether the state cannot be commanded
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withReadOnly(Boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    /**
     * @param option one more allowed value
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withOption(StateOption option) {
        List<StateOption> opts = options;
        if (opts == null) {
            opts = new ArrayList<>();
            options = opts;
        }
        opts.add(option);
        return this;
    }

    /**
     * @param options all allowed values
     * @return this builder
     */
    public StateDescriptionFragmentBuilder withOptions(List<StateOption> options) {
        this.options = new ArrayList<>(options);
        return this;
    }

    /** The immutable fragment this builder produces. */
    private record Fragment(@Nullable BigDecimal getMinimum, @Nullable BigDecimal getMaximum,
            @Nullable BigDecimal getStep, @Nullable String getPattern, @Nullable Boolean isReadOnly,
            @Nullable List<StateOption> getOptions) implements StateDescriptionFragment {

        @Override
        public @Nullable StateDescription toStateDescription() {
            if (getMinimum == null && getMaximum == null && getStep == null && getPattern == null
                    && isReadOnly == null && getOptions == null) {
                return null;
            }
            Boolean ro = isReadOnly;
            return new StateDescription(getMinimum, getMaximum, getStep, getPattern, ro != null && ro.booleanValue(),
                    getOptions);
        }
    }
}
