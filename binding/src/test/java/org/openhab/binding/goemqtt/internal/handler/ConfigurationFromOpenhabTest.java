/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.THING_TYPE_BROKER;
import static org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration.thingsFile;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.docs.ThingXmlFacts;
import org.openhab.binding.goemqtt.internal.docs.ThingXmlFacts.Parameter;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.builder.BridgeBuilder;

/**
 * The configurations as openHAB hands them to the handlers: from a {@code .things} file, from the UI or REST (JSON),
 * from discovery; converted by the parameters of the thing XML and completed with its defaults before
 * {@code initialize()} (see {@link OpenhabConfiguration}), then mapped by {@code getConfigAs}.
 */
@NonNullByDefault
class ConfigurationFromOpenhabTest {

    private static final OpenhabConfiguration CHARGER = OpenhabConfiguration.charger();
    private static final OpenhabConfiguration BROKER = OpenhabConfiguration.broker();

    @Test
    void aSerialGivenAsTextKeepsItsLeadingZeroFromAThingsFileTheUiAndDiscovery() {
        for (Map<String, Object> raw : List.of(thingsFile("serial=\"072246\""), Map.<String, Object> of("serial",
                "072246"))) {
            Configuration config = CHARGER.prepare(raw);
            assertEquals("072246", config.get("serial"), raw.toString());
            assertEquals("072246", config.as(ChargerConfiguration.class).serial);
            ChargerHarness charger = new ChargerHarness(raw).initialize();
            assertEquals(ThingStatus.UNKNOWN, charger.callback.lastStatus().getStatus(), raw.toString());
            assertTrue(charger.transport.subscriptions().contains("/go-eCharger/072246/#"), raw.toString());
        }
    }

