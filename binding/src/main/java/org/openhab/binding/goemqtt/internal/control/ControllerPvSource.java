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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A go-e Controller as the PV source of a charger's {@link PvFeed}: which of its categories is the grid, the PV and
 * the battery, each given by name (Grid, Solar, Akku by default; compared ignoring case) or by its index in the
 * controller's arrays (the number in the channel id, {@code categories#category-1-power}). Every category reading
 * the controller publishes becomes the feed's inputs, as if items had sent them: the feed stamps them on arrival,
 * so a controller that falls silent stops the feed after the same maximum age, with the same status text, as stale
 * items do. A category that is not there (no such name, no power) gives no value: without a grid value the feed
 * waits, or pauses once the last one is too old.
 */
@NonNullByDefault
public final class ControllerPvSource {

    /** Charger configuration: the UID of the controller thing. */
    public static final String PARAM_CONTROLLER = "pvController";
    public static final String PARAM_GRID = "pvGridCategory";
    public static final String PARAM_PV = "pvSolarCategory";
    public static final String PARAM_BATTERY = "pvBatteryCategory";
    public static final String DEFAULT_GRID = "Grid";
    public static final String DEFAULT_PV = "Solar";
    public static final String DEFAULT_BATTERY = "Akku";

    /** The controller's fixed categories, at their index: matched by name while the controller's names are unknown. */
    static final List<String> STANDARD_CATEGORIES = List.of("Home", "Grid", "Car", "Relais", "Solar", "Akku");

    private final Logger logger = LoggerFactory.getLogger(ControllerPvSource.class);
    private final Map<PvInput, String> categories = new EnumMap<>(PvInput.class);

    /** Blank selectors take the defaults. */
    public ControllerPvSource(@Nullable String grid, @Nullable String pv, @Nullable String battery) {
        categories.put(PvInput.GRID, orDefault(grid, DEFAULT_GRID));
        categories.put(PvInput.PV, orDefault(pv, DEFAULT_PV));
        categories.put(PvInput.BATTERY, orDefault(battery, DEFAULT_BATTERY));
    }

    /** The category selector of {@code input}: a name or an index. */
    public String category(PvInput input) {
        return categories.getOrDefault(input, "");
    }

    /** Hands the powers of the mapped categories to {@code feed}; leaves out those it cannot find. */
    public void feed(CategoryPowers powers, PvFeed feed) {
        for (Map.Entry<PvInput, String> entry : categories.entrySet()) {
            int index = indexOf(entry.getValue(), powers);
            BigDecimal watts = powers.power(index);
            if (watts != null) {
                feed.update(entry.getKey(), new QuantityType<>(watts, Units.WATT));
            } else if (entry.getKey() == PvInput.GRID) {
                logger.debug("Controller reading without grid power: category '{}' (index {}) of {}",
                        entry.getValue(), index, powers.names());
            } else {
                feed.update(entry.getKey(), UnDefType.UNDEF);
            }
        }
    }

    /**
     * A whole number is an index, anything else a name; -1 when no category has that name. A name of one of the
     * controller's fixed categories that no category has now (not named yet, or renamed in the app: "Netz" for Grid)
     * is the fixed one's index (Grid is 1): the fixed categories keep their place in the arrays whatever they are
     * called, so the defaults keep working for an owner who renamed them.
     */
    static int indexOf(String selector, CategoryPowers powers) {
        if (selector.matches("\\d{1,3}")) {
            return Integer.parseInt(selector);
        }
        int named = powers.indexOf(selector);
        if (named >= 0) {
            return named;
        }
        for (int i = 0; i < STANDARD_CATEGORIES.size(); i++) {
            if (STANDARD_CATEGORIES.get(i).equalsIgnoreCase(selector.strip())) {
                return i;
            }
        }
        return -1;
    }

    private static String orDefault(@Nullable String selector, String fallback) {
        return selector == null || selector.isBlank() ? fallback : selector.strip();
    }
}
