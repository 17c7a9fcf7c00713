/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.ConfigValues.Line;

/**
 * How {@link Configuration#as(Class)} (and so {@code BaseThingHandler.getConfigAs}) maps stored values onto the
 * fields of a configuration class, as openHAB's {@code ConfigParser.configurationAs} does: 4.3.x (sources of the 4.3
 * maintenance line, 2025) and 5.x (sources of 2026, the 5.2 line) where they differ.
 */
@NonNullByDefault
class ConfigurationAsTest {

    /** A configuration class as a binding writes it. */
    public static class Sample {
        public static int shared = 1;
        public int port = 1883;
        public long timeout;
        public double factor;
        public float ratio;
        public short small;
        public byte tiny;
        public @Nullable Integer boxed;
        public boolean secure;
        public @Nullable Boolean maybe;
        public @Nullable String host = "default.local";
        public @Nullable BigDecimal raw;
        public @Nullable DayOfWeek day;
        public List<Integer> numbers = List.of(9);
        public List<String> texts = List.of("unchanged");
        public Set<String> tags = Set.of();
        private String hidden = "hidden";
        public final String constant = "keep";
        public transient int skipped = 7;
    }

    /** Fields inherited from a superclass are filled too. */
    public static class Extended extends Sample {
        public String extra = "";
    }

    /** No public no-argument constructor. */
    public static class NoDefaultConstructor {
        public String serial = "";

        public NoDefaultConstructor(String serial) {
            this.serial = serial;
        }
    }

    /** A record: 5.x builds it, 4.3 cannot. */
    public record SampleRecord(String serial, int port) {
    }

    @Test
    void numbersBecomeTheFieldsNumberTypeWithoutRangeCheck() {
        Sample s = sample(Map.of("port", new BigDecimal("8883"), "timeout", new BigDecimal("30000"), "factor",
                new BigDecimal("0.5"), "ratio", new BigDecimal("0.25"), "small", 7, "tiny", 3, "boxed", 12, "raw",
                new BigDecimal("1.25")));
        assertEquals(8883, s.port);
        assertEquals(30000L, s.timeout);
        assertEquals(0.5, s.factor);
        assertEquals(0.25f, s.ratio);
        assertEquals((short) 7, s.small);
        assertEquals((byte) 3, s.tiny);
        assertEquals(Integer.valueOf(12), s.boxed);
        assertEquals(new BigDecimal("1.25"), s.raw);

        assertEquals(30, sample(Map.of("port", new BigDecimal("30.7"))).port, "a fraction is cut off");
        assertEquals(1, sample(Map.of("port", new BigDecimal("4294967297"))).port, "too large wraps around");
    }

    @Test
    void textBecomesANumberByValueOf() {
        Sample s = sample(Map.of("port", "1885", "factor", "1.5", "boxed", "-3", "raw", "0.10"));
        assertEquals(1885, s.port);
        assertEquals(1.5, s.factor);
        assertEquals(Integer.valueOf(-3), s.boxed);
        assertEquals(new BigDecimal("0.10"), s.raw);
    }

    @Test
    void textThatIsNoNumberKeepsTheFieldIn43AndThrowsIn52() {
        for (String text : List.of("30.0", " 30", "abc", "")) {
            Map<String, @Nullable Object> values = stored(Map.of("port", text));
            Sample s = ConfigValues.map(values, Sample.class, Line.OH_4_3);
            assertNotNull(s);
            assertEquals(1883, s.port, text);
            assertThrows(NumberFormatException.class, () -> ConfigValues.map(values, Sample.class, Line.OH_5_2),
                    text);
        }
    }

    @Test
    void textBecomesABooleanByValueOf() {
        assertTrue(sample(Map.of("secure", "TRUE")).secure);
        assertFalse(sample(Map.of("secure", "yes")).secure, "only \"true\" in any case is true");
        assertEquals(Boolean.FALSE, sample(Map.of("maybe", "on")).maybe);
    }

    @Test
    void textBecomesAnEnumConstantByItsExactName() {
        assertEquals(DayOfWeek.MONDAY, sample(Map.of("day", "MONDAY")).day);
        for (Line line : Line.values()) {
            Sample s = ConfigValues.map(stored(Map.of("day", "monday")), Sample.class, line);
            assertNotNull(s);
            assertNull(s.day, line + ": an unknown name leaves the field");
        }
    }

    @Test
    void textStaysTextLeadingZerosIncluded() {
        Extended s = map(Map.of("host", "072246", "extra", "0.50"), Extended.class);
        assertEquals("072246", s.host);
        assertEquals("0.50", s.extra);
    }

