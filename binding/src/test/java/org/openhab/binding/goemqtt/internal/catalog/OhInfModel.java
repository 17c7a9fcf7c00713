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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bundle's OH-INF thing XML as plain data for tests: channel types (with the system types this binding uses),
 * channel group types with their channels, and the charger thing type's groups.
 */
@NonNullByDefault
final class OhInfModel {

    static final Path OH_INF = Path.of("src/main/resources/OH-INF");

    /** A channel type; {@code system} for the openHAB system types (their facts as openHAB defines them). */
    record ChannelType(String id, String itemType, @Nullable String unitHint, String label,
            @Nullable String description, List<String> tags, @Nullable String pattern, boolean readOnly,
            boolean advanced, boolean veto, Map<String, String> options, boolean system, boolean trigger) {
    }

    /** A channel in a group type; label and description override the type's when present. */
    record GroupChannel(String id, String typeId, @Nullable String label, @Nullable String description) {
    }

    record GroupType(String id, String label, @Nullable String description, List<GroupChannel> channels) {
    }

    /** The system channel types this binding may use, as openHAB 4.3 and 5.x define them. */
    static final Map<String, ChannelType> SYSTEM_TYPES = Map.of( //
            "system.electric-power", system("system.electric-power", "Number:Power", "Electric Power"), //
            "system.electric-current", system("system.electric-current", "Number:ElectricCurrent", "Electric Current"),
            "system.electric-voltage",
            system("system.electric-voltage", "Number:ElectricPotential", "Electric Voltage"));

    final Map<String, ChannelType> channelTypes = new LinkedHashMap<>();
    final Map<String, GroupType> groupTypes = new LinkedHashMap<>();
    /** The charger thing type's channel groups: group id → group type id, in order. */
    final Map<String, String> chargerGroups = new LinkedHashMap<>();
    /** The controller thing type's channel groups: group id → group type id, in order. */
    final Map<String, String> controllerGroups = new LinkedHashMap<>();
    /** The API v1 charger thing type's channel groups: group id → group type id, in order. */
    final Map<String, String> chargerV1Groups = new LinkedHashMap<>();
    /** Every element of every thing XML, for label and text checks. */
    final List<Element> allElements = new ArrayList<>();

    private static ChannelType system(String id, String itemType, String label) {
        return new ChannelType(id, itemType, null, label, null, List.of("Measurement"), "%.1f %unit%", true, false,
                false, Map.of(), true, false);
    }

    static OhInfModel load() throws Exception {
        OhInfModel model = new OhInfModel();
        for (Path file : thingFiles()) {
            model.read(file);
        }
        return model;
    }

