/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.ohinf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The section "PV surplus for API v1 chargers" of docs/pv-surplus.md: its configuration block for the v1 thing
 * type is valid openHAB XML with the names, defaults and ranges of {@link V1SurplusSettings}; its en and de texts,
 * its parameter table, its state table and its {@code .things} example agree with it.
 */
@NonNullByDefault
class V1SurplusSnippetTest {

    private static final Path GUIDE = Path.of("../docs/pv-surplus.md");
    private static final String HEADING = "## PV surplus for API v1 chargers";
    private static final String KEY_PREFIX = "thing-type.config.goemqtt.charger-v1.";
    private static final List<String> PARAMETERS = List.of(V1SurplusSettings.PARAM_ENABLED,
            V1SurplusSettings.PARAM_RESERVE, V1SurplusSettings.PARAM_HYSTERESIS, V1SurplusSettings.PARAM_MIN_ON_TIME,
            V1SurplusSettings.PARAM_MIN_OFF_TIME, V1SurplusSettings.PARAM_MAX_AGE, V1SurplusSettings.PARAM_FALLBACK,
            V1SurplusSettings.PARAM_FALLBACK_CURRENT);

    /** One parameter of the snippet. */
    private record Parameter(String type, String label, @Nullable String min, @Nullable String max,
            @Nullable String defaultValue) {
    }

