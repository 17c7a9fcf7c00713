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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * One reading of a go-e Controller's categories: their names ({@code ccn}) and powers in watts ({@code ccp}), index by
 * index, as the controller last published them. A category without a number (null, text, missing) has no power.
 *
 * @param names the category names; null where unnamed
 * @param watts the category powers; null where the controller gave none
 */
@NonNullByDefault
public record CategoryPowers(List<@Nullable String> names, List<@Nullable BigDecimal> watts) {

    public CategoryPowers {
        names = Collections.unmodifiableList(new ArrayList<>(names));
        watts = Collections.unmodifiableList(new ArrayList<>(watts));
    }

    /** The powers of a {@code ccp} value; anything that is no array gives none. Never throws. */
    public static List<@Nullable BigDecimal> watts(JsonElement ccp) {
        List<@Nullable BigDecimal> watts = new ArrayList<>();
        if (ccp instanceof JsonArray array) {
            for (JsonElement element : array) {
                watts.add(JsonValues.decimal(element).orElse(null));
            }
        }
        return watts;
    }

    /** The power of category {@code index}; null when it has none. */
    public @Nullable BigDecimal power(int index) {
        return index >= 0 && index < watts.size() ? watts.get(index) : null;
    }

    /** The index of the category named {@code name} (ignoring case); -1 when none is. */
    public int indexOf(String name) {
        for (int i = 0; i < names.size(); i++) {
            String candidate = names.get(i);
            if (candidate != null && candidate.equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }
}