    static List<Path> thingFiles() throws IOException {
        try (Stream<Path> files = Files.list(OH_INF.resolve("thing"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static Element parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    /** The channel type of {@code typeId} as written in a group ({@code system.x} or own id). */
    @Nullable
    ChannelType type(String typeId) {
        return typeId.startsWith("system.") ? SYSTEM_TYPES.get(typeId) : channelTypes.get(typeId);
    }

    /**
     * Where {@code row} and its channel in {@code groups} (a thing type's group id → group type id) disagree: no
     * channel, another item type, access, advanced flag or state options; appended to {@code problems}.
     */
    void checkRow(KeyRow row, Map<String, String> groups, String file, List<String> problems) {
        GroupChannel channel = groupChannel(groups, row.channelUid());
        ChannelType type = channel == null ? null : type(channel.typeId());
        if (type == null) {
            problems.add(row.path() + ": no channel " + row.channelUid() + " in " + file);
            return;
        }
        if (!type.itemType().equals(row.itemType())) {
            problems.add(row.path() + ": item type " + row.itemType() + ", XML " + type.itemType());
        }
        if (type.readOnly() == row.access().writable() || type.veto() != row.access().writable()) {
            problems.add(row.path() + ": access " + row.access() + ", XML read only " + type.readOnly());
        }
        if (!type.system() && type.advanced() != row.advanced()) {
            problems.add(row.path() + ": advanced " + row.advanced() + ", XML " + type.advanced());
        }
        Map<String, String> codes = new TreeMap<>();
        CodeList list = row.codes();
        if (list != null) {
            list.labels().forEach((code, label) -> codes.put(String.valueOf(code), label));
        }
        if (!codes.equals(new TreeMap<>(type.options()))) {
            problems.add(row.path() + ": options " + type.options() + ", codes " + codes);
        }
    }

    /** The channel {@code <group>#<channel>} of a thing type with {@code groups}; null when it has none. */
    @Nullable
    GroupChannel groupChannel(Map<String, String> groups, String uid) {
        String[] parts = uid.split("#", 2);
        String typeId = groups.get(parts[0]);
        GroupType group = typeId == null ? null : groupTypes.get(typeId);
        return group == null || parts.length < 2 ? null
                : group.channels().stream().filter(c -> c.id().equals(parts[1])).findFirst().orElse(null);
    }

    private void read(Path file) throws Exception {
        Element root = parse(file);
        collect(root);
        for (Element element : children(root)) {
            String id = element.getAttribute("id");
            switch (element.getTagName()) {
                case "channel-type" -> channelTypes.put(id, channelType(element));
                case "channel-group-type" -> groupTypes.put(id, groupType(element));
                case "thing-type" -> {
                    Map<String, String> target = "charger".equals(id) ? chargerGroups
                            : "controller".equals(id) ? controllerGroups
                                    : "charger-v1".equals(id) ? chargerV1Groups : null;
                    Element groups = child(element, "channel-groups");
                    for (Element group : groups == null || target == null ? List.<Element> of() : children(groups)) {
                        target.put(group.getAttribute("id"), group.getAttribute("typeId"));
                    }
                }
                default -> {
                }
            }
        }
    }

    private void collect(Element element) {
        allElements.add(element);
        children(element).forEach(this::collect);
    }

    private static ChannelType channelType(Element element) {
        Element itemType = child(element, "item-type");
        Element state = child(element, "state");
        Map<String, String> options = new LinkedHashMap<>();
        Element optionList = state == null ? null : child(state, "options");
        for (Element option : optionList == null ? List.<Element> of() : children(optionList)) {
            options.put(option.getAttribute("value"), option.getTextContent().strip());
        }
        List<String> tags = new ArrayList<>();
        Element tagList = child(element, "tags");
        for (Element tag : tagList == null ? List.<Element> of() : children(tagList)) {
            tags.add(tag.getTextContent().strip());
        }
        Element policy = child(element, "autoUpdatePolicy");
        return new ChannelType(element.getAttribute("id"), itemType == null ? "" : itemType.getTextContent().strip(),
                itemType == null || !itemType.hasAttribute("unitHint") ? null : itemType.getAttribute("unitHint"),
                text(element, "label"), optionalText(element, "description"), tags,
                state == null || !state.hasAttribute("pattern") ? null : state.getAttribute("pattern"),
                state != null && "true".equals(state.getAttribute("readOnly")),
                "true".equals(element.getAttribute("advanced")),
                policy != null && "veto".equals(policy.getTextContent().strip()), options, false,
                "trigger".equals(optionalText(element, "kind")));
    }

    private static GroupType groupType(Element element) {
        List<GroupChannel> channels = new ArrayList<>();
        Element list = child(element, "channels");
        for (Element channel : list == null ? List.<Element> of() : children(list)) {
            channels.add(new GroupChannel(channel.getAttribute("id"), channel.getAttribute("typeId"),
                    optionalText(channel, "label"), optionalText(channel, "description")));
        }
        return new GroupType(element.getAttribute("id"), text(element, "label"), optionalText(element, "description"),
                channels);
    }

    static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    static @Nullable Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst().orElse(null);
    }

    private static String text(Element parent, String name) {
        String text = optionalText(parent, name);
        return text == null ? "" : text;
    }

    static @Nullable String optionalText(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip().replaceAll("\\s+", " ");
    }
}
