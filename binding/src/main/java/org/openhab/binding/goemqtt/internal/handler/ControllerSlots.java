/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.BINDING_ID;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels.Slot;
import org.openhab.binding.goemqtt.internal.catalog.ControllerChannels.SlotChannel;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;

import com.google.gson.JsonElement;

/**
 * The channels of a controller thing's slots (categories and current sensors): which names the controller gave them
 * last, which channels the thing should have for them (one set per named slot, labelled with the name) and which it
 * has. A slot's channels keep their ids when it is renamed (only the labels change) and go when its name is cleared.
 * Names arrive on the transport's thread, the thing is edited on the scheduler: the set of present channels is
 * thread-safe.
 */
@NonNullByDefault
final class ControllerSlots {

    private final ThingUID thing;
    private final Map<Slot, List<@Nullable String>> names = new EnumMap<>(Slot.class);
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    ControllerSlots(ThingUID thing) {
        this.thing = thing;
    }

    /** The slot kind named by {@code key} ({@code ccn}, {@code isn}); null for other keys. */
    static @Nullable Slot namedBy(String key) {
        for (Slot slot : Slot.values()) {
            if (slot.namesKey().equals(key)) {
                return slot;
            }
        }
        return null;
    }

    /** Whether {@code channel} ({@code group#id}) belongs to a slot group. */
    static boolean isSlotChannel(String channel) {
        for (Slot slot : Slot.values()) {
            if (channel.startsWith(slot.group().id() + "#")) {
                return true;
            }
        }
        return false;
    }

    /** Takes the names in {@code value}; true when they differ from the last ones (then the thing needs an edit). */
    synchronized boolean namesArrived(Slot slot, JsonElement value) {
        List<@Nullable String> given = ControllerChannels.names(value);
        return !Objects.equals(names.put(slot, given), given);
    }

    /** The current names of {@code slot}'s slots. */
    synchronized List<@Nullable String> names(Slot slot) {
        return names.getOrDefault(slot, List.of());
    }

    /** The channels {@code slot} should have now: those of every named slot, labelled with its name. */
    List<Channel> wanted(Slot slot) {
        List<Channel> channels = new ArrayList<>();
        List<@Nullable String> current = names(slot);
        for (int i = 0; i < Math.min(current.size(), slot.count()); i++) {
            String name = current.get(i);
            if (name == null) {
                continue;
            }
            for (SlotChannel channel : ControllerChannels.channels(slot, i)) {
                channels.add(ChannelBuilder.create(new ChannelUID(thing, channel.channel()), channel.itemType())
                        .withType(new ChannelTypeUID(BINDING_ID, channel.typeId()))
                        .withLabel(ControllerChannels.label(name, channel)).build());
            }
        }
        return channels;
    }

    /** The channels of {@code slot} that {@code current} has. */
    static List<Channel> existing(Thing current, Slot slot) {
        String prefix = slot.group().id() + "#";
        return current.getChannels().stream().filter(c -> c.getUID().getId().startsWith(prefix)).toList();
    }

    /** Whether {@code existing} has the {@code wanted} channels with their labels, and no other. */
    static boolean same(List<Channel> existing, List<Channel> wanted) {
        return describe(existing).equals(describe(wanted));
    }

    private static Set<String> describe(List<Channel> channels) {
        Set<String> described = new java.util.HashSet<>();
        channels.forEach(c -> described.add(c.getUID().getId() + "=" + c.getLabel()));
        return described;
    }

    /** The slot channels the thing has now: only their states are posted. */
    void present(List<Channel> channels) {
        present.clear();
        channels.forEach(c -> present.add(c.getUID().getId()));
    }

    boolean isPresent(String channel) {
        return present.contains(channel);
    }
}
