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

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.benchmarks.harness.BindingRig;
import org.openhab.binding.goemqtt.benchmarks.harness.CountingCallback;
import org.openhab.binding.goemqtt.benchmarks.harness.Publisher.Outgoing;
import org.openhab.binding.goemqtt.benchmarks.harness.Sleep;
import org.openhab.binding.goemqtt.benchmarks.harness.Streams;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What figure 2's binding does on Paho's thread, without the network: the stream of figure 2 handed message by
 * message to the bridge's transport listener (routing, decoding, the charger's states to a counting callback), as
 * Paho's callback does. The time per message is what the binding adds to a bare Paho subscriber; profile it with
 * {@code jmh IngestPath -prof stack} or a flight recording.
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestPathBenchmark {

    private static final int CYCLES = 150;

    /** {@code capture}: the captured 60.5 burst; {@code full}: the simulator's full 60.5 profile, as figure 2 sends. */
    @Param({ "full", "capture" })
    public String burst = "full";

    private final CountingCallback callback = new CountingCallback();
    private final ListenerTrap trap = new ListenerTrap();
    private @Nullable BindingRig rig;
    private List<Outgoing> stream = List.of();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        CapturedBurst burst = "capture".equals(this.burst) ? CapturedBurst.standard() : CapturedBurst.fullProfile();
        stream = Streams.cycles(burst, burst.base(), CYCLES);
        AtomicLong uptimes = new AtomicLong();
        callback.observeStates((channel, state) -> {
            if (Streams.UPTIME_CHANNEL.equals(channel.getId())) {
                uptimes.incrementAndGet();
            }
        });
        BindingRig started = BindingRig.start("tcp://127.0.0.1:1883", callback, (config, scheduler) -> trap)
                .awaitOnline();
        rig = started;
        String base = burst.base();
        started.addCharger(base.substring(base.lastIndexOf('/', base.length() - 2) + 1, base.length() - 1));
        Sleep.until(() -> {
            message();
            return uptimes.get() > 0;
        }, 10_000, "the charger to take messages");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BindingRig current = rig;
        if (current != null) {
            current.close();
        }
    }

    /** One message of the stream, the next one each time. */
    @Benchmark
    public void message() {
        Outgoing message = stream.get(next);
        next = next + 1 == stream.size() ? 0 : next + 1;
        trap.deliver(message.topic(), message.payload().clone());
    }

    /**
     * A connection that is up at once and keeps its listener, so that messages reach the bridge as Paho's callback
     * hands them over; publishes go nowhere.
     */
    private static final class ListenerTrap implements MqttTransport {
        private volatile @Nullable TransportListener listener;
        private volatile ConnectionState state = ConnectionState.DISCONNECTED;

        void deliver(String topic, byte[] payload) {
            TransportListener current = listener;
            if (current != null) {
                current.messageArrived(topic, payload);
            }
        }

        @Override
        public void start(TransportListener listener) {
            this.listener = listener;
            state = ConnectionState.CONNECTED;
            listener.connectionChanged(ConnectionEvent.connected("in memory"));
        }

        @Override
        public void subscribe(String topicFilter) {
        }

        @Override
        public void unsubscribe(String topicFilter) {
        }

        @Override
        public void publish(String topic, byte[] payload) {
        }

        @Override
        public ConnectionState state() {
            return state;
        }

        @Override
        public void close() {
            state = ConnectionState.CLOSED;
        }
    }
}
