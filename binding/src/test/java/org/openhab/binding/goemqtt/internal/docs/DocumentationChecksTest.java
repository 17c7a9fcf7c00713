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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README checks find what is wrong, and say where: each test feeds a small broken document and expects the
 * problem sentences. Without these, a check that never reports anything would pass on the real README too.
 */
@NonNullByDefault
class DocumentationChecksTest {

    private static ThingXmlFacts xml = new ThingXmlFacts();

    @BeforeAll
    static void load() throws Exception {
        xml = ThingXmlFacts.load();
    }

    @Test
    void aConfigurationTableWithAMissingAnUnknownAndWrongCellsIsReported() {
        MarkdownDocument readme = new MarkdownDocument("""
                ## Bridge Configuration

                | Parameter | Type | Default | Description |
                |---|---|---|---|
                | `host` | text | | Host. |
                | `port` | text | | Port. |
                | `keepAlive` | integer | `30` s | Pings. |
                | `bogus` | text | | Not a parameter. |
                """);
        List<String> problems = new ConfigurationChecks(xml).configurationTable(readme, "## Bridge Configuration",
                "broker");
        assertHas(problems, "lacks the parameter `uri` of broker (OH-INF/thing/broker.xml)");
        assertHas(problems, "lists `bogus`, which broker does not have");
        assertHas(problems, "`port`: type 'text' but the XML says 'integer'");
        assertHas(problems, "`keepAlive`: default '`30` s' but the XML default is `60`");
    }

    @Test
    void aTableMissingUnderItsHeadingIsReported() {
        List<String> problems = new ConfigurationChecks(xml).configurationTable(new MarkdownDocument("# Nothing\n"),
                "## Thing Configuration", "charger");
        assertHas(problems, "README.md has no table under '## Thing Configuration'");
    }

    @Test
    void thingSnippetsWithUnknownTypesParametersBadValuesOrNoSerialAreReported() {
        MarkdownDocument readme = new MarkdownDocument("""
                ```java
                Bridge goemqtt:brokr:home "Broker" [ host="x" ] {
                    Thing charger garage "Charger" [ serail="072246", silenceTimeout=soon ]
                }
                ```

                Or inline: `Thing wallbox carport [ serial="1" ]`.
                """);
        List<String> problems = new ConfigurationChecks(xml).thingSnippets(readme);
        assertHas(problems, "code block at line 1: Bridge type `brokr` does not exist");
        assertHas(problems, "charger `garage`: parameter `serail` does not exist");
        assertHas(problems, "charger `garage`: `silenceTimeout` is integer, not `soon`");
        assertHas(problems, "charger `garage`: required parameter `serial` is missing");
        assertHas(problems,
                "inline code `Thing wallbox carport [ serial=\"1\" ]`: Thing type `wallbox` does not exist");
    }

    @Test
    void unknownChannelsAndChannelsOfUndeclaredChargersAreReported() {
        MarkdownDocument readme = new MarkdownDocument("""
                Link `goemqtt:charger:home:garage:energy#powr` or `goemqtt:charger:home:shed:energy#power`;
                see `pv#nope`.
                """);
        List<String> problems = new ExampleChecks(xml).channelReferences(readme, Set.of("home:garage"));
        assertHas(problems, "the charger has no channel `energy#powr`");
        assertHas(problems, "of charger `home:shed`, which no .things example declares");
        assertHas(problems, "prose names channel `pv#nope`, which neither the charger nor the controller has");
        assertEquals(3, problems.size(), String.join("\n", problems));
    }

    @Test
    void itemsOfTheWrongTypeTriggerLinksAndUndeclaredItemsAreReported() {
        MarkdownDocument readme = new MarkdownDocument("""
                ```java
                Switch       Charger_Power "Power"  { channel="goemqtt:charger:home:garage:energy#power" }
                String       Charger_Event "Event"  { channel="goemqtt:charger:home:garage:status#event" }
                Number:Power Charger_Solar "Solar"  { channel="goemqtt:charger:home:garage:energy#power-solar" }
                ```

                ```perl
                sitemap s label="S" { Text item=Charger_Solar Text item=Charger_Missing }
                ```
                """);
        ExampleChecks checks = new ExampleChecks(xml);
        List<String> problems = new ArrayList<>();
        Map<String, String> items = checks.items(readme, problems);
        problems.addAll(checks.itemUses(readme, items.keySet()));
        assertHas(problems, "item `Charger_Power` (code block at line 1) is Switch but `energy#power` is Number:Power");
        assertHas(problems, "item `Charger_Event` (code block at line 1) links the trigger channel");
        assertHas(problems, "code block at line 7 uses item `Charger_Missing`, which no .items example declares");
        assertEquals(3, problems.size(), String.join("\n", problems));
    }

    @Test
    void actionCallsAndEventsAreFoundInDslAndJavaScript() {
        MarkdownDocument readme = new MarkdownDocument("""
                ```java
                val charger = getActions("goemqtt", "goemqtt:charger:home:garage")
                charger.setCurrent(10)
                getActions("goemqtt", "goemqtt:charger:home:garage").stopCharging()
                Channel "goemqtt:charger:home:garage:status#event" triggered CAR_PLUGGED
                ```

                ```javascript
                const c = actions.thingActions('goemqtt', UID);
                c.startCharging();
                triggers.ChannelEventTrigger(`${UID}:status#event`, 'amp:ERROR');
                ```
                """);
        assertEquals(Set.of("setCurrent", "stopCharging", "startCharging"), ExampleChecks.actionCalls(readme));
        assertFalse(ReadmeTest.ruleActions().containsKey("setCurrent"));
        Set<String> events = ExampleChecks.triggeredEvents(readme);
        assertEquals(Set.of("CAR_PLUGGED", "amp:ERROR"), events);
        assertFalse(ReadmeTest.isEvent("CAR_PLUGGED", ReadmeTest.events()));
        assertTrue(ReadmeTest.isEvent("amp:ERROR", ReadmeTest.events()));
        assertTrue(ReadmeTest.isEvent("ERROR_RAISED:5", ReadmeTest.events()));
        assertFalse(ReadmeTest.isEvent("ERROR_RAISED:", ReadmeTest.events()));
    }

    @Test
    void aLinkToAMissingFileIsReported() {
        MarkdownDocument readme = new MarkdownDocument("See [the guide](docs/nowhere.md) and [web](https://x.org).");
        assertEquals(List.of("README.md links to `docs/nowhere.md`, which does not exist in the repository"),
                ExampleChecks.relativeLinks(readme, Path.of("..")));
    }

    private static void assertHas(List<String> problems, String part) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(part)),
                () -> "expected a problem containing '" + part + "' among:\n" + String.join("\n", problems));
    }
}
