/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.mockito.Mockito;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.State;

/**
 * A Mockito mock of openHAB's {@link ThingHandlerCallback} that records what a handler reports: statuses, channel
 * states, trigger events and thing updates, in order. Thread-safe (real-broker tests report from other threads).
 */
@NonNullByDefault
public final class RecordingCallback {

    /** One {@code stateUpdated}: channel id within the thing ({@code group#channel}) and state. */
    public record StateUpdate(String channel, State state) {
        @Override
        public String toString() {
            return channel + " = " + state.toFullString();
        }
    }

    private final ThingHandlerCallback mock = Mockito.mock(ThingHandlerCallback.class);
    private final List<ThingStatusInfo> statuses = new CopyOnWriteArrayList<>();
    private final List<StateUpdate> states = new CopyOnWriteArrayList<>();
    private final List<String> triggers = new CopyOnWriteArrayList<>();
    private final List<Thing> updatedThings = new CopyOnWriteArrayList<>();
    private final List<Consumer<ThingStatusInfo>> statusListeners = new CopyOnWriteArrayList<>();

    public RecordingCallback() {
        doAnswer(call -> {
            ThingStatusInfo status = call.getArgument(1);
            statuses.add(status);
            statusListeners.forEach(listener -> listener.accept(status));
            return null;
        }).when(mock).statusUpdated(any(), any());
        doAnswer(call -> states.add(new StateUpdate(((ChannelUID) call.getArgument(0)).getId(), call.getArgument(1))))
                .when(mock).stateUpdated(any(), any());
        doAnswer(call -> triggers.add(((ChannelUID) call.getArgument(1)).getId() + " " + call.getArgument(2)))
                .when(mock).channelTriggered(any(), any(), any());
        doAnswer(call -> updatedThings.add(call.getArgument(0))).when(mock).thingUpdated(any());
    }

    /** The mock to pass to {@code setCallback}. */
    public ThingHandlerCallback handlerCallback() {
        return mock;
    }

    /** {@code getBridge(uid)} answers {@code bridge}. */
    public RecordingCallback withBridge(Bridge bridge) {
        when(mock.getBridge(bridge.getUID())).thenReturn(bridge);
        return this;
    }

    /** {@code listener} hears every status reported from now on (as openHAB tells a bridge's things). */
    public RecordingCallback onStatus(Consumer<ThingStatusInfo> listener) {
        statusListeners.add(listener);
        return this;
    }

    /** Every status reported, oldest first. */
    public List<ThingStatusInfo> statuses() {
        return List.copyOf(statuses);
    }

    /** The last status reported; fails when there was none. */
    public ThingStatusInfo lastStatus() {
        List<ThingStatusInfo> all = statuses();
        if (all.isEmpty()) {
            throw new AssertionError("no status reported");
        }
        return all.get(all.size() - 1);
    }

    /** Whether the last status has this status and detail. */
    public boolean isAt(ThingStatus status, ThingStatusDetail detail) {
        List<ThingStatusInfo> all = statuses();
        ThingStatusInfo last = all.isEmpty() ? null : all.get(all.size() - 1);
        return last != null && last.getStatus() == status && last.getStatusDetail() == detail;
    }

    /** Every status as {@code STATUS/DETAIL: description}, oldest first. */
    public List<String> statusHistory() {
        List<String> history = new ArrayList<>();
        for (ThingStatusInfo info : statuses()) {
            String description = info.getDescription();
            history.add(info.getStatus() + "/" + info.getStatusDetail()
                    + (description == null ? "" : ": " + description));
        }
        return history;
    }

    /** Every state update, oldest first. */
    public List<StateUpdate> states() {
        return List.copyOf(states);
    }

    /** The states posted to {@code channel}, oldest first. */
    public List<State> statesOf(String channel) {
        return states().stream().filter(update -> update.channel().equals(channel)).map(StateUpdate::state)
                .toList();
    }

    /** The last state posted to {@code channel}; null when none. */
    public @Nullable State lastStateOf(String channel) {
        List<State> all = statesOf(channel);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Every trigger as {@code <channel> <event>}, oldest first. */
    public List<String> triggers() {
        return List.copyOf(triggers);
    }

    /** Every thing passed to {@code thingUpdated}, oldest first. */
    public List<Thing> updatedThings() {
        return List.copyOf(updatedThings);
    }

    public void clearStates() {
        states.clear();
    }

    @Override
    public String toString() {
        return "statuses " + statusHistory() + ", states " + states + ", triggers " + triggers;
    }
}
