/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog.replay;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels;
import org.openhab.binding.goemqtt.internal.catalog.DecodeSession;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveryBase;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.internal.protocol.TopicKind;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Commands;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Status;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1StatusDecoder;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Topics;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonElement;

/**
 * Replays {@code mosquitto_sub -v} output ({@code <topic> <payload>} per line; {@code #} comments and blank lines
 * ignored) through the binding's real decoding: the protocol layer's topic parsing and JSON decoding, then the
 * catalog, in one {@link DecodeSession} per charger (base topic) as a charger thing would. {@code /set} lines are
 * reported as commands and {@code /result} lines as the charger's answers, under their charger, secrets masked.
 * Bad input becomes error lines, never an exception.
 *
 * <p>
 * Without a fixed base it also takes go-e Controllers ({@code /go-eController/<serial>/} and
 * {@code go-eController/<serial>/}), decoded with {@link Catalog#controller()}, their category and sensor channels
 * named by the last {@code ccn} and {@code isn}; and API v1 chargers: a {@code <base>status} line whose payload is
 * one object with {@code version} and {@code sse} is decoded member by member with {@link Catalog#v1()}, a
 * {@code <base>cmd/req} line ({@code key=value}) is a v1 command.
 */
@NonNullByDefault
public final class Replayer {

    private static final int PREVIEW_CHARS = 60;
    private static final V1StatusDecoder V1_STATUS = new V1StatusDecoder();
    /** The members that make a status object an API v1 charger's (as discovery tells them apart). */
    private static final List<String> V1_MARKERS = List.of("version", "sse");
    private static final Pattern SLOT_CHANNEL = Pattern.compile("^[a-z-]+#(category|sensor)-([0-9]+)-");

    private final Catalog catalog;
    private final Clock clock;
    private final @Nullable BaseTopic base;
    private final MessageDecoder decoder = new MessageDecoder();

    /**
     * @param catalog the catalog to decode with
     * @param clock the arrival time of every message, and the zone date-times are shown in
     * @param base the charger's base topic, e.g. {@code /go-eCharger/072246/} or a custom prefix; null to accept
     *            {@code /go-eCharger/<serial>/} and {@code go-eCharger/<serial>/} of any number of chargers
     * @throws IllegalArgumentException when {@code base} is not a valid base topic
     */
    public Replayer(Catalog catalog, Clock clock, @Nullable String base) {
        this.catalog = catalog;
        this.clock = clock;
        this.base = base == null ? null : BaseTopic.of(base);
    }

    /** Replays {@code lines} (the lines of a capture file) and reports the final channel states per charger. */
    public ReplayReport replay(List<String> lines) {
        Map<String, ChargerReplay> chargers = new LinkedHashMap<>();
        List<String> otherLines = new ArrayList<>();
        int number = 0;
        for (String rawLine : lines) {
            number++;
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String topic = space < 0 ? line : line.substring(0, space);
            String payload = space < 0 ? "" : line.substring(space + 1);
            Optional<Located> located;
            try {
                located = locate(topic);
            } catch (RuntimeException e) {
                located = Optional.empty();
            }
            if (located.isEmpty()) {
                otherLines.add("line " + number + ": not a topic of a go-e charger: " + preview(line));
                continue;
            }
            Located where = located.get();
            ChargerReplay charger = chargers.get(where.base().value());
            if (charger == null) {
                charger = new ChargerReplay(where.serial(), where.base().value(), where.controller()
                        ? new DecodeSession(Catalog.controller(), clock.getZone())
                        : new DecodeSession(catalog, clock.getZone()));
                if (where.controller()) {
                    charger.device = ReplayReport.Charger.CONTROLLER;
                }
                chargers.put(where.base().value(), charger);
            }
            List<String> problems;
            try {
                problems = where.v1Command() ? v1Command(payload, charger, number)
                        : replayLine(where.topic(), payload, charger, number);
            } catch (RuntimeException e) {
                problems = List.of("could not be replayed (" + e.getClass().getSimpleName() + "): " + preview(line));
            }
            for (String problem : problems) {
                charger.errors.add("line " + number + ": " + problem);
            }
        }
        return new ReplayReport(chargers.values().stream().map(ChargerReplay::report).toList(), otherLines);
    }