    private static String section() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf("\n" + HEADING);
        assertTrue(start >= 0, GUIDE + " has no section '" + HEADING + "'");
        int end = guide.indexOf("\n## ", start + 1);
        return guide.substring(start, end < 0 ? guide.length() : end);
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section());
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }

    private static String snippet() throws IOException {
        List<String> xml = blocks("xml");
        assertEquals(1, xml.size(), "one xml block in the section");
        return xml.get(0);
    }

    private static String thingType(String configuration) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <thing:thing-descriptions bindingId="goemqtt"
                	xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                	xmlns:thing="https://openhab.org/schemas/thing-description/v1.0.0"
                	xsi:schemaLocation="https://openhab.org/schemas/thing-description/v1.0.0 https://openhab.org/schemas/thing-description-1.0.0.xsd">
                	<thing-type id="charger-v1">
                		<label>Snippet Check</label>
                		<config-description>
                """ + configuration + """
                		</config-description>
                	</thing-type>
                </thing:thing-descriptions>
                """;
    }

    private static Map<String, Parameter> parameters() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader("<root>" + snippet() + "</root>"))).getDocumentElement();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        NodeList list = root.getElementsByTagName("parameter");
        for (int i = 0; i < list.getLength(); i++) {
            Element parameter = (Element) list.item(i);
            parameters.put(parameter.getAttribute("name"),
                    new Parameter(parameter.getAttribute("type"), child(parameter, "label"),
                            attribute(parameter, "min"), attribute(parameter, "max"), child(parameter, "default")));
        }
        return parameters;
    }

    private static @Nullable String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static String child(Element element, String name) {
        NodeList children = element.getElementsByTagName(name);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    @Test
    void theConfigurationBlockIsValidForBothOpenhabLines(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("charger-v1-pv.xml");
        Files.writeString(file, thingType(snippet()), StandardCharsets.UTF_8);
        Path xsdRoot = SharedReference.resolve("reference/openhab-xsd");

        for (String line : XsdValidationTest.LINES) {
            XsdValidationTest.validate(file, xsdRoot.resolve(line));
        }
    }

    @Test
    void theBlockHasTheParametersDefaultsAndRangesOfTheSettings() throws Exception {
        Map<String, Parameter> parameters = parameters();
        assertEquals(PARAMETERS, List.copyOf(parameters.keySet()));

        Parameter reserve = parameters.get(V1SurplusSettings.PARAM_RESERVE);
        Parameter maxAge = parameters.get(V1SurplusSettings.PARAM_MAX_AGE);
        Parameter current = parameters.get(V1SurplusSettings.PARAM_FALLBACK_CURRENT);
        assertNotNull(reserve);
        assertNotNull(maxAge);
        assertNotNull(current);
        assertEquals(List.of("0", "10000"), Arrays.asList(reserve.min(), reserve.max()));
        assertEquals(List.of("1", "3600"), Arrays.asList(maxAge.min(), maxAge.max()));
        assertEquals(List.of("6", "32"), Arrays.asList(current.min(), current.max()));
        assertEquals(V1SurplusSettings.defaults(), settings(parameters, Parameter::defaultValue));
        settings(parameters, Parameter::min);
        settings(parameters, Parameter::max);
        for (String name : PARAMETERS) {
            Parameter parameter = parameters.get(name);
            assertNotNull(parameter);
            assertTrue(parameter.label().length() <= 25 && parameter.label().matches("([A-Z][\\w-]* ?){2,4}"),
                    name + ": label '" + parameter.label() + "'");
        }
    }

    /** The settings the values {@code pick} takes from each parameter make (min, max or default). */
    private static V1SurplusSettings settings(Map<String, Parameter> parameters,
            Function<Parameter, @Nullable String> pick) {
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        parameters.forEach((name, parameter) -> values.put(name,
                pick.apply(parameter) != null ? pick.apply(parameter) : parameter.defaultValue()));
        return V1SurplusSettings.of(Boolean.valueOf(values.get(V1SurplusSettings.PARAM_ENABLED)),
                number(values.get(V1SurplusSettings.PARAM_RESERVE)),
                number(values.get(V1SurplusSettings.PARAM_HYSTERESIS)),
                number(values.get(V1SurplusSettings.PARAM_MIN_ON_TIME)),
                number(values.get(V1SurplusSettings.PARAM_MIN_OFF_TIME)),
                number(values.get(V1SurplusSettings.PARAM_MAX_AGE)), values.get(V1SurplusSettings.PARAM_FALLBACK),
                number(values.get(V1SurplusSettings.PARAM_FALLBACK_CURRENT)));
    }

    private static @Nullable Integer number(@Nullable String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    @Test
    void theEnglishAndGermanTextsCoverEveryParameterAndTheEnglishMatchTheLabels() throws Exception {
        List<String> texts = blocks("properties");
        assertEquals(2, texts.size(), "an en and a de properties block");
        Properties english = properties(texts.get(0));
        Properties german = properties(texts.get(1));
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
        for (Map.Entry<String, Parameter> parameter : parameters().entrySet()) {
            assertEquals(parameter.getValue().label(), english.getProperty(KEY_PREFIX + parameter.getKey() + ".label"));
            assertNotNull(english.getProperty(KEY_PREFIX + parameter.getKey() + ".description"), parameter.getKey());
        }
        assertNotEquals(english.getProperty(KEY_PREFIX + V1SurplusSettings.PARAM_MAX_AGE + ".description"),
                german.getProperty(KEY_PREFIX + V1SurplusSettings.PARAM_MAX_AGE + ".description"));
    }

    @Test
    void theParameterTableTheStateTableAndTheExampleAgreeWithTheCode() throws Exception {
        String section = section();
        Map<String, Parameter> parameters = parameters();
        for (String name : PARAMETERS) {
            Parameter parameter = parameters.get(name);
            assertNotNull(parameter);
            assertTrue(section.contains("| `" + name + "` | " + parameter.type() + " |"), "table row of " + name);
            String row = "(?s).*\\| `" + name + "` \\|[^\n]*\\| `" + parameter.defaultValue() + "` \\|.*";
            assertTrue(section.matches(row), "default of " + name + " in the table");
        }
        for (V1SurplusDecision.State state : V1SurplusDecision.State.values()) {
            assertTrue(section.contains("| `" + state.name() + "` |"), "state table lacks " + state);
        }
        Matcher example = Pattern.compile("Thing charger-v1 \\w+ \"[^\"]*\" \\[([^\\]]*)\\]").matcher(section);
        assertTrue(example.find(), "a .things example of a charger-v1 thing");
        Matcher setting = Pattern.compile("(\\w+)=").matcher(example.group(1));
        while (setting.find()) {
            assertTrue(PARAMETERS.contains(setting.group(1)) || "serial".equals(setting.group(1)), setting.group(1));
        }
    }
}
