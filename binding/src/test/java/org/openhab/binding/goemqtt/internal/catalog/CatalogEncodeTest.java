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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.PayloadEncoder;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

/**
 * Commands become the JSON value of their key: quantities in the key's unit, switches as booleans, options as
 * codes; read-only channels and commands of the wrong type are refused with a reason.
 */
@NonNullByDefault
class CatalogEncodeTest {

    private final Catalog catalog = Catalog.standard();

    @Test
    void aQuantityIsConvertedToTheKeysUnitFirst() {
        assertEncoded("amp", "10", "charging#requested-current",
                new QuantityType<>(10000, MetricPrefix.MILLI(Units.AMPERE)));
        assertEncoded("amp", "16", "charging#requested-current", new DecimalType(16));
        assertEncoded("dwo", "1500", "charging#energy-limit", new QuantityType<>(new BigDecimal("1.5"),
                Units.KILOWATT_HOUR));
        assertEncoded("fst", "1400.5", "pv#starting-power", new QuantityType<>(new BigDecimal("1.4005"),
                MetricPrefix.KILO(Units.WATT)));
        assertEncoded("fmt", "300000", "pv#min-charge-time", new QuantityType<>(5, Units.MINUTE));
    }

    @Test
    void wholeNumberKeysRefuseFractions() {
        assertRefused("charging#requested-current", new QuantityType<>(new BigDecimal("10.5"), Units.AMPERE),
                "whole numbers");
        assertRefused("config#led-brightness", new DecimalType(new BigDecimal("12.5")), "whole numbers");
    }

    @Test
    void aQuantityOfAnotherDimensionIsRefused() {
        assertRefused("charging#requested-current", new QuantityType<>(11, MetricPrefix.KILO(Units.WATT)),
                "cannot express 11 kW");
    }

    @Test
    void switchesBecomeBooleans() {
        assertEncoded("fup", "true", "pv#use-pv-surplus", OnOffType.ON);
        assertEncoded("awe", "false", "charging#flexible-tariff", OnOffType.OFF);
    }

    @Test
    void optionsBecomeTheirCodesAndUnknownCodesAreRefused() {
        assertEncoded("frc", "2", "charging#force-state", new DecimalType(2));
        assertEncoded("psm", "1", "charging#phase-mode", new StringType("1"));
        assertEncoded("trx", "0", "charging#transaction", DecimalType.ZERO);
        assertRefused("charging#force-state", new DecimalType(7), "takes 0 (Neutral), 1 (Off), 2 (On), not 7");
        assertRefused("charging#force-state", new DecimalType(new BigDecimal("1.5")), "not 1.5");
        assertRefused("charging#logic-mode", new StringType("Default"), "expects a number");
    }

    @Test
    void readOnlyChannelsAndUnknownChannelsAreRefused() {
        assertRefused("energy#total-energy", new QuantityType<>(1, Units.KILOWATT_HOUR), "read only");
        assertRefused("status#charging-allowed", OnOffType.ON, "read only");
        assertRefused("rfid#card-1-energy", new DecimalType(0), "read only");
        assertRefused("raw#futureKey", new StringType("1"), "read only");
        assertRefused("status#no-such-channel", OnOffType.ON, "unknown channel");
        assertRefused("charging#force-state", RefreshType.REFRESH, "REFRESH");
    }

    @Test
    void commandsOfTheWrongTypeAreRefused() {
        assertRefused("charging#requested-current", OnOffType.ON, "expects a number");
        assertRefused("pv#use-pv-surplus", new StringType("yes"), "expects ON or OFF");
        assertRefused("device#friendly-name", new DecimalType(5), "expects a text");
    }

    @Test
    void textsAndListsAreWrittenAsTheChargerExpects() {
        assertEncoded("fna", "\"garage\"", "device#friendly-name", new StringType("garage"));
        assertEncoded("mht", "null", "mqtt#auto-discovery-prefix", new StringType(""));
        assertEncoded("mht", "\"home/discovery\"", "mqtt#auto-discovery-prefix", new StringType("home/discovery"));
        assertEncoded("clp", "[6,10,16]", "charging#current-presets", new StringType("6, 10;16"));
        assertRefused("charging#current-presets", new StringType("6, ten"), "'ten' is not a number");
        assertEncoded("c3n", "\"Anna\"", "rfid#card-4-name", new StringType("Anna"));
    }

    private void assertEncoded(String key, String json, String channel, Command command) {
        EncodeResult result = catalog.encode(channel, command);
        if (!(result instanceof EncodeResult.Encoded encoded)) {
            fail(channel + " ← " + command + ": " + result);
            return;
        }
        assertEquals(key, encoded.key());
        assertEquals(json, PayloadEncoder.encode(encoded.value()));
    }

    private void assertRefused(String channel, Command command, String reasonPart) {
        EncodeResult result = catalog.encode(channel, command);
        if (!(result instanceof EncodeResult.Refused refused)) {
            fail(channel + " ← " + command + " was not refused: " + result);
            return;
        }
        assertTrue(refused.reason().contains(reasonPart), refused.reason());
    }
}