    @Test
    void numbersAndBooleansAreNotTurnedIntoText() {
        for (Line line : Line.values()) {
            Sample s = ConfigValues.map(stored(Map.of("host", new BigDecimal("72246"))), Sample.class, line);
            assertNotNull(s);
            assertEquals("default.local", s.host, line + ": a number for a text field leaves the field");
            s = ConfigValues.map(stored(Map.of("host", true, "port", true)), Sample.class, line);
            assertNotNull(s);
            assertEquals("default.local", s.host, line.name());
            assertEquals(1883, s.port, line + ": a boolean is no number");
            s = ConfigValues.map(stored(Map.of("secure", 1)), Sample.class, line);
            assertNotNull(s);
            assertFalse(s.secure, line + ": a number is no boolean");
        }
    }

    @Test
    void aListFillsListAndSetFieldsElementByElement() {
        Sample s = sample(Map.of("numbers", List.of(1, 2), "texts", List.of("/go-eCharger/", "go-eCharger/"),
                "tags", List.of("a", "b", "a")));
        assertEquals(List.of(1, 2), s.numbers);
        assertEquals(ArrayList.class, s.numbers.getClass());
        assertEquals(List.of("/go-eCharger/", "go-eCharger/"), s.texts);
        assertEquals(Set.of("a", "b"), s.tags);
    }

    @Test
    void elementsThatCannotBeConvertedAreLeftOutButTextThatIsNoNumberThrows() {
        for (Line line : Line.values()) {
            Sample s = ConfigValues.map(stored(Map.of("texts", List.of(new BigDecimal(1), new BigDecimal(2)))),
                    Sample.class, line);
            assertNotNull(s);
            assertEquals(List.of(), s.texts, line + ": numbers are no text");
            assertThrows(NumberFormatException.class,
                    () -> ConfigValues.map(stored(Map.of("numbers", List.of("1", "x"))), Sample.class, line));
        }
    }

    @Test
    void oneTextForAListFieldIsOneElementNeverSplit() {
        assertEquals(List.of("/go-eCharger/,go-eCharger/"),
                sample(Map.of("texts", "/go-eCharger/,go-eCharger/")).texts);
        assertEquals(Set.of("a,b"), sample(Map.of("tags", "a,b")).tags);
    }

    @Test
    void aListForAFieldThatIsNoCollectionThrowsIn43AndKeepsTheFieldIn52() {
        Map<String, @Nullable Object> values = stored(Map.of("host", List.of("a", "b")));
        assertThrows(ClassCastException.class, () -> ConfigValues.map(values, Sample.class, Line.OH_4_3));
        Sample s = ConfigValues.map(values, Sample.class, Line.OH_5_2);
        assertNotNull(s);
        assertEquals("default.local", s.host);
    }

    @Test
    void missingAndNullValuesLeaveTheInitialValue() {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put("host", null);
        Sample s = map(values, Sample.class);
        assertEquals(1883, s.port);
        assertEquals("default.local", s.host);
        assertEquals(List.of(9), s.numbers);
    }

    @Test
    void privateAndStaticFieldsAreSetFinalAndTransientOnesNot() {
        Sample.shared = 1;
        Sample s = sample(Map.of("hidden", "set", "shared", 5, "constant", "changed", "skipped", 1));
        assertEquals("set", s.hidden);
        assertEquals(5, Sample.shared, "openHAB writes static fields too");
        assertEquals("keep", s.constant);
        assertEquals(7, s.skipped);
        Sample.shared = 1;
    }

    @Test
    void aClassWithoutPublicNoArgumentConstructorGivesNull() {
        for (Line line : Line.values()) {
            assertNull(ConfigValues.map(stored(Map.of("serial", "072246")), NoDefaultConstructor.class, line));
        }
        assertNull(new Configuration().as(NoDefaultConstructor.class));
    }

    @Test
    void aRecordIsBuiltIn52OnlyWithZeroForAMissingPrimitive() {
        Map<String, @Nullable Object> values = stored(Map.of("serial", "072246"));
        assertNull(ConfigValues.map(values, SampleRecord.class, Line.OH_4_3));
        assertEquals(new SampleRecord("072246", 0), ConfigValues.map(values, SampleRecord.class, Line.OH_5_2));
    }

    @Test
    void theDefaultLineIs43() {
        assertEquals(Line.OH_4_3, Line.of(null));
        assertEquals(Line.OH_4_3, Line.of("4.3"));
        assertEquals(Line.OH_5_2, Line.of("5.2"));
        assertEquals(Line.of(System.getProperty("openhab.core.line")), ConfigValues.LINE);
    }

    private static Sample sample(Map<String, Object> values) {
        return map(values, Sample.class);
    }

    private static <T> T map(Map<String, ? extends @Nullable Object> values, Class<T> type) {
        T result = new Configuration(stored(values)).as(type);
        assertNotNull(result);
        return result;
    }

    /** The values as a configuration stores them. */
    private static Map<String, @Nullable Object> stored(Map<String, ? extends @Nullable Object> values) {
        return new HashMap<>(new Configuration(new HashMap<String, @Nullable Object>(values)).getProperties());
    }
}