    @Test
    void aSerialWrittenWithoutQuotesLosesItsLeadingZeroAndTheChargerSaysHowToWriteIt() {
        Map<String, Object> raw = thingsFile("serial=072246");
        assertEquals(new BigDecimal("72246"), raw.get("serial"), "the DSL reads a number");
        assertEquals("72246", CHARGER.prepare(raw).get("serial"), "the text parameter makes it text, zero gone");
        assertEquals(List.of(), CHARGER.problems(CHARGER.prepare(raw)), "openHAB lets it through");

        ChargerHarness charger = new ChargerHarness(raw).initialize();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, charger.callback.lastStatus().getStatusDetail());
        String text = RenderedStatus.english(String.valueOf(charger.callback.lastStatus().getDescription()));
        assertTrue(text.contains("72246") && text.contains("serial=\"072246\""), text);
        assertTrue(charger.transport.subscriptions().stream().noneMatch(filter -> filter.contains("72246")),
                "nothing subscribed for a serial that cannot be right");
    }

    @Test
    void aSerialOfSixDigitsSurvivesWithoutQuotes() {
        Map<String, Object> raw = thingsFile("serial=203012");
        assertEquals("203012", CHARGER.prepare(raw).as(ChargerConfiguration.class).serial);
        assertNull(ChargerConfigCheck.problem(CHARGER.prepare(raw).as(ChargerConfiguration.class)));
        assertTrue(ChargerConfigCheck.lostLeadingZeros("72246"));
        assertTrue(ChargerConfigCheck.lostLeadingZeros("0"));
        assertFalse(ChargerConfigCheck.lostLeadingZeros("072246"));
        assertFalse(ChargerConfigCheck.lostLeadingZeros("7224a"), "not digits only: not a lost number");
    }

    @Test
    void unquotedTextInAThingsFileIsASyntaxErrorSoOnlyDigitsLoseZeros() {
        assertThrows(IllegalArgumentException.class, () -> thingsFile("host=broker.local"));
        assertThrows(IllegalArgumentException.class, () -> thingsFile("serial=07a246"));
        assertEquals(Map.of("host", "192.168.1.10", "port", new BigDecimal(1883), "tls", true),
                thingsFile("host=\"192.168.1.10\", port=1883, tls=true"));
    }

    @Test
    void anIntegerGivenAsTextOrAsAJsonNumberReachesTheFieldAsANumber() {
        for (Map<String, Object> raw : List.of(thingsFile("serial=\"072246\", silenceTimeout=\"45\""),
                Map.<String, Object> of("serial", "072246", "silenceTimeout", 45.0))) {
            Configuration config = CHARGER.prepare(raw);
            assertEquals(new BigDecimal(45), config.get("silenceTimeout"), raw.toString());
            assertEquals(45, config.as(ChargerConfiguration.class).silenceTimeout);
            assertEquals(List.of(), CHARGER.problems(config));
        }
        Configuration unconverted = new Configuration(new HashMap<>(Map.<String, Object> of("silenceTimeout", "45")));
        assertEquals(45, unconverted.as(ChargerConfiguration.class).silenceTimeout,
                "without the config description getConfigAs still reads text by Integer.valueOf");
    }

    @Test
    void textThatIsNoWholeNumberNeverReachesTheHandlerButAFractionIsCut() {
        Configuration text = CHARGER.prepare(thingsFile("serial=\"072246\", silenceTimeout=\"45.5\""));
        assertEquals("45.5", text.get("silenceTimeout"), "no integer: kept as text");
        assertEquals(List.of("silenceTimeout: not of type integer: 45.5 (String)"), CHARGER.problems(text),
                "openHAB refuses it, the handler is not initialised");

        Configuration fraction = CHARGER.prepare(thingsFile("serial=\"072246\", silenceTimeout=45.5"));
        assertEquals(new BigDecimal("45.5"), fraction.get("silenceTimeout"));
        assertEquals(List.of(), CHARGER.problems(fraction), "a BigDecimal passes as integer");
        assertEquals(45, fraction.as(ChargerConfiguration.class).silenceTimeout, "getConfigAs cuts the fraction");
    }

    @Test
    void valuesOutsideTheXmlLimitsAndAMissingSerialNeverReachTheHandlerAnEmptySerialDoes() {
        assertEquals(List.of("serial: required"), CHARGER.problems(CHARGER.prepare(Map.of())));
        assertEquals(List.of("silenceTimeout: below 5"),
                CHARGER.problems(CHARGER.prepare(thingsFile("serial=\"072246\", silenceTimeout=3"))));
        Map<String, Object> empty = thingsFile("serial=\"\"");
        assertEquals(List.of(), CHARGER.problems(CHARGER.prepare(empty)), "empty text counts as given");
        assertEquals("@text/offline.conf-error.missing-serial",
                new ChargerHarness(empty).initialize().callback.lastStatus().getDescription());
    }

    @Test
    void discoveryBaseTopicsWorkAsAListAndAsTextWithCommas() {
        Map<String, Object> list = thingsFile("host=\"broker.local\", discoveryBaseTopics=\"/go-eCharger/\", "
                + "\"home/chargers/\"");
        Map<String, Object> text = thingsFile("host=\"broker.local\", discoveryBaseTopics=\"/go-eCharger/,"
                + "home/chargers/\"");
        assertEquals(List.of("/go-eCharger/", "home/chargers/"), BROKER.prepare(list).get("discoveryBaseTopics"));
        assertEquals(List.of("/go-eCharger/,home/chargers/"), BROKER.prepare(text).get("discoveryBaseTopics"),
                "openHAB makes text with commas a list of one element");
        assertEquals(List.of("/go-eCharger/,home/chargers/"),
                new Configuration(new HashMap<>(Map.<String, Object> of("discoveryBaseTopics",
                        "/go-eCharger/,home/chargers/")))
                        .as(BrokerConfiguration.class).discoveryBaseTopics,
                "and getConfigAs too, without the config description");
        for (Map<String, Object> raw : List.of(list, text)) {
            List<String> filters = connectedBridge(raw).subscriptions();
            assertTrue(filters.containsAll(List.of("/go-eCharger/+/fwv", "home/chargers/+/fwv")), filters.toString());
            assertTrue(filters.stream().noneMatch(filter -> filter.contains(",")), filters.toString());
        }
    }

    @Test
    void openhabAddsTheXmlDefaultsOfMissingParameters() {
        Configuration config = CHARGER.prepare(Map.of("serial", "072246"));
        assertEquals(new BigDecimal(30), config.get("silenceTimeout"));
        assertEquals(Boolean.TRUE, config.get("pvFeedEnabled"));
        assertNull(config.get("baseTopic"), "no default, no value");
        assertEquals(List.of("/go-eCharger/", "go-eCharger/"),
                BROKER.prepare(Map.of()).get("discoveryBaseTopics"), "a list default is split at its commas");
    }

    /**
     * openHAB adds the XML defaults before it initialises a thing, but not when a handler re-initialises itself after
     * a configuration update: a parameter cleared there (null) gets the field's initial value from
     * {@code getConfigAs}. So the initial values must be the XML defaults.
     */
    @Test
    void theConfigurationClassesStartWithTheXmlDefaults() throws Exception {
        ThingXmlFacts xml = ThingXmlFacts.load();
        assertStartsWithDefaults(xml, "broker", BROKER, BrokerConfiguration.class, Map.of());
        assertStartsWithDefaults(xml, "charger", CHARGER, ChargerConfiguration.class, Map.of("serial", "072246"));
        assertStartsWithDefaults(xml, "controller", OpenhabConfiguration.of("controller"),
                ControllerConfiguration.class, Map.of("serial", "900100"));

        Configuration cleared = CHARGER.prepare(Map.of("serial", "072246", "silenceTimeout", 90));
        cleared.put("silenceTimeout", null);
        assertEquals(30, cleared.as(ChargerConfiguration.class).silenceTimeout);
    }

    /**
     * openHAB 5.2 resolves {@code ${ENV:NAME}} in text parameters in {@code BaseThingHandler.getConfig()}, which
     * {@code getConfigAs} uses, and keeps the result until the thing is updated: the handlers read their
     * configuration there, in {@code initialize()}, and nowhere through {@code thing.getConfiguration()}.
     */
    @Test
    void theHandlersReadTheirConfigurationOnlyThroughGetConfigAs() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        int readers = 0;
        for (Path source : sources) {
            String code = Files.readString(source);
            assertFalse(code.contains("getConfiguration()") || code.contains("getConfig()"),
                    source + " reads the configuration past getConfigAs");
            readers += code.contains("getConfigAs(") ? 1 : 0;
        }
        assertEquals(4, readers, "the broker, the charger, the v1 charger and the controller handler");
    }

    private static <T> void assertStartsWithDefaults(ThingXmlFacts xml, String typeId, OpenhabConfiguration type,
            Class<T> configurationClass, Map<String, Object> required) throws ReflectiveOperationException {
        Map<String, Parameter> parameters = Objects.requireNonNull(xml.parameters(typeId));
        T initial = configurationClass.getConstructor().newInstance();
        T withDefaults = type.prepare(required).as(configurationClass);
        for (Parameter parameter : parameters.values()) {
            Field field = configurationClass.getField(parameter.name());
            assertFalse(Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers()),
                    typeId + "." + parameter.name());
            if (parameter.defaultValue() != null) {
                assertEquals(field.get(withDefaults), field.get(initial),
                        typeId + "." + parameter.name() + ": initial value and XML default " + parameter.defaultValue());
            }
        }
    }

    private FakeTransport connectedBridge(Map<String, Object> raw) {
        ManualScheduler scheduler = new ManualScheduler(new ManualClock());
        FakeTransport transport = new FakeTransport();
        Bridge bridge = BridgeBuilder.create(THING_TYPE_BROKER, "home").withConfiguration(BROKER.prepare(raw)).build();
        BrokerHandler handler = new BrokerHandler(bridge, (settings, executor) -> transport, scheduler);
        bridge.setHandler(handler);
        handler.setCallback(new RecordingCallback().handlerCallback());
        handler.initialize();
        scheduler.runDue();
        assertTrue(handler.isConnected(), raw.toString());
        return transport;
    }
}
