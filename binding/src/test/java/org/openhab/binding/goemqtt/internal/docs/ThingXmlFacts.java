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

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the documentation may name, read from the bundle's {@code OH-INF/thing/*.xml}: bridge and thing types with
 * their configuration parameters, representation property and declared properties, and the charger's channels
 * ({@code group#id}) with their item types. Public for the test helper that normalises configurations by these
 * parameters as openHAB does.
 */
@NonNullByDefault
public final class ThingXmlFacts {

    static final Path THING_XML = Path.of("src/main/resources/OH-INF/thing");
    /** Item type of a trigger channel in {@link #channels}. */
    static final String TRIGGER = "trigger";

    /**
     * A configuration parameter; {@code defaultValue}, {@code min} and {@code max} null when the XML gives none.
     * {@code type} as in the XML: {@code text}, {@code integer}, {@code decimal} or {@code boolean}.
     */
    public record Parameter(String name, String type, @Nullable String defaultValue, boolean required,
            boolean multiple, @Nullable BigDecimal min, @Nullable BigDecimal max) {
    }

    /** The openHAB system channel types this binding uses, with their item types. */
    private static final Map<String, String> SYSTEM_ITEM_TYPES = Map.of("system.electric-power", "Number:Power",
            "system.electric-current", "Number:ElectricCurrent", "system.electric-voltage",
            "Number:ElectricPotential");

    /** Bridge type id → its parameters by name, in XML order. */
    final Map<String, Map<String, Parameter>> bridgeTypes = new LinkedHashMap<>();
    /** Thing type id → its parameters by name, in XML order. */
    final Map<String, Map<String, Parameter>> thingTypes = new LinkedHashMap<>();
    /** The charger's channels: {@code group#id} → item type, or {@link #TRIGGER}. */
    final Map<String, String> channels = new LinkedHashMap<>();
    /** The controller's static channels: {@code group#id} → item type, or {@link #TRIGGER}. */
    final Map<String, String> controllerChannels = new LinkedHashMap<>();
    /** The API v1 charger's channels: {@code group#id} → item type, or {@link #TRIGGER}. */
    final Map<String, String> v1Channels = new LinkedHashMap<>();
    /** Bridge or thing type id → its {@code <representation-property>}, for the types that have one. */
    final Map<String, String> representationProperties = new LinkedHashMap<>();
    /** Bridge or thing type id → its {@code <properties>} (name → value), in XML order. */
    final Map<String, Map<String, String>> declaredProperties = new LinkedHashMap<>();
    /** The file each type is declared in, for messages. */
    final Map<String, String> typeFiles = new LinkedHashMap<>();

    private final Map<String, String> channelItemTypes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> groupTypes = new LinkedHashMap<>();
    private final Map<String, String> chargerGroups = new LinkedHashMap<>();
    private final Map<String, String> controllerGroups = new LinkedHashMap<>();
    private final Map<String, String> v1Groups = new LinkedHashMap<>();

    public static ThingXmlFacts load() throws Exception {
        ThingXmlFacts facts = new ThingXmlFacts();
        List<Path> files;
        try (Stream<Path> list = Files.list(THING_XML)) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path file : files) {
            facts.read(file);
        }
        facts.collect(facts.chargerGroups, facts.channels);
        facts.collect(facts.controllerGroups, facts.controllerChannels);
        facts.collect(facts.v1Groups, facts.v1Channels);
        return facts;
    }

    private void collect(Map<String, String> groups, Map<String, String> into) {
        groups.forEach((group, typeId) -> groupTypes.getOrDefault(typeId, Map.of())
                .forEach((channel, channelType) -> into.put(group + "#" + channel, SYSTEM_ITEM_TYPES
                        .getOrDefault(channelType, channelItemTypes.getOrDefault(channelType, "?")))));
    }

    /** The parameters of a bridge or thing type, or null when there is no such type. */
    public @Nullable Map<String, Parameter> parameters(String typeId) {
        Map<String, Parameter> bridge = bridgeTypes.get(typeId);
        return bridge != null ? bridge : thingTypes.get(typeId);
    }

    private void read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        for (Element element : children(root)) {
            String id = element.getAttribute("id");
            switch (element.getTagName()) {
                case "bridge-type" -> {
                    bridgeTypes.put(id, parameters(element));
                    readTypeProperties(id, element);
                }
                case "thing-type" -> {
                    thingTypes.put(id, parameters(element));
                    readTypeProperties(id, element);
                    Map<String, String> groups = "charger".equals(id) ? chargerGroups
                            : "controller".equals(id) ? controllerGroups
                                    : "charger-v1".equals(id) ? v1Groups : new LinkedHashMap<>();
                    children(element, "channel-groups")
                            .forEach(group -> groups.put(group.getAttribute("id"), group.getAttribute("typeId")));
                }
                case "channel-type" -> {
                    Element kind = child(element, "kind");
                    Element itemType = child(element, "item-type");
                    channelItemTypes.put(id, kind != null && TRIGGER.equals(kind.getTextContent().strip()) ? TRIGGER
                            : itemType == null ? "?" : itemType.getTextContent().strip());
                }
                case "channel-group-type" -> {
                    Map<String, String> channels = new LinkedHashMap<>();
                    children(element, "channels").forEach(
                            channel -> channels.put(channel.getAttribute("id"), channel.getAttribute("typeId")));
                    groupTypes.put(id, channels);
                }
                default -> {
                }
            }
            typeFiles.put(id, "OH-INF/thing/" + file.getFileName());
        }
    }

    /** The representation property of a bridge or thing type; null when it declares none. */
    @Nullable
    public String representationProperty(String typeId) {
        return representationProperties.get(typeId);
    }

    /** The properties a bridge or thing type declares, which openHAB gives every thing it creates of the type. */
    public Map<String, String> declaredProperties(String typeId) {
        return declaredProperties.getOrDefault(typeId, Map.of());
    }

    private void readTypeProperties(String id, Element type) {
        Element representation = child(type, "representation-property");
        if (representation != null) {
            representationProperties.put(id, representation.getTextContent().strip());
        }
        Map<String, String> properties = new LinkedHashMap<>();
        children(type, "properties").forEach(
                property -> properties.put(property.getAttribute("name"), property.getTextContent().strip()));
        declaredProperties.put(id, properties);
    }

    private static Map<String, Parameter> parameters(Element type) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Element parameter : children(type, "config-description")) {
            if (!"parameter".equals(parameter.getTagName())) {
                continue;
            }
            Element defaultValue = child(parameter, "default");
            String name = parameter.getAttribute("name");
            parameters.put(name, new Parameter(name, parameter.getAttribute("type"),
                    defaultValue == null ? null : defaultValue.getTextContent().strip(),
                    "true".equals(parameter.getAttribute("required")),
                    "true".equals(parameter.getAttribute("multiple")), decimal(parameter.getAttribute("min")),
                    decimal(parameter.getAttribute("max"))));
        }
        return parameters;
    }

    private static @Nullable BigDecimal decimal(String attribute) {
        return attribute.isEmpty() ? null : new BigDecimal(attribute);
    }

    /** The element children of {@code parent}'s child {@code name}; empty when there is no such child. */
    private static List<Element> children(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? List.of() : children(child);
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    private static @Nullable Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }
}
