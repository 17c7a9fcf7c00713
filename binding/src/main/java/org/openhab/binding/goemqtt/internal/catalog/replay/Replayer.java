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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.DecodeSession;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.ChargerSerial;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveryBase;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.internal.protocol.TopicKind;
import org.openhab.core.types.State;

/**
 * Replays {@code mosquitto_sub -v} output ({@code <topic> <payload>} per line; {@code #} comments and blank lines
 * ignored) through the binding's real decoding: the protocol layer's topic parsing and JSON decoding, then the
 * catalog, in one {@link DecodeSession} per charger (base topic) as a charger thing would. {@code /set} lines are
 * reported as commands and {@code /result} lines as the charger's answers, under their charger, secrets masked.
 * Bad input becomes error lines, never an exception.
 */
@NonNullByDefault
public final class Replayer {

    private static final int PREVIEW_CHARS = 60;

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
                charger = new ChargerReplay(where.serial(), where.base().value(),
                        new DecodeSession(catalog, clock.getZone()));
                chargers.put(where.base().value(), charger);
            }
            List<String> problems;
            try {
                problems = replayLine(where.topic(), payload, charger, number);
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
        InboundMessage message = decoder.decode(parsed, payload.getBytes(StandardCharsets.UTF_8));
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
        Catalog.Decoded decoded = charger.session.accept(value.key(), value.value(), clock.instant());
        (decoded.raw() ? charger.unmapped : charger.typed).add(value.key());
        for (ChannelState state : decoded.states()) {
            charger.states.put(state.channel(), state.state());
        }
        return decoded.problems();
    }

    /** Where a topic belongs: below the given base, or below one of the two default forms with a serial. */
    private Optional<Located> locate(String topic) {
        BaseTopic fixed = base;
        if (fixed != null) {
            return fixed.parse(topic).map(parsed -> new Located(null, fixed, parsed));
        }
        for (DiscoveryBase discovery : DiscoveryBase.defaults()) {
            if (topic.startsWith(discovery.value())) {
                String rest = topic.substring(discovery.value().length());
                int slash = rest.indexOf('/');
                if (slash > 0 && ChargerSerial.isValid(rest.substring(0, slash))) {
                    ChargerSerial serial = ChargerSerial.of(rest.substring(0, slash));
                    BaseTopic chargerBase = discovery.baseFor(serial);
                    return chargerBase.parse(topic).map(parsed -> new Located(serial.value(), chargerBase, parsed));
                }
            }
        }
        return Optional.empty();
    }

    /** A line's charger (serial, when known, and base topic) and its key and kind. */
    private record Located(@Nullable String serial, BaseTopic base, ParsedTopic topic) {
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

        ChargerReplay(@Nullable String serial, String base, DecodeSession session) {
            this.serial = serial;
            this.base = base;
            this.session = session;
        }

        ReplayReport.Charger report() {
            return new ReplayReport.Charger(serial, base, states, typed, unmapped, commands, errors);
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
