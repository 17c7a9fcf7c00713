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

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The state a quantity codec gives a number is, in every way a user or a rule can see, the one openHAB's
 * {@code QuantityType(Number, Unit)} makes from the number as sent: its {@code toBigDecimal()} (value and scale), its
 * text, its formats, its unit, and equality both ways; made anew or taken from the codec's cache. Checked for every
 * number the three captured bursts give a quantity channel, and for edge cases in every unit of the catalog.
 */
@NonNullByDefault
class QuantityStateTest {

    private static final DecodeContext CONTEXT = new DecodeContext(Instant.EPOCH, null, ZoneOffset.UTC);
    private static final String[] BURSTS = { "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt",
            "fw60.5-v3-retained-burst.txt" };
    private static final String[] EDGE_CASES = { "-0.0", "0.0", "-0", "1e-7", "1E-7", "0.0000001", "-0.5", "15.10",
            "23.0", "32.750", "0.1234567890123456789012345678901234567", "999.999", "1000.001", "-1000.001" };
    /** Larger than a logarithmic unit (dBm) can take in its system unit; every other unit takes it. */
    private static final String HUGE = "123456789012345678901234567890.123456789";

    @Test
    void everyCapturedQuantityIsTheStateOpenhabMakesFromTheNumberAsSent() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String burst : BURSTS) {
            for (String line : capture(burst)) {
                int space = line.indexOf(' ');
                if (line.startsWith("#") || space < 0) {
                    continue;
                }
                String topic = line.substring(0, space);
                String key = topic.substring(topic.lastIndexOf('/') + 1);
                JsonElement value = JsonParser.parseString(line.substring(space + 1));
                for (KeyRow row : Catalog.standard().rowsOf(key)) {
                    Unit<?> unit = row.unit();
                    JsonElement part = row.selector().select(value);
                    if (!row.shown() || unit == null || part == null || !part.isJsonPrimitive()) {
                        continue;
                    }
                    assertSameAsMadeByOpenhab(row.codec(), part, unit, burst + " " + row.path());
                    checked.add(row.path() + "=" + part);
                }
            }
        }
        assertTrue(checked.size() > 200, "the bursts hold quantities: " + checked.size());
        assertTrue(checked.stream().anyMatch(c -> c.startsWith("tma[0]=") && c.contains(".")), "fractions among them");
    }

    @Test
    void edgeCasesInEveryUnitOfTheCatalogAreTheStateOpenhabMakes() {
        Set<Unit<?>> units = new LinkedHashSet<>();
        for (KeyRow row : Catalog.standard().rows()) {
            Unit<?> unit = row.unit();
            if (unit != null && row.codec() instanceof NumericCodecs.QuantityCodec<?>) {
                units.add(unit);
            }
        }
        assertTrue(units.contains(SIUnits.CELSIUS) && units.contains(Units.WATT_HOUR), "units: " + units);
        for (Unit<?> unit : units) {
            Codec codec = codecFor(unit);
            for (String text : EDGE_CASES) {
                assertSameAsMadeByOpenhab(codec, JsonParser.parseString(text), unit, text + " " + unit);
            }
            if (!unit.equals(Units.DECIBEL_MILLIWATTS)) {
                assertSameAsMadeByOpenhab(codec, JsonParser.parseString(HUGE), unit, HUGE + " " + unit);
            }
        }
    }

    @Test
    void aNumberThatOverflowsInTheSystemUnitIsStillRefusedAsFractionAndAsWholeNumber() {
        Codec dbm = Codecs.quantity(Units.DECIBEL_MILLIWATTS);
        for (String text : new String[] { "5000", "5000.5", "3083.5e1", "1e308", HUGE }) {
            for (int i = 0; i < 2; i++) {
                assertThrows(ShapeException.class, () -> dbm.decode(JsonParser.parseString(text), CONTEXT), text);
            }
        }
        assertSameAsMadeByOpenhab(dbm, JsonParser.parseString("3000.5"), Units.DECIBEL_MILLIWATTS, "3000.5 dBm");
        Codec energy = Codecs.quantity(Units.WATT_HOUR);
        assertThrows(ShapeException.class, () -> energy.decode(JsonParser.parseString("1e308"), CONTEXT),
                "1e308 Wh overflows a double in joules");
    }

    /** Decodes {@code value} twice (made, then from the cache) and compares both with openHAB's own state. */
    private static void assertSameAsMadeByOpenhab(Codec codec, JsonElement value, Unit<?> unit, String what) {
        QuantityType<?> expected = openhabState(new BigDecimal(value.getAsString()), unit);
        for (int i = 0; i < 2; i++) {
            State state = codec.decode(value, CONTEXT);
            QuantityType<?> decoded = assertInstanceOf(QuantityType.class, state, what);
            assertEquals(expected.toBigDecimal(), decoded.toBigDecimal(), what + ": value and scale");
            assertEquals(expected.toString(), decoded.toString(), what);
            assertEquals(expected.toFullString(), decoded.toFullString(), what);
            assertEquals(expected.format("%.3f %unit%"), decoded.format("%.3f %unit%"), what);
            assertEquals(expected.format("%s"), decoded.format("%s"), what);
            assertEquals(expected.getUnit(), decoded.getUnit(), what);
            assertEquals(expected, decoded, what);
            assertEquals(decoded, expected, what);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static QuantityType<?> openhabState(BigDecimal number, Unit<?> unit) {
        return new QuantityType(number, unit);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Codec codecFor(Unit<?> unit) {
        return Codecs.quantity((Unit) unit);
    }

    private static List<String> capture(String name) throws IOException {
        try (@Nullable InputStream in = QuantityStateTest.class.getResourceAsStream("/captures/" + name)) {
            assertNotNull(in, "test resource captures/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
