/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.automation.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one parameter of a rule action.
 */
@Repeatable(ActionInputs.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ActionInput {

    /** @return the parameter name */
    String name();

    /** @return the parameter type */
    String type() default "";

    /** @return the label */
    String label() default "";

    /** @return the description */
    String description() default "";

    /** @return tags */
    String[] tags() default {};

    /** @return whether the parameter must be given */
    boolean required() default false;

    /** @return a reference */
    String reference() default "";

    /** @return the default value */
    String defaultValue() default "";
}
