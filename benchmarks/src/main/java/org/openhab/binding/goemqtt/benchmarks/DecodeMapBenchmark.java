/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.DecodeSession;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;

/**
 * Figure 1, decode+map: one captured message (topic and payload bytes) to the charger thing's channel states, as the
 * binding does it on Paho's thread (topic parsed against the charger's base, payload checked and read as strict JSON,
 * key decoded by the catalog within the charger's {@link DecodeSession}), against a bare Gson parse of the same
 * payload bytes. The session has seen the whole burst first, as after start-up.
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DecodeMapBenchmark {

    /** Representative keys: a 16-number array, a number, a code, a date-time string, an object, a 2-number array. */
    public static final String[] KEYS = { "nrg", "eto", "car", "utc", "cll", "tma" };

    @Param({ "nrg", "eto", "car", "utc", "cll", "tma" })
    public String key = "nrg";

    private final MessageDecoder decoder = new MessageDecoder();
    private final Clock clock = Clock.systemUTC();
    private @Nullable BaseTopic base;
    private @Nullable DecodeSession session;
    private String topic = "";
    private byte[] payload = new byte[0];
    private JsonElement parsedValue = JsonNull.INSTANCE;
    private List<org.openhab.core.types.State> states = List.of();
    /** {@link #MOVING} payloads of a charging {@code nrg}, each other readings, for the breakdown of new values. */
    private byte[][] moving = new byte[0][];
    private String movingTopic = "";
    private int next;

    /** How many different charging readings {@link #decodeAndMapMoving} goes through: more than a cache keeps. */
    static final int MOVING = 4096;

    @Setup(Level.Trial)
    public void setUp() {
        CapturedBurst burst = CapturedBurst.standard();
        BaseTopic charger = BaseTopic.of(burst.base());
        DecodeSession primed = new DecodeSession(Catalog.standard(), ZoneId.systemDefault());
        for (CapturedBurst.Message message : burst.messages()) {
            decodeAndMap(charger, primed, message.topic(), message.payloadBytes());
        }
        CapturedBurst.Message message = burst.message(key);
        base = charger;
        session = primed;
        topic = message.topic();
        payload = message.payloadBytes();
        parsedValue = JsonParser.parseString(message.payload());
        states = decodeAndMap(charger, primed, topic, payload).stream().map(ChannelState::state).toList();
        movingTopic = charger.topic(ParsedTopic.value("nrg"));
        moving = new byte[MOVING][];
        for (int i = 0; i < MOVING; i++) {
            moving[i] = chargingNrg(i).getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Reading {@code i} of a charger charging on three phases, as the simulator writes them: whole volts moving by a
     * volt, amperes and watts with two decimals moving with every reading, power factors in whole percent.
     */
    static String chargingNrg(int i) {
        double amperes = 15.0 + (i % 997) / 100.0;
        StringBuilder text = new StringBuilder("[").append(230 + i % 3).append(',').append(231 + i % 2).append(',')
                .append(229 + i % 4).append(",1");
        for (int phase = 0; phase < 3; phase++) {
            text.append(',').append(String.format(java.util.Locale.ROOT, "%.2f", amperes + phase * 0.07));
        }
        double watts = 0;
        for (int phase = 0; phase < 3; phase++) {
            double power = (amperes + phase * 0.07) * 230;
            watts += power;
            text.append(',').append(String.format(java.util.Locale.ROOT, "%.2f", power));
        }
        text.append(",0,").append(String.format(java.util.Locale.ROOT, "%.2f", watts));
        text.append(',').append(98 + i % 2).append(",99,99,0]");
        return text.toString();
    }

    /** The baseline: the payload bytes as text, parsed into Gson's tree. */
    @Benchmark
    public JsonElement gsonParse() {
        return JsonParser.parseString(new String(payload, StandardCharsets.UTF_8));
    }

    /** The binding: topic and payload to channel states. */
    @Benchmark
    public List<ChannelState> decodeAndMap() {
        return decodeAndMapInSession(topic, payload);
    }

    private List<ChannelState> decodeAndMapInSession(String messageTopic, byte[] messagePayload) {
        BaseTopic charger = base;
        DecodeSession decoding = session;
        if (charger == null || decoding == null) {
            throw new IllegalStateException("not set up");
        }
        return decodeAndMap(charger, decoding, messageTopic, messagePayload);
    }

    /**
     * Breakdown, the floor of any binding: the Gson parse plus making the same openHAB state objects (from the numbers
     * and moments decoded in the set-up; quantities go through openHAB's unit library as any binding's do).
     */
    @Benchmark
    public void gsonAndStateObjects(Blackhole blackhole) {
        blackhole.consume(gsonParse());
        for (org.openhab.core.types.State state : states) {
            blackhole.consume(copy(state));
        }
    }

    private static org.openhab.core.types.State copy(org.openhab.core.types.State state) {
        if (state instanceof QuantityType<?> quantity) {
            return new QuantityType<>(quantity.toBigDecimal(), quantity.getUnit());
        } else if (state instanceof DecimalType decimal) {
            return new DecimalType(decimal.toBigDecimal());
        } else if (state instanceof DateTimeType moment) {
            return new DateTimeType(moment.getZonedDateTime());
        }
        return state;
    }

    /**
     * Breakdown, new values: the {@code nrg} topic with another charging reading each time ({@link #MOVING} of them,
     * any key parameter), where the figure repeats one captured message; against {@link #gsonParseMoving}.
     */
    @Benchmark
    public List<ChannelState> decodeAndMapMoving() {
        return decodeAndMapInSession(movingTopic, nextMoving());
    }

    /** The baseline of {@link #decodeAndMapMoving}: the same payloads parsed into Gson's tree. */
    @Benchmark
    public JsonElement gsonParseMoving() {
        return JsonParser.parseString(new String(nextMoving(), StandardCharsets.UTF_8));
    }

    private byte[] nextMoving() {
        byte[] bytes = moving[next];
        next = (next + 1) % MOVING;
        return bytes;
    }

    /** Breakdown, the protocol layer alone: topic parsed, payload checked and read as strict JSON. */
    @Benchmark
    public InboundMessage protocolOnly() {
        BaseTopic charger = base;
        if (charger == null) {
            throw new IllegalStateException("not set up");
        }
        return decoder.decode(charger.parse(topic).orElseThrow(), payload);
    }

    /** Breakdown, the catalog alone: a parsed value to channel states (the openHAB state objects included). */
    @Benchmark
    public List<ChannelState> catalogOnly() {
        DecodeSession decoding = session;
        if (decoding == null) {
            throw new IllegalStateException("not set up");
        }
        return decoding.accept(key, parsedValue, clock.instant()).states();
    }

    private List<ChannelState> decodeAndMap(BaseTopic charger, DecodeSession decoding, String messageTopic,
            byte[] bytes) {
        ParsedTopic parsed = charger.parse(messageTopic).orElseThrow();
        InboundMessage message = decoder.decode(parsed, bytes);
        if (message instanceof InboundMessage.KeyValue value) {
            return decoding.accept(value.key(), value.value(), clock.instant()).states();
        }
        throw new IllegalStateException("captured message not decodable: " + message);
    }
}
