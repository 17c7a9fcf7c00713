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
import java.util.List;
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
 * catalog, in a {@link DecodeSession} as a charger thing would. {@code /set} and {@code /result} messages are not
 * states and are skipped. Bad input becomes error lines, never an exception.
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
     *            {@code /go-eCharger/<serial>/} and {@code go-eCharger/<serial>/}
     * @throws IllegalArgumentException when {@code base} is not a valid base topic
     */
    public Replayer(Catalog catalog, Clock clock, @Nullable String base) {
        this.catalog = catalog;
        this.clock = clock;
        this.base = base == null ? null : BaseTopic.of(base);
    }

    /** Replays {@code lines} (the lines of a capture file) and reports the final channel states. */
    public ReplayReport replay(List<String> lines) {
        DecodeSession session = new DecodeSession(catalog, clock.getZone());
        SortedMap<String, State> states = new TreeMap<>();
        SortedSet<String> typed = new TreeSet<>();
        SortedSet<String> unmapped = new TreeSet<>();
        List<String> errors = new ArrayList<>();
        int number = 0;
        for (String rawLine : lines) {
            number++;
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> problems;
            try {
                problems = replayLine(line, session, states, typed, unmapped);
            } catch (RuntimeException e) {
                problems = List.of("could not be replayed (" + e.getClass().getSimpleName() + "): " + preview(line));
            }
            for (String problem : problems) {
                errors.add("line " + number + ": " + problem);
            }
        }
        return new ReplayReport(states, typed, unmapped, errors);
    }

    private List<String> replayLine(String line, DecodeSession session, SortedMap<String, State> states,
            SortedSet<String> typed, SortedSet<String> unmapped) {
        int space = line.indexOf(' ');
        String topic = space < 0 ? line : line.substring(0, space);
        String payload = space < 0 ? "" : line.substring(space + 1);
        Optional<ParsedTopic> parsed = parse(topic);
        if (parsed.isEmpty()) {
            return List.of("not a topic of a go-e charger: " + preview(line));
        }
        if (parsed.get().kind() != TopicKind.VALUE) {
            return List.of();
        }
        InboundMessage message = decoder.decode(parsed.get(), payload.getBytes(StandardCharsets.UTF_8));
        if (message instanceof InboundMessage.Unparseable bad) {
            return List.of(bad.key() + ": " + bad.reason() + ": " + bad.preview());
        }
        if (!(message instanceof InboundMessage.KeyValue value)) {
            return List.of();
        }
        Catalog.Decoded decoded = session.accept(value.key(), value.value(), clock.instant());
        (decoded.raw() ? unmapped : typed).add(value.key());
        for (ChannelState state : decoded.states()) {
            states.put(state.channel(), state.state());
        }
        return decoded.problems();
    }

    /** The key and kind of {@code topic}: below the given base, or below one of the two default forms. */
    private Optional<ParsedTopic> parse(String topic) {
        BaseTopic fixed = base;
        if (fixed != null) {
            return fixed.parse(topic);
        }
        for (DiscoveryBase discovery : DiscoveryBase.defaults()) {
            if (topic.startsWith(discovery.value())) {
                String rest = topic.substring(discovery.value().length());
                int slash = rest.indexOf('/');
                if (slash > 0 && ChargerSerial.isValid(rest.substring(0, slash))) {
                    return discovery.baseFor(ChargerSerial.of(rest.substring(0, slash))).parse(topic);
                }
            }
        }
        return Optional.empty();
    }

    /** The start of a line, its payload masked ({@link Secrets}) as a value of the topic's last level. */
    private static String preview(String line) {
        int space = line.indexOf(' ');
        String topic = space < 0 ? line : line.substring(0, space);
        String text = space < 0 ? line
                : topic + " " + Secrets.text(topic.substring(topic.lastIndexOf('/') + 1), line.substring(space + 1));
        String start = text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
        return start.replaceAll("\\p{Cntrl}", "?");
    }
}
