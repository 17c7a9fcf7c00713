/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.docs;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants;
import org.openhab.binding.goemqtt.internal.control.ChargerActions;
import org.openhab.binding.goemqtt.internal.control.ControlCommands;
import org.openhab.binding.goemqtt.internal.control.TransitionTriggers;
import org.openhab.binding.goemqtt.internal.docs.MarkdownDocument.Table;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.Thing;

/**
 * README.md (repository root) says only what the bundle has: configuration tables, text configuration, channel
 * references, item links, rule actions and trigger events are checked against the OH-INF thing XML and the code.
 * The channel table itself is {@code ReadmeChannelTableTest}'s. Each failure lists every problem, one a line.
 */
@NonNullByDefault
class ReadmeTest {

    private static final Path ROOT = Path.of("..");
    private static final String BRIDGE_HEADING = "## Bridge Configuration";
    private static final String THING_HEADING = "## Thing Configuration";
    private static final String PROPERTIES_HEADING = "## Thing Properties";
    private static final String ACTIONS_HEADING = "## Rule Actions";
    private static final String TRIGGERS_HEADING = "## Trigger Channels";

    private static ThingXmlFacts xml = new ThingXmlFacts();
    private static MarkdownDocument readme = new MarkdownDocument("");

    @BeforeAll
    static void load() throws Exception {
        xml = ThingXmlFacts.load();
        readme = new MarkdownDocument(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
    }

    @Test
    void theBridgeConfigurationTableListsExactlyTheBrokerParametersWithTheirTypesAndDefaults() {
        assertNoProblems(new ConfigurationChecks(xml).configurationTable(readme, BRIDGE_HEADING, "broker"));
    }

    @Test
    void theThingConfigurationTableListsExactlyTheChargerParametersWithTheirTypesAndDefaults() {
        assertNoProblems(new ConfigurationChecks(xml).configurationTable(readme, THING_HEADING, "charger"));
    }

    @Test
    void thePropertiesTableListsExactlyWhatTheChargerThingCarries() {
        Table table = readme.table(PROPERTIES_HEADING);
        assertNotNull(table, "README.md has no table under " + PROPERTIES_HEADING);
        Set<String> documented = table.rows().stream()
                .map(row -> String.join("", MarkdownDocument.codeSpans(row.get(0))))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> carried = new TreeSet<>(GoeMqttBindingConstants.PROPERTY_OF_KEY.values());
        carried.addAll(List.of(Thing.PROPERTY_VENDOR, Thing.PROPERTY_SERIAL_NUMBER));
        assertEquals(carried, documented);
        assertEquals(Map.of(Thing.PROPERTY_VENDOR, GoeMqttBindingConstants.VENDOR), xml.declaredProperties("charger"));
    }

    @Test
    void theDiscoverySectionNamesTheRepresentationPropertyOfTheXmlAndTheResults() {
        String representation = xml.representationProperty("charger");
        assertEquals(GoeMqttBindingConstants.REPRESENTATION_PROPERTY, representation);
        assertTrue(readme.prose().replaceAll("\\s+", " ")
                .contains("The representation property is the configuration parameter `" + representation + "`"));
    }

    @Test
    void textConfigurationExamplesUseExistingThingTypesAndParameters() {
        ConfigurationChecks checks = new ConfigurationChecks(xml);
        assertNoProblems(checks.thingSnippets(readme));
        assertFalse(checks.declaredChargers.isEmpty(), "README.md has no .things example declaring a charger");
    }

    @Test
    void channelReferencesNameExistingChannelsOfADeclaredCharger() {
        ConfigurationChecks things = new ConfigurationChecks(xml);
        things.thingSnippets(readme);
        assertNoProblems(new ExampleChecks(xml).channelReferences(readme, things.declaredChargers));
    }

    @Test
    void itemsLinkChannelsOfTheirOwnTypeAndSitemapAndRulesUseDeclaredItems() {
        ExampleChecks checks = new ExampleChecks(xml);
        List<String> problems = new ArrayList<>();
        Map<String, String> items = checks.items(readme, problems);
        assertTrue(items.values().stream().anyMatch(type -> type.startsWith("Number:")),
                "README.md has no .items example with a unit (Number:<dimension>)");
        problems.addAll(checks.itemUses(readme, items.keySet()));
        assertNoProblems(problems);
    }

    @Test
    void codeExamplesCallOnlyActionsThatChargerActionsHas() {
        Set<String> calls = ExampleChecks.actionCalls(readme);
        assertFalse(calls.isEmpty(), "README.md code blocks call no goemqtt action");
        assertNoProblems(calls.stream().filter(call -> !ruleActions().containsKey(call))
                .map(call -> "README.md code calls action `" + call + "`, which ChargerActions does not have (it has "
                        + ruleActions().keySet() + ")")
                .toList());
    }

    @Test
    void theRuleActionsTablesDocumentEveryActionWithItsSignature() {
        Map<String, String> documented = new LinkedHashMap<>();
        for (Table table : readme.tables(ACTIONS_HEADING)) {
            table.rows().forEach(row -> MarkdownDocument.codeSpans(row.get(0)).stream()
                    .filter(span -> span.matches("\\w+ \\w+\\(.*\\)"))
                    .forEach(span -> documented.put(span.replaceAll("^\\w+ (\\w+)\\(.*$", "$1"), span)));
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> actions = ruleActions();
        actions.forEach((name, signature) -> {
            String text = documented.get(name);
            if (text == null) {
                problems.add("README.md '" + ACTIONS_HEADING + "' lacks the action `" + signature + "`");
            } else if (!text.replaceAll("\\s+\\w+([,)])", "$1").equals(signature)) {
                problems.add("README.md '" + ACTIONS_HEADING + "' documents `" + text + "` but ChargerActions has `"
                        + signature + "` (types compared, parameter names not)");
            }
        });
        documented.keySet().stream().filter(name -> !actions.containsKey(name)).forEach(name -> problems
                .add("README.md '" + ACTIONS_HEADING + "' documents `" + name + "`, which ChargerActions lacks"));
        assertNoProblems(problems);
    }

    @Test
    void theAnswersTableListsEveryAnswerAnActionCanGive() {
        List<String> answers = readme.tables(ACTIONS_HEADING).stream().flatMap(table -> table.rows().stream())
                .flatMap(row -> MarkdownDocument.codeSpans(row.get(0)).stream()).toList();
        assertNoProblems(stringConstants(ControlCommands.class).stream()
                .filter(answer -> answers.stream().noneMatch(shown -> shown.equals(answer.strip())
                        || answer.endsWith(" ") && shown.startsWith(answer)))
                .map(answer -> "README.md '" + ACTIONS_HEADING + "' lacks the answer `" + answer.strip()
                        + "` (ControlCommands)")
                .toList());
    }

    @Test
    void triggerEventsInTheTableAndTheRulesAreOnesTheBindingFires() {
        List<String> problems = new ArrayList<>();
        List<String> events = events();
        Table table = readme.table(TRIGGERS_HEADING);
        assertNotNull(table, "README.md has no table under '" + TRIGGERS_HEADING + "'");
        List<String> documented = table.rows().stream().flatMap(row -> MarkdownDocument.codeSpans(row.get(0)).stream())
                .toList();
        for (String event : events) {
            String shown = event.endsWith(":") ? event + "<" : event;
            if (documented.stream().noneMatch(d -> d.equals(event) || d.startsWith(shown))) {
                problems.add("README.md '" + TRIGGERS_HEADING + "' lacks the event `" + event
                        + (event.endsWith(":") ? "<…>" : "") + "` (TransitionTriggers)");
            }
        }
        documented.stream().filter(d -> !isEvent(d.replaceAll("<[^>]+>$", "0"), events) && !d.equals("<key>:ERROR"))
                .forEach(d -> problems.add("README.md '" + TRIGGERS_HEADING + "' documents `" + d
                        + "`, which the binding never fires"));
        ExampleChecks.triggeredEvents(readme).stream().filter(e -> !isEvent(e, events))
                .forEach(e -> problems.add("README.md rule waits for event `" + e + "`, which the binding never fires"
                        + " (events: " + events + " and <key>:ERROR)"));
        assertNoProblems(problems);
    }

    @Test
    void relativeLinksPointToFilesOfTheRepository() {
        assertNoProblems(ExampleChecks.relativeLinks(readme, ROOT));
    }

    /** Rule action name → {@code Return name(ParamType, …)} of ChargerActions' annotated methods. */
    static Map<String, String> ruleActions() {
        Map<String, String> actions = new LinkedHashMap<>();
        for (Method method : ChargerActions.class.getMethods()) {
            if (method.isAnnotationPresent(RuleAction.class) && !Modifier.isStatic(method.getModifiers())) {
                actions.put(method.getName(), method.getReturnType().getSimpleName() + " " + method.getName() + "("
                        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                                .collect(Collectors.joining(", "))
                        + ")");
            }
        }
        return actions;
    }

    /** The events of TransitionTriggers; those ending in ':' take a suffix. */
    static List<String> events() {
        return stringConstants(TransitionTriggers.class);
    }

    /** The values of the public static String constants of {@code type}. */
    static List<String> stringConstants(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return values;
    }

    static boolean isEvent(String event, List<String> events) {
        return events.stream().anyMatch(e -> e.endsWith(":") ? event.startsWith(e) && event.length() > e.length()
                : e.equals(event)) || event.matches("[A-Za-z_][\\w.]*:ERROR");
    }

    static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
}
