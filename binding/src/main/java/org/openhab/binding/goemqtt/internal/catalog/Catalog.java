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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Codec.BootTime;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The one place that knows, for each API key, its channels, item type, unit, access, codes and codec. Decodes a
 * key's JSON value into channel states (one key may feed several channels: {@code nrg} feeds 16) and encodes a
 * command on a channel into the JSON value of its key. Keys it does not know become one raw channel each
 * ({@code raw#<key>}, type {@value #RAW_CHANNEL_TYPE}, the JSON text): nothing a charger publishes is dropped.
 * JSON {@code null} is UNDEF; a value of the wrong shape is UNDEF plus one debug line; never an exception.
 */
@NonNullByDefault
public final class Catalog {

    /** Channel type of the raw channels of unknown keys (advanced, String, read only). */
    public static final String RAW_CHANNEL_TYPE = "raw-json";

    /** Before the catalogs below: their construction must find it set. */
    private static final String RAW_PREFIX = ChannelGroup.RAW.id() + "#";
    private static final Catalog STANDARD = new Catalog(KeyTable.rows());
    private static final Catalog CONTROLLER = new Catalog(ControllerTable.rows(STANDARD.rows()),
            ControllerTable.ELEMENTS_WITH_ROWS);
    private static final Catalog V1 = new Catalog(V1KeyTable.rows());
    private static final Codec RAW = Codecs.raw();
    private static final Decoded EXCLUDED = new Decoded(List.of(), List.of(), false);

    private final Logger logger = LoggerFactory.getLogger(Catalog.class);
    private final List<KeyRow> rows;
    private final Map<String, List<KeyRow>> byKey = new LinkedHashMap<>();
    private final Map<String, List<KeyRow>> byChannel = new LinkedHashMap<>();
    private final Map<String, KeyRow> writers = new LinkedHashMap<>();
    /** Per key, what decoding needs, found once (decoding runs for every message). */
    private final Map<String, KeyPlan> plans = new HashMap<>();
    /** Per array key whose rows select its elements by index: how many elements have rows. */
    private final Map<String, Integer> elementsWithRows;

    /**
     * @throws IllegalArgumentException when rows of one channel disagree on the item type or two of them write
     */
    public Catalog(List<KeyRow> rows) {
        this(rows, Map.of());
    }

    /**
     * @param elementsWithRows per array key whose rows select elements by index (a controller's {@code ccp}), how
     *            many elements have rows; a value with more (non-null) elements also goes whole to the key's raw
     *            channel, with a problem saying so, so that nothing the device publishes is lost
     * @throws IllegalArgumentException when rows of one channel disagree on the item type or two of them write
     */
    public Catalog(List<KeyRow> rows, Map<String, Integer> elementsWithRows) {
        this.elementsWithRows = Map.copyOf(elementsWithRows);
        this.rows = List.copyOf(rows);
        for (KeyRow row : this.rows) {
            if (ExcludedKeys.isExcluded(row.key())) {
                throw new IllegalArgumentException("row " + row.key() + ": the key is excluded, "
                        + ExcludedKeys.reasons().get(row.key()));
            }
            listOf(byKey, row.key()).add(row);
            if (row.group() == null) {
                continue;
            }
            List<KeyRow> channelRows = listOf(byChannel, row.channelUid());
            if (!channelRows.isEmpty() && !channelRows.get(0).itemType().equals(row.itemType())) {
                throw new IllegalArgumentException("channel " + row.channelUid() + ": rows disagree on the item type");
            }
            channelRows.add(row);
            if (row.access().writable() && writers.put(row.channelUid(), row) != null) {
                throw new IllegalArgumentException("channel " + row.channelUid() + " has two writable rows");
            }
        }
        byKey.forEach((key, keyRows) -> plans.put(key, KeyPlan.of(keyRows)));
    }

    /** The catalog of this binding. */
    public static Catalog standard() {
        return STANDARD;
    }

    /**
     * The catalog of the go-e Controller: the charger's rows of the keys both devices share, and the meter's own
     * (categories, sensors, voltages; see {@link ControllerChannels}).
     */
    public static Catalog controller() {
        return CONTROLLER;
    }

    /**
     * The catalog of API v1 chargers (hardware V2): one row per status key of the v1 documents, on the v2 channel ids
     * where the meaning is the same.
     */
    public static Catalog v1() {
        return V1;
    }

    public List<KeyRow> rows() {
        return rows;
    }

    /**
     * Whether the key has rows (typed, or known and never shown) or is {@linkplain ExcludedKeys excluded}; unknown
     * keys become raw channels.
     */
    public boolean knows(String key) {
        return byKey.containsKey(key) || ExcludedKeys.isExcluded(key);
    }

    public List<KeyRow> rowsOf(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The channels of the catalog ({@code <group>#<channel>}), in table order. */
    public Set<String> channels() {
        return Collections.unmodifiableSet(byChannel.keySet());
    }

    /** The rows feeding {@code channel}; empty for unknown channels. */
    public List<KeyRow> rowsFor(String channel) {
        return byChannel.getOrDefault(channel, List.of());
    }

    /** The row a command on {@code channel} writes; null for read-only and unknown channels. */
    public @Nullable KeyRow writerOf(String channel) {
        return writers.get(channel);
    }

    /** The channel ({@code <group>#<channel>}) whose commands write {@code key}; null when none does. */
    public @Nullable String writerChannelOf(String key) {
        for (KeyRow row : rowsOf(key)) {
            if (row.access().writable() && !row.channelUid().isEmpty()) {
                return row.channelUid();
            }
        }
        return null;
    }

    /** How decoding {@code key} depends on the charger's uptime ({@code rbt}). */
    public BootTime bootTime(String key) {
        KeyPlan plan = plans.get(key);
        return plan == null ? BootTime.NONE : plan.bootTime();
    }

    /** Whether {@code channel} ({@code group#id}) is the raw channel of a key. */
    public static boolean isRawChannel(String channel) {
        return channel.startsWith(RAW_PREFIX);
    }

    /** {@code raw#<key>}; characters a channel id cannot hold become {@code _}. */
    public static String rawChannel(String key) {
        return RAW_PREFIX + key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * The channel states of one value of {@code key}. Write-only and hidden rows give none, nor does an excluded
     * key; an unknown key gives its raw channel, with its value masked as {@link Secrets#mask} says (a key named
     * like a credential shows {@value Secrets#MASK}, credential fields inside show {@value Secrets#MASK}).
     */
    public Decoded decode(String key, JsonElement value, DecodeContext context) {
        KeyPlan plan = plans.get(key);
        if (plan == null) {
            if (ExcludedKeys.isExcluded(key)) {
                return EXCLUDED;
            }
            State state = value.isJsonNull() ? UnDefType.UNDEF : rawState(key, value, context);
            return new Decoded(List.of(new ChannelState(rawChannel(key), state)), List.of(), true);
        }
        KeyRow[] shown = plan.shown();
        ChannelState[] states = new ChannelState[shown.length];
        @Nullable Map<String, List<String>> problems = null;
        for (int i = 0; i < shown.length; i++) {
            KeyRow row = shown[i];
            State state;
            try {
                state = decodeRow(row, value, context);
            } catch (ShapeException e) {
                if (problems == null) {
                    problems = new LinkedHashMap<>();
                }
                listOf(problems, String.valueOf(e.getMessage())).add(row.path());
                state = UnDefType.UNDEF;
            }
            states[i] = plan.channelState(i, state);
        }
        String beyond = beyondRows(key, value);
        if (beyond != null) {
            ChannelState[] withRaw = Arrays.copyOf(states, states.length + 1);
            withRaw[states.length] = new ChannelState(rawChannel(key), rawState(key, value, context));
            states = withRaw;
            if (problems == null) {
                problems = new LinkedHashMap<>();
            }
            listOf(problems, beyond).add(key);
        }
        if (problems == null) {
            return new Decoded(List.of(states), List.of(), false);
        }
        List<String> messages = new ArrayList<>();
        for (Map.Entry<String, List<String>> problem : problems.entrySet()) {
            List<String> paths = problem.getValue();
            messages.add((paths.size() == shown.length && shown.length > 1 ? key : String.join(", ", paths)) + ": "
                    + problem.getKey());
        }
        logger.debug("Unexpected value of '{}', its channels are UNDEF: {}", key, String.join("; ", messages));
        return new Decoded(List.of(states), messages, false);
    }

    /**
     * What is wrong when {@code value} of an array key has non-null elements past those with rows (a controller with
     * more categories than this binding has channels for); null when nothing is.
     */
    private @Nullable String beyondRows(String key, JsonElement value) {
        Integer withRows = elementsWithRows.get(key);
        if (withRows == null || !(value instanceof JsonArray array) || array.size() <= withRows) {
            return null;
        }
        List<Integer> beyond = new ArrayList<>();
        for (int i = withRows; i < array.size(); i++) {
            if (!array.get(i).isJsonNull()) {
                beyond.add(i);
            }
        }
        if (beyond.isEmpty()) {
            return null;
        }
        return "elements " + beyond + " are past the " + withRows
                + " this binding has channels for; the whole value is on " + rawChannel(key);
    }

    /** The state of a raw channel: the JSON text of {@code value}, masked as {@link Secrets#mask} says for the key. */
    private static State rawState(String key, JsonElement value, DecodeContext context) {
        return RAW.decode(Secrets.mask(key, value), context);
    }

    /** @throws ShapeException when the value has the wrong shape for the row */
    private static State decodeRow(KeyRow row, JsonElement value, DecodeContext context) {
        JsonElement part = value.isJsonNull() ? null : row.selector().select(value);
        if (part == null || part.isJsonNull()) {
            return UnDefType.UNDEF;
        }
        return row.codec().decode(part, context);
    }

    /** The list of {@code key} in {@code map}, put there empty first if it has none. */
    private static <E> List<E> listOf(Map<String, List<E>> map, String key) {
        List<E> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>();
            map.put(key, list);
        }
        return list;
    }

    /** The key and JSON value a command on {@code channel} sets, or why it cannot be sent. */
    public EncodeResult encode(String channel, Command command) {
        if (command instanceof RefreshType) {
            return new EncodeResult.Refused("REFRESH is answered from the last value received, nothing is sent");
        }
        KeyRow writer = writers.get(channel);
        if (writer == null) {
            boolean known = byChannel.containsKey(channel) || channel.startsWith(ChannelGroup.RAW.id() + "#");
            return new EncodeResult.Refused(known ? channel + " is read only" : "unknown channel " + channel);
        }
        try {
            return new EncodeResult.Encoded(writer.key(), writer.codec().encode(command));
        } catch (CommandRefusal e) {
            return new EncodeResult.Refused(channel + " (" + writer.key() + ") " + e.getMessage());
        }
    }

    /**
     * What decoding one key needs: its shown rows in table order, their channel ids (made once, so every charger's
     * states share these strings), how the key depends on the charger's uptime, and per row the channel state it
     * gave last.
     *
     * @param last per shown row, the channel state made last (a codec gives a repeated reading the same state, and
     *            the channel state of that state is immutable too); written racily by the threads of all chargers,
     *            each entry whole, so a thread sees some channel state of the row or none
     */
    private record KeyPlan(KeyRow[] shown, String[] channels, BootTime bootTime, @Nullable ChannelState[] last) {

        /** The channel state of {@code state} on the channel of shown row {@code row}. */
        ChannelState channelState(int row, State state) {
            ChannelState made = last[row];
            if (made == null || made.state() != state) {
                made = new ChannelState(channels[row], state);
                last[row] = made;
            }
            return made;
        }

        static KeyPlan of(List<KeyRow> rows) {
            List<KeyRow> shown = rows.stream().filter(KeyRow::shown).toList();
            BootTime bootTime = BootTime.NONE;
            for (KeyRow row : rows) {
                if (row.codec().bootTime().compareTo(bootTime) > 0) {
                    bootTime = row.codec().bootTime();
                }
            }
            String[] channels = shown.stream().map(KeyRow::channelUid).toArray(String[]::new);
            return new KeyPlan(shown.toArray(KeyRow[]::new), channels, bootTime, new ChannelState[channels.length]);
        }
    }

    /**
     * The result of decoding one value.
     *
     * @param states the channel states, one per shown row (or the raw channel)
     * @param problems why some states are UNDEF although the value was not null (wrong shape), one per cause
     * @param raw whether the key is unknown and went to its raw channel
     */
    public record Decoded(List<ChannelState> states, List<String> problems, boolean raw) {
        public Decoded {
            states = List.copyOf(states);
            problems = List.copyOf(problems);
        }
    }
}