    private List<String> replayLine(ParsedTopic parsed, String payload, ChargerReplay charger, int number) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        if (parsed.kind() == TopicKind.VALUE && V1Topics.STATUS.equals(parsed.key())
                && V1_STATUS.decode(bytes) instanceof V1StatusDecoder.Read read
                && V1_MARKERS.stream().allMatch(read.status()::has)) {
            return v1Status(read.status(), charger);
        }
        InboundMessage message = decoder.decode(parsed, bytes);
        if (message instanceof InboundMessage.Unparseable bad) {
            return List.of(bad.key() + bad.kind().suffix() + ": " + bad.reason() + ": " + bad.preview());
        }
        if (message instanceof InboundMessage.SetEcho set) {
            charger.commands.add("line " + number + ": command " + set.key() + " = "
                    + printable(Secrets.text(set.key(), set.payload())));
            return List.of();
        }
        if (message instanceof InboundMessage.ResultAnswer answer) {
            String text = answer.isSuccess() ? InboundMessage.ResultAnswer.SUCCESS
                    : printable(Secrets.text(answer.key(), answer.text()));
            charger.commands.add("line " + number + ": answer " + answer.key() + ": " + text);
            return List.of();
        }
        if (!(message instanceof InboundMessage.KeyValue value)) {
            return List.of();
        }
        if ("ccn".equals(value.key())) {
            charger.categoryNames = ControllerChannels.names(value.value());
        } else if ("isn".equals(value.key())) {
            charger.sensorNames = ControllerChannels.names(value.value());
        }
        return accept(charger.session, value.key(), value.value(), charger);
    }

    /**
     * An API v1 status, read by the v1 handler's {@link V1StatusDecoder}: each member decoded as a key of its own
     * with the v1 catalog; the members it left out are errors.
     */
    private List<String> v1Status(V1Status status, ChargerReplay charger) {
        DecodeSession v1 = charger.v1Session;
        if (v1 == null) {
            v1 = new DecodeSession(Catalog.v1(), clock.getZone());
            charger.v1Session = v1;
            charger.device = ReplayReport.Charger.CHARGER_V1;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonElement> member : status.values().entrySet()) {
            problems.addAll(accept(v1, member.getKey(), member.getValue(), charger));
        }
        status.dropped().forEach(dropped -> problems.add("status: " + printable(dropped)));
        return problems;
    }

    /** An API v1 command, {@code key=value} (several joined by {@code &}), secrets masked. */
    private List<String> v1Command(String payload, ChargerReplay charger, int number) {
        StringJoiner shown = new StringJoiner(", ");
        for (String pair : payload.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            shown.add(key + " = " + printable(V1Commands.shownValue(key, value)));
        }
        charger.device = ReplayReport.Charger.CHARGER_V1;
        charger.commands.add("line " + number + ": v1 command " + shown);
        return List.of();
    }

    private List<String> accept(DecodeSession session, String key, JsonElement value, ChargerReplay charger) {
        Catalog.Decoded decoded = session.accept(key, value, clock.instant());
        (decoded.raw() ? charger.unmapped : charger.typed).add(key);
        for (ChannelState state : decoded.states()) {
            charger.states.put(state.channel(), state.state());
        }
        return decoded.problems();
    }

    /** Where a topic belongs: below the given base, or below one of the two default forms with a serial. */
    private Optional<Located> locate(String topic) {
        boolean command = topic.endsWith("/" + V1Topics.COMMAND);
        String keyTopic = command ? topic.substring(0, topic.length() - "/req".length()) : topic;
        BaseTopic fixed = base;
        if (fixed != null) {
            return fixed.parse(keyTopic).map(parsed -> new Located(null, fixed, parsed, false, command));
        }
        for (DiscoveryBase discovery : DiscoveryBase.defaults()) {
            Optional<Located> located = locate(keyTopic, discovery, false, command);
            if (located.isPresent()) {
                return located;
            }
        }
        for (DiscoveryBase discovery : DiscoveryBase.controllerDefaults()) {
            Optional<Located> located = locate(keyTopic, discovery, true, false);
            if (located.isPresent()) {
                return located;
            }
        }
        return Optional.empty();
    }

    private static Optional<Located> locate(String topic, DiscoveryBase discovery, boolean controller,
            boolean command) {
        if (topic.startsWith(discovery.value())) {
            String rest = topic.substring(discovery.value().length());
            int slash = rest.indexOf('/');
            if (slash > 0 && ChargerSerial.isValid(rest.substring(0, slash))) {
                ChargerSerial serial = ChargerSerial.of(rest.substring(0, slash));
                BaseTopic deviceBase = discovery.baseFor(serial);
                return deviceBase.parse(topic)
                        .map(parsed -> new Located(serial.value(), deviceBase, parsed, controller, command));
            }
        }
        return Optional.empty();
    }

    /**
     * A line's device (serial, when known, and base topic) and its key and kind; whether the device is a
     * controller, whether the line is an API v1 command ({@code cmd/req}).
     */
    private record Located(@Nullable String serial, BaseTopic base, ParsedTopic topic, boolean controller,
            boolean v1Command) {
    }

    /** What a replay collects for one charger. */
    private static final class ChargerReplay {
        private final @Nullable String serial;
        private final String base;
        private final DecodeSession session;
        private final SortedMap<String, State> states = new TreeMap<>();
        private final SortedSet<String> typed = new TreeSet<>();
        private final SortedSet<String> unmapped = new TreeSet<>();
        private final List<String> commands = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private String device = ReplayReport.Charger.CHARGER;
        private @Nullable DecodeSession v1Session;
        private List<@Nullable String> categoryNames = List.of();
        private List<@Nullable String> sensorNames = List.of();

        ChargerReplay(@Nullable String serial, String base, DecodeSession session) {
            this.serial = serial;
            this.base = base;
            this.session = session;
        }

        /** The report; a slot (category, sensor) without a name and without a value is left out, as unused. */
        ReplayReport.Charger report() {
            Map<String, String> names = new HashMap<>();
            SortedMap<String, State> shown = new TreeMap<>(states);
            for (Map.Entry<String, State> entry : states.entrySet()) {
                Matcher slot = SLOT_CHANNEL.matcher(entry.getKey());
                if (slot.find()) {
                    List<@Nullable String> named = "category".equals(slot.group(1)) ? categoryNames : sensorNames;
                    int index = Integer.parseInt(slot.group(2));
                    String name = index < named.size() ? named.get(index) : null;
                    if (name != null) {
                        names.put(entry.getKey(), printable(name));
                    } else if (entry.getValue() == UnDefType.UNDEF) {
                        shown.remove(entry.getKey());
                    }
                }
            }
            return new ReplayReport.Charger(serial, base, shown, typed, unmapped, commands, errors, device, names);
        }
    }

    /** The start of a line, its payload masked ({@link Secrets}) as a value of the topic's last level. */
    private static String preview(String line) {
        int space = line.indexOf(' ');
        String topic = space < 0 ? line : line.substring(0, space);
        String text = space < 0 ? line : topic + " " + Secrets.text(keyOf(topic), line.substring(space + 1));
        String start = text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
        return printable(start);
    }

    /** The last level of a topic, or the one before a {@code /set} or {@code /result}. */
    private static String keyOf(String topic) {
        String key = topic;
        for (TopicKind kind : List.of(TopicKind.SET, TopicKind.RESULT)) {
            if (key.endsWith(kind.suffix())) {
                key = key.substring(0, key.length() - kind.suffix().length());
            }
        }
        return key.substring(key.lastIndexOf('/') + 1);
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
