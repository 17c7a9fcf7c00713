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
import static org.openhab.binding.goemqtt.internal.catalog.CatalogConsistencyTest.assertNoProblems;
import static org.openhab.binding.goemqtt.internal.catalog.OhInfModel.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The English and German i18n files hold the same keys; every label, description and option of the OH-INF XML has a
 * key whose English text is the XML's; no key points at something the XML no longer has (status texts aside).
 */
@NonNullByDefault
class I18nTest {

    private static final String BINDING = "goemqtt";
    private static final Path ENGLISH = OH_INF.resolve("i18n/goemqtt.properties");
    private static final Path GERMAN = OH_INF.resolve("i18n/goemqtt_de.properties");
    /** Key prefixes generated from the XML; other keys (status texts) are the handlers' own. */
    private static final List<String> XML_PREFIXES = List.of("addon.", "thing-type.", "channel-type.",
            "channel-group-type.");

    @Test
    void bothFilesHoldTheSameKeysOnceEachWithText() throws IOException {
        Map<String, String> english = read(ENGLISH);
        Map<String, String> german = read(GERMAN);
        assertEquals(english.keySet(), german.keySet());
        List<String> problems = new ArrayList<>();
        german.forEach((key, text) -> {
            if (text.isBlank()) {
                problems.add(key + " has no German text");
            }
        });
        assertNoProblems(problems);
    }

    @Test
    void everyXmlTextHasAKeyWithTheSameEnglishText() throws Exception {
        Map<String, String> expected = expectedTexts();
        Map<String, String> english = read(ENGLISH);
        Map<String, String> german = read(GERMAN);
        List<String> problems = new ArrayList<>();
        expected.forEach((key, text) -> {
            if (!text.equals(english.get(key))) {
                problems.add(key + ": XML says '" + text + "', goemqtt.properties '" + english.get(key) + "'");
            }
            if (!german.containsKey(key)) {
                problems.add(key + " is missing in goemqtt_de.properties");
            }
        });
        assertNoProblems(problems);
        assertTrue(expected.size() > 500, "the XML yields " + expected.size() + " texts");
    }

    @Test
    void noKeyOutlivesItsXmlText() throws Exception {
        Set<String> stale = new TreeSet<>(read(ENGLISH).keySet());
        stale.removeIf(key -> XML_PREFIXES.stream().noneMatch(key::startsWith));
        stale.removeAll(expectedTexts().keySet());
        assertEquals(Set.of(), stale, "keys without XML text");
    }

    @Test
    void germanTextsAreTranslationsNotCopies() throws IOException {
        Map<String, String> english = read(ENGLISH);
        Map<String, String> german = read(GERMAN);
        long descriptions = english.keySet().stream().filter(k -> k.endsWith(".description")).count();
        long copied = english.keySet().stream().filter(k -> k.endsWith(".description"))
                .filter(k -> english.get(k).equals(german.get(k))).count();
        assertEquals(0, copied, "of " + descriptions + " descriptions, " + copied + " are English in the German file");
    }

    /** Key → English text, as openHAB derives i18n keys from the XML. */
    static Map<String, String> expectedTexts() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        Element addon = parse(OH_INF.resolve("addon/addon.xml"));
        put(texts, "addon." + BINDING + ".name", optionalText(addon, "name"));
        put(texts, "addon." + BINDING + ".description", optionalText(addon, "description"));
        for (Path file : thingFiles()) {
            for (Element element : children(parse(file))) {
                String id = element.getAttribute("id");
                switch (element.getTagName()) {
                    case "thing-type", "bridge-type" -> thingTexts(texts, id, element);
                    case "channel-group-type" -> groupTexts(texts, id, element);
                    case "channel-type" -> channelTypeTexts(texts, id, element);
                    default -> fail("unexpected element " + element.getTagName() + " in " + file);
                }
            }
        }
        return texts;
    }

    private static void thingTexts(Map<String, String> texts, String id, Element thing) {
        String prefix = "thing-type." + BINDING + "." + id;
        labelAndDescription(texts, prefix, thing);
        Element groups = child(thing, "channel-groups");
        for (Element group : groups == null ? List.<Element> of() : children(groups)) {
            labelAndDescription(texts, prefix + ".group." + group.getAttribute("id"), group);
        }
        Element channels = child(thing, "channels");
        for (Element channel : channels == null ? List.<Element> of() : children(channels)) {
            labelAndDescription(texts, prefix + ".channel." + channel.getAttribute("id"), channel);
        }
        Element config = child(thing, "config-description");
        for (Element part : config == null ? List.<Element> of() : children(config)) {
            String name = part.getAttribute("name");
            String configPrefix = "thing-type.config." + BINDING + "." + id + ".";
            if ("parameter-group".equals(part.getTagName())) {
                labelAndDescription(texts, configPrefix + "group." + name, part);
            } else {
                labelAndDescription(texts, configPrefix + name, part);
                options(texts, configPrefix + name + ".option.", child(part, "options"));
            }
        }
    }

    private static void groupTexts(Map<String, String> texts, String id, Element group) {
        String prefix = "channel-group-type." + BINDING + "." + id;
        labelAndDescription(texts, prefix, group);
        Element channels = child(group, "channels");
        for (Element channel : channels == null ? List.<Element> of() : children(channels)) {
            labelAndDescription(texts, prefix + ".channel." + channel.getAttribute("id"), channel);
        }
    }

    private static void channelTypeTexts(Map<String, String> texts, String id, Element type) {
        String prefix = "channel-type." + BINDING + "." + id;
        labelAndDescription(texts, prefix, type);
        Element state = child(type, "state");
        options(texts, prefix + ".state.option.", state == null ? null : child(state, "options"));
        Element command = child(type, "command");
        options(texts, prefix + ".command.option.", command == null ? null : child(command, "options"));
        Element event = child(type, "event");
        options(texts, prefix + ".event.option.", event == null ? null : child(event, "options"));
    }

    private static void labelAndDescription(Map<String, String> texts, String prefix, Element element) {
        put(texts, prefix + ".label", optionalText(element, "label"));
        put(texts, prefix + ".description", optionalText(element, "description"));
    }

    private static void options(Map<String, String> texts, String prefix, @Nullable Element options) {
        for (Element option : options == null ? List.<Element> of() : children(options)) {
            put(texts, prefix + option.getAttribute("value"), option.getTextContent().strip());
        }
    }

    private static void put(Map<String, String> texts, String key, @Nullable String text) {
        if (text != null) {
            texts.put(key, text);
        }
    }

    /** The file's key → text; fails on a key given twice (java.util.Properties would silently keep the last). */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            assertTrue(equals > 0, file.getFileName() + ": not key = text: " + line);
            String key = trimmed.substring(0, equals).strip();
            String previous = entries.put(key, trimmed.substring(equals + 1).strip());
            assertNull(previous, file.getFileName() + ": " + key + " appears twice");
        }
        return entries;
    }
}
