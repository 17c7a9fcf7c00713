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

import java.util.regex.Pattern;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One row of the catalog: an API key (or one element or field of it), the channel it feeds and how.
 *
 * @param key the API key, e.g. {@code nrg}
 * @param selector the part of the value this row reads
 * @param group the channel group; null for keys known on purpose and never shown
 * @param channel the channel id within the group (lower-case-hyphen); empty when {@code group} is null
 * @param itemType the item type of the channel, e.g. {@code Number:Power}
 * @param access what the binding does with the key
 * @param advanced whether the channel type is advanced
 * @param codec JSON ↔ state, with the source unit or code list
 */
@NonNullByDefault
public record KeyRow(String key, Selector selector, @Nullable ChannelGroup group, String channel, String itemType,
        Access access, boolean advanced, Codec codec) {

    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public KeyRow {
        if (group != null && !CHANNEL_ID.matcher(channel).matches()) {
            throw new IllegalArgumentException(
                    "row " + key + ": channel id '" + channel + "' is not lower-case-hyphen");
        }
        if (access.writable() && !selector.equals(Selector.WHOLE)) {
            throw new IllegalArgumentException("row " + key + ": only whole values can be written, not "
                    + selector.describe(key));
        }
    }

    /** A key the catalog knows on purpose but never shows (a credential the charger publishes). */
    public static KeyRow hidden(String key) {
        return new KeyRow(key, Selector.WHOLE, null, "", "", Access.R, true, Codecs.hidden());
    }

    /** {@code <group>#<channel>}; empty for hidden rows. */
    public String channelUid() {
        ChannelGroup g = group;
        return g == null ? "" : g.id() + "#" + channel;
    }

    /** Whether values of this row reach a channel. */
    public boolean shown() {
        return group != null && access.readable() && codec.shown();
    }

    /** The part of the key this row reads, e.g. {@code nrg[11]}. */
    public String path() {
        return selector.describe(key);
    }

    public @Nullable Unit<?> unit() {
        return codec.unit();
    }

    public @Nullable CodeList codes() {
        return codec.codes();
    }
}
