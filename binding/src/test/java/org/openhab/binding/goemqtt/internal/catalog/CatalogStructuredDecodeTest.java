/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.catalog.CatalogDecodeTest.CONTEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonParser;

/**
 * The keys typed for issue 14: structured values as their JSON plus the parts a panel shows, both spellings of the
 * PV averages, OCPP and load-management values in their units, codes outside both lists as numbers.
 */
@NonNullByDefault
class CatalogStructuredDecodeTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void aDayScheduleGivesItsModeAndItsWholeJson() {
        Map<String, State> states = decode("sch_week",
                "{\"control\": 2, \"ranges\": [{\"from\": {\"hour\": 22}, \"to\": {\"hour\": 6}}]}");
        assertEquals(new DecimalType(2), states.get("scheduler#weekday-mode"));
        assertEquals(new StringType("{\"control\":2,\"ranges\":[{\"from\":{\"hour\":22},\"to\":{\"hour\":6}}]}"),
                states.get("scheduler#weekday-schedule"));
        assertEquals(new DecimalType(4), decode("sch_sund", "{\"control\": 4}").get("scheduler#sunday-mode"));
    }

    @Test
    void bothSpellingsOfThePvAveragesFeedOneChannel() {
        assertEquals(new QuantityType<>(new BigDecimal("-812.5"), Units.WATT),
                decode("pvopt_averagePGrid", "-812.5").get("pv#average-grid-power"));
        assertEquals(new QuantityType<>(new BigDecimal("-812.5"), Units.WATT),
                decode("pvopt_avergagePGrid", "-812.5").get("pv#average-grid-power"));
        assertEquals(new QuantityType<>(3100, Units.WATT),
                decode("pvopt_avergagePPV", "3100").get("pv#average-pv-power"));
    }

    @Test
    void formerlyRawLegacyKeysAreJsonTextChannels() {
        assertEquals(UnDefType.UNDEF, decode("ccd", "null").get("load-management#controller-data"));
        assertEquals(new StringType("[{\"id\":1}]"),
                decode("ctrls", "[{\"id\": 1}]").get("load-management#found-controllers"));
        assertFalse(catalog.decode("ctrls", JsonParser.parseString("[]"), CONTEXT).raw());
    }

    @Test
    void ocppAndLoadManagementValuesArriveInTheirUnitsAndCodes() {
        assertEquals(OnOffType.ON, decode("ocppc", "true").get("ocpp#ocpp-connected"));
        assertEquals(new QuantityType<>(300, Units.SECOND), decode("ocpph", "300").get("ocpp#heartbeat-interval"));
        assertEquals(new DecimalType(8), decode("ocppcs", "8").get("ocpp#connector-status"));
        assertEquals(new DecimalType(42), decode("ocppcs", "42").get("ocpp#connector-status"), "unknown code");
        assertInstanceOf(DateTimeType.class, decode("ocppca", "2028000000").get("ocpp#ocpp-connected-time"));
        assertEquals(new QuantityType<>(32, Units.AMPERE),
                decode("lot", "32").get("load-management#group-total-current"));
        assertEquals(new StringType("1, 2, 3"), decode("map", "[1,2,3]").get("load-management#phase-mapping"));
        assertEquals(new QuantityType<>(60, Units.MINUTE), decode("tof", "60").get("device#time-zone-offset"));
        assertEquals(new QuantityType<>(10, MetricPrefix.MILLI(Units.SECOND)),
                decode("mci", "10").get("pv#min-charging-interval"));
    }

    private Map<String, State> decode(String key, String json) {
        Catalog.Decoded decoded = catalog.decode(key, JsonParser.parseString(json), CONTEXT);
        assertEquals(List.of(), decoded.problems(), key);
        return decoded.states().stream().collect(Collectors.toMap(ChannelState::channel, ChannelState::state));
    }
}
