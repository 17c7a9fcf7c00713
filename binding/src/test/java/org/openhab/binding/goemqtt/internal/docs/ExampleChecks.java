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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.docs.MarkdownDocument.CodeBlock;

/**
 * Checks of the README's examples against the thing XML and the code: channel references, item links, item names,
 * rule action calls, trigger events and relative links. Each check returns the problems it found, one sentence
 * each, saying what is wrong where.
 */
@NonNullByDefault
final class ExampleChecks {

    private static final Pattern CHANNEL_UID = Pattern
            .compile("goemqtt:(charger|charger-v1):([\\w-]+):([\\w-]+):([a-z][\\w-]*)#([\\w<>.-]+)");
    private static final Pattern GROUP_CHANNEL = Pattern.compile("[a-z]+#[a-z0-9-]+");
    private static final Pattern ITEM = Pattern.compile(
            "^(Number(?::\\w+)?|Switch|String|DateTime|Contact|Dimmer|Rollershutter|Color|Location|Player|Image|Call"
                    + "|Group)\\s+(\\w+)(.*)$",
            Pattern.MULTILINE);
    private static final Pattern ACTIONS_VARIABLE = Pattern.compile(
            "(?:val|var|const|let)\\s+(\\w+)\\s*=\\s*(?:actions\\.thingActions|getActions)\\(\\s*[\"']goemqtt[\"']");
    private static final Pattern DIRECT_CALL = Pattern
            .compile("(?:thingActions|getActions)\\(\\s*[\"']goemqtt[\"'][^)]*\\)\\.(\\w+)\\s*\\(");
    private static final Pattern TRIGGERED = Pattern.compile(
            "triggered\\s+([\\w:]+)|ChannelEventTrigger\\([^,]+,\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern ITEM_USE = Pattern
            .compile("item=(\\w+)|getItem\\(\\s*['\"](\\w+)['\"]|\\b([A-Z]\\w*)\\.state\\b");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    private final ThingXmlFacts xml;

    ExampleChecks(ThingXmlFacts xml) {
        this.xml = xml;
    }

    /**
     * Every full channel UID anywhere in the README names a channel of the charger (or a raw channel) of a charger
     * that a {@code .things} snippet declares, and every inline {@code `group#channel`} of the prose exists.
     */
    List<String> channelReferences(MarkdownDocument readme, Set<String> declaredChargers) {
        List<String> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        readme.codeBlocks.forEach(block -> texts.put("code block at line " + block.line(), block.body()));
        texts.put("prose", readme.prose());
        texts.forEach((where, text) -> {
            Matcher matcher = CHANNEL_UID.matcher(text);
            while (matcher.find()) {
                String channel = matcher.group(4) + "#" + matcher.group(5);
                if (!exists(channel, matcher.group(1))) {
                    boolean v1 = "charger-v1".equals(matcher.group(1));
                    problems.add("README.md " + where + " names channel `" + matcher.group() + "`, but the "
                            + (v1 ? "API v1 charger" : "charger") + " has no channel `" + channel + "` (OH-INF/thing/"
                            + (v1 ? "charger-v1.xml" : "channel-groups.xml") + ")");
                }
                String charger = matcher.group(2) + ":" + matcher.group(3);
                if (!declaredChargers.contains(charger)) {
                    problems.add("README.md " + where + " names channel `" + matcher.group() + "` of charger `"
                            + charger + "`, which no .things example declares (declared: " + declaredChargers + ")");
                }
            }
        });
        for (String span : readme.inlineCode()) {
            if (GROUP_CHANNEL.matcher(span).matches() && !exists(span, "charger")
                    && !xml.controllerChannels.containsKey(span) && !xml.v1Channels.containsKey(span)) {
                problems.add("README.md prose names channel `" + span + "`, which neither the charger nor the "
                        + "controller has (nor the API v1 charger)");
            }
        }
        return problems;
    }

    /** Whether the thing type {@code charger} or {@code charger-v1} has the channel (raw channels: both). */
    private boolean exists(String channel, String thingType) {
        return channels(thingType).containsKey(channel) || channel.matches("raw#[A-Za-z_][\\w.]*");
    }

    private Map<String, String> channels(String thingType) {
        return "charger-v1".equals(thingType) ? xml.v1Channels : xml.channels;
    }

    /**
     * The items of the README's code blocks: name → type. Every item line linked to a charger channel has that
     * channel's item type and does not link a trigger channel.
     */
    Map<String, String> items(MarkdownDocument readme, List<String> problems) {
        Map<String, String> items = new LinkedHashMap<>();
        for (CodeBlock block : readme.codeBlocks) {
            Matcher item = ITEM.matcher(block.body());
            while (item.find()) {
                items.put(item.group(2), item.group(1));
                Matcher link = CHANNEL_UID.matcher(item.group(3));
                while (link.find()) {
                    String type = channels(link.group(1)).get(link.group(4) + "#" + link.group(5));
                    if (ThingXmlFacts.TRIGGER.equals(type)) {
                        problems.add("README.md item `" + item.group(2) + "` (code block at line " + block.line()
                                + ") links the trigger channel `" + link.group() + "`; trigger channels take rules");
                    } else if (type != null && !type.equals(item.group(1))) {
                        problems.add("README.md item `" + item.group(2) + "` (code block at line " + block.line()
                                + ") is " + item.group(1) + " but `" + link.group(4) + "#" + link.group(5) + "` is "
                                + type);
                    }
                }
            }
        }
        return items;
    }

    /** Items used by sitemaps ({@code item=}) and rules ({@code getItem('…')}, {@code X.state}) are declared. */
    List<String> itemUses(MarkdownDocument readme, Set<String> declared) {
        List<String> problems = new ArrayList<>();
        for (CodeBlock block : readme.codeBlocks) {
            Matcher use = ITEM_USE.matcher(block.body());
            while (use.find()) {
                String name = use.group(1) != null ? use.group(1) : use.group(2) != null ? use.group(2) : use.group(3);
                if (!declared.contains(name)) {
                    problems.add("README.md code block at line " + block.line() + " uses item `" + name
                            + "`, which no .items example declares");
                }
            }
        }
        return problems;
    }

    /** The action methods the code blocks call on a goemqtt actions object. */
    static Set<String> actionCalls(MarkdownDocument readme) {
        Set<String> calls = new LinkedHashSet<>();
        for (CodeBlock block : readme.codeBlocks) {
            Matcher variable = ACTIONS_VARIABLE.matcher(block.body());
            while (variable.find()) {
                Matcher call = Pattern.compile("\\b" + variable.group(1) + "\\.(\\w+)\\s*\\(").matcher(block.body());
                while (call.find()) {
                    calls.add(call.group(1));
                }
            }
            Matcher direct = DIRECT_CALL.matcher(block.body());
            while (direct.find()) {
                calls.add(direct.group(1));
            }
        }
        return calls;
    }

    /** The events rules in code blocks wait for ({@code triggered X}, {@code ChannelEventTrigger(…, 'X')}). */
    static Set<String> triggeredEvents(MarkdownDocument readme) {
        Set<String> events = new LinkedHashSet<>();
        for (CodeBlock block : readme.codeBlocks) {
            Matcher matcher = TRIGGERED.matcher(block.body());
            while (matcher.find()) {
                events.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        return events;
    }

    /** Every relative link of the prose points to a file that exists under {@code root}. */
    static List<String> relativeLinks(MarkdownDocument readme, Path root) {
        List<String> problems = new ArrayList<>();
        Matcher link = LINK.matcher(readme.prose());
        while (link.find()) {
            String target = link.group(1);
            if (!target.contains("://") && !Files.exists(root.resolve(target))) {
                problems.add("README.md links to `" + target + "`, which does not exist in the repository");
            }
        }
        return problems;
    }
}
