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
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.JsonValues;
import org.openhab.core.types.StateDescriptionFragment;
import org.openhab.core.types.StateDescriptionFragmentBuilder;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The charging current a charger accepts, from the keys it reports: the minimum is {@code mca} (6 A until known);
 * the maximum is the smallest of {@code ama}, {@code cbl} (when a cable reports one), 16 A while the 16 A adapter
 * is in ({@code adi}) and the variant's maximum ({@code var} 11 → 16 A, 22 → 32 A; 32 A until known). Should the
 * minimum exceed the maximum, the maximum wins. Thread-safe.
 */
@NonNullByDefault
public final class CurrentBounds {

    public static final int DEFAULT_MIN = 6;
    public static final int ABSOLUTE_MAX = 32;
    public static final int ADAPTER_MAX = 16;
    /** The keys that move the bounds. */
    public static final Set<String> KEYS = Set.of("mca", "ama", "cbl", "adi", "var");

    private static final Map<Long, Integer> VARIANT_MAX = Map.of(11L, 16, 22L, 32);

    private final Map<String, Long> known = new ConcurrentHashMap<>();

    /** A limit and what imposes it. */
    private record Limit(int amps, String source) {
    }

    /**
     * Takes a reported value of one of {@link #KEYS} ({@code null} or an unreadable value forgets it); other keys
     * are ignored. Returns whether the minimum or maximum changed.
     */
    public boolean update(String key, JsonElement value) {
        if (!KEYS.contains(key)) {
            return false;
        }
        int min = min();
        int max = max();
        OptionalLong number = "adi".equals(key) ? flag(value) : JsonValues.integral(value);
        if (number.isPresent()) {
            known.put(key, number.getAsLong());
        } else {
            known.remove(key);
        }
        return min != min() || max != max();
    }

    /** The smallest current the charger charges with, in A. */
    public int min() {
        Long mca = known.get("mca");
        int min = mca == null || mca < 1 ? DEFAULT_MIN : (int) Math.min(mca, ABSOLUTE_MAX);
        return Math.min(min, max());
    }

    /** The largest current the charger allows now, in A. */
    public int max() {
        return maxLimit().amps();
    }

    /** Null when {@code amps} is within the bounds, else why not (e.g. {@code 20 A is above the maximum ...}). */
    public @Nullable String check(int amps) {
        int min = min();
        Limit max = maxLimit();
        if (amps > max.amps()) {
            return amps + " A is above the maximum of " + max.amps() + " A (" + max.source() + ")";
        } else if (amps < min) {
            return amps + " A is below the minimum charging current of " + min + " A (mca)";
        }
        return null;
    }

    /** Minimum, maximum and a step of 1 A for the requested-current channel's state description. */
    public StateDescriptionFragment fragment() {
        return StateDescriptionFragmentBuilder.create().withMinimum(BigDecimal.valueOf(min()))
                .withMaximum(BigDecimal.valueOf(max())).withStep(BigDecimal.ONE).build();
    }

    @Override
    public String toString() {
        return min() + ".." + max() + " A";
    }

    private Limit maxLimit() {
        Limit limit = new Limit(ABSOLUTE_MAX, "largest go-e charger");
        Long variant = known.get("var");
        Integer variantMax = variant == null ? null : VARIANT_MAX.get(variant);
        if (variantMax != null) {
            limit = lower(limit, variantMax, variant + " kW variant");
        }
        Long ama = known.get("ama");
        if (ama != null && ama > 0) {
            limit = lower(limit, ama, "maximum current setting ama");
        }
        Long cbl = known.get("cbl");
        if (cbl != null && cbl > 0) {
            limit = lower(limit, cbl, "cable limit");
        }
        Long adapter = known.get("adi");
        if (adapter != null && adapter != 0) {
            limit = lower(limit, ADAPTER_MAX, "16 A adapter");
        }
        return limit;
    }

    private static Limit lower(Limit limit, long amps, String source) {
        return amps < limit.amps() ? new Limit((int) amps, source) : limit;
    }

    /** {@code adi} is a boolean in newer firmware and 0/1 in older. */
    private static OptionalLong flag(JsonElement value) {
        if (value instanceof JsonPrimitive primitive && primitive.isBoolean()) {
            return OptionalLong.of(primitive.getAsBoolean() ? 1 : 0);
        }
        return JsonValues.integral(value);
    }
}
