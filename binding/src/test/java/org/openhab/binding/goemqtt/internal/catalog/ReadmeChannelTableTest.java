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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.ChannelType;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupChannel;
import org.openhab.binding.goemqtt.internal.catalog.OhInfModel.GroupType;

/**
 * The README's channel table (between {@value #START} and {@value #END}) is generated from the catalog and the
 * channel XML, and this test fails when it differs. To regenerate it:
 * {@code mvn -pl binding -am test -Dtest=ReadmeChannelTableTest -Dgoemqtt.readme.update=true}.
 */
@NonNullByDefault
class ReadmeChannelTableTest {

    static final String START = "<!-- channels:start -->";
    static final String END = "<!-- channels:end -->";
    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmeChannelTableMatchesTheCatalog() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md lacks the markers " + START + " and " + END);
        String current = readme.substring(start + START.length(), end);
        String generated = "\n" + table(OhInfModel.load(), Catalog.standard());
        if (Boolean.getBoolean("goemqtt.readme.update") && !generated.equals(current)) {
            Files.writeString(README, readme.substring(0, start + START.length()) + generated + readme.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "README.md channel table is stale; regenerate it with "
                + "mvn -pl binding -am test -Dtest=ReadmeChannelTableTest -Dgoemqtt.readme.update=true");
    }

    static String table(OhInfModel xml, Catalog catalog) {
        StringBuilder text = new StringBuilder();
        text.append("""
                Channels are grouped; a channel's id is `<group>#<channel>`. Advanced channels (marked *adv.*) are \
                hidden until
                you show advanced channels. A command on a writable channel becomes a `/set` of its key; the item \
                follows when
                the charger publishes the new value. Quantities convert to the key's unit (a command of `10000 mA` \
                sets 10 A).
                """);
        for (Map.Entry<String, String> entry : xml.chargerGroups.entrySet()) {
            GroupType group = xml.groupTypes.get(entry.getValue());
            text.append("\n### ").append(group.label()).append(" (`").append(entry.getKey()).append("`)\n\n");
            text.append(group.description()).append("\n\n");
            if (group.channels().isEmpty()) {
                text.append("""
                        Each such key gets a channel `raw#<key>` (String, read only, advanced) holding the JSON text \
                        the charger sent.
                        It appears when a charger publishes the key for the first time: nothing a charger sends is \
                        dropped.
                        """);
                continue;
            }
            text.append("| Channel | Type | Read/Write | Description |\n|---|---|---|---|\n");
            for (GroupChannel channel : group.channels()) {
                String uid = entry.getKey() + "#" + channel.id();
                text.append(row(uid, channel, xml.type(channel.typeId()), catalog.rowsFor(uid)));
            }
        }
        text.append("""

                To see how a charger's messages map onto these channels, replay a capture (output of
                `mosquitto_sub -v -t '/go-eCharger/#'`) after the build:

                ```shell
                java -jar tools/target/goemqtt-tools-0.1.0.jar replay capture.txt
                ```

                It prints `<group>#<channel> = <state>` per channel, then the keys that became raw channels, then the \
                messages
                that could not be decoded. `--base <topic>` selects a custom topic prefix; `--now` and `--zone` fix \
                the clock.
                """);
        return text.toString();
    }

    private static String row(String uid, GroupChannel channel, @Nullable ChannelType type, List<KeyRow> rows) {
        assertNotNull(type, "type of " + uid);
        String description = channel.description() != null ? channel.description() : type.description();
        Set<String> paths = new LinkedHashSet<>();
        rows.forEach(r -> paths.add(r.path().replace("|", "\\|")));
        String keys = paths.stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
        String source = rows.isEmpty() ? " Served by the binding, no key of its own." : " Key: " + keys + ".";
        String access = rows.stream().filter(r -> r.access().writable()).findFirst().map(r -> r.access().text())
                .orElse(type.trigger() ? "trigger" : type.readOnly() ? "R" : "W");
        String itemType = type.trigger() ? "Trigger" : type.itemType();
        String advanced = type.advanced() ? " *adv.*" : "";
        String text = description.replace("|", "\\|").replace("<", "&lt;");
        return "| `" + uid + "` | " + itemType + " | " + access + " | " + text + source + advanced + " |\n";
    }
}
