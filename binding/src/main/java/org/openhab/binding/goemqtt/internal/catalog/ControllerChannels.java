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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The go-e Controller's channels that exist per slot: per category ({@code ccn}: power, energy in and out, phase
 * currents) and per current sensor ({@code isn}: current, power, power factor). Their ids carry the slot's index in
 * the controller's arrays ({@code categories#category-1-power} is {@code ccp[1]}), never its name, so a renamed
 * category keeps its channels and items; the label carries the name as the owner set it. The channel types are
 * static ({@code OH-INF/thing/controller.xml}); the controller thing adds the channels of the slots in use.
 */
@NonNullByDefault
public final class ControllerChannels {

    /** The kinds of slot, each with the key that names its slots. */
    public enum Slot {
        /**
         * {@code ccn}: Home, Grid, Car, Relais, Solar, Akku and ten custom categories. 20 slots: the controller's
         * Modbus register map has room for 20 category blocks (the six named ones, four unnamed, custom 0 to 9), so
         * an array laid out as that map is covered too; elements past them go to the key's raw channel.
         */
        CATEGORY("ccn", ChannelGroup.CATEGORIES, "category", 20),
        /** {@code isn}: the current clamps. */
        SENSOR("isn", ChannelGroup.SENSORS, "sensor", 6);

        private final String namesKey;
        private final ChannelGroup group;
        private final String prefix;
        private final int count;

        Slot(String namesKey, ChannelGroup group, String prefix, int count) {
            this.namesKey = namesKey;
            this.group = group;
            this.prefix = prefix;
            this.count = count;
        }

        /** The key whose array names the slots. */
        public String namesKey() {
            return namesKey;
        }

        public ChannelGroup group() {
            return group;
        }

        /** How many slots the catalog has rows for (20 categories, 6 sensors as in the Modbus register map). */
        public int count() {
            return count;
        }
    }

    /**
     * One channel of one slot.
     *
     * @param channel {@code <group>#<id>}
     * @param typeId the channel type id
     * @param itemType the item type
     * @param labelSuffix what follows the slot's name in the label ({@code Grid} + {@code Power})
     */
    public record SlotChannel(String channel, String typeId, String itemType, String labelSuffix) {
    }

    private record Part(String idSuffix, String typeId, String itemType, String labelSuffix) {
    }

    private static final List<Part> CATEGORY_PARTS = List.of( //
            new Part("power", "category-power", "Number:Power", "Power"), //
            new Part("energy-in", "category-energy-in", "Number:Energy", "Energy In"), //
            new Part("energy-out", "category-energy-out", "Number:Energy", "Energy Out"), //
            new Part("current-l1", "category-current", "Number:ElectricCurrent", "Current L1"), //
            new Part("current-l2", "category-current", "Number:ElectricCurrent", "Current L2"), //
            new Part("current-l3", "category-current", "Number:ElectricCurrent", "Current L3"), //
            new Part("current-n", "category-current", "Number:ElectricCurrent", "Current N"));
    private static final List<Part> SENSOR_PARTS = List.of( //
            new Part("current", "sensor-current", "Number:ElectricCurrent", "Current"), //
            new Part("power", "sensor-power", "Number:Power", "Power"), //
            new Part("power-factor", "sensor-power-factor", "Number:Dimensionless", "Power Factor"));

    private ControllerChannels() {
    }

    /** The channels of slot {@code index}, in the order of the catalog's rows. */
    public static List<SlotChannel> channels(Slot slot, int index) {
        List<SlotChannel> channels = new ArrayList<>();
        for (Part part : slot == Slot.CATEGORY ? CATEGORY_PARTS : SENSOR_PARTS) {
            channels.add(new SlotChannel(channel(slot, index, part.idSuffix()), part.typeId(), part.itemType(),
                    part.labelSuffix()));
        }
        return channels;
    }

    /** {@code <group>#<slot>-<index>-<part>}, e.g. {@code categories#category-1-power}. */
    static String channel(Slot slot, int index, String part) {
        return slot.group().id() + "#" + slot.prefix + "-" + index + "-" + part;
    }

    /** The channel id (without group) of {@code part} of slot {@code index}. */
    static String channelId(Slot slot, int index, String part) {
        return slot.prefix + "-" + index + "-" + part;
    }

    /**
     * The slot names in {@code value} (an array of texts), index by index; null where a slot has no name (JSON
     * null, blank text, no text). Anything that is no array names no slot. Never throws.
     */
    public static List<@Nullable String> names(JsonElement value) {
        List<@Nullable String> names = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonElement element : array) {
                String name = element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                        ? element.getAsString().strip()
                        : "";
                names.add(name.isEmpty() ? null : name);
            }
        }
        return names;
    }

    /** The label of {@code channel} of a slot named {@code name}: {@code Grid Power}. */
    public static String label(String name, SlotChannel channel) {
        return name + " " + channel.labelSuffix();
    }
}
