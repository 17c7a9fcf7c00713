/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Identifies a channel: the thing's UID plus the channel id, written {@code group#channel} for grouped channels.
 */
@NonNullByDefault
public class ChannelUID extends UID {

    private static final String GROUP_SEPARATOR = "#";
    private static final Pattern LAST_SEGMENT = Pattern.compile("[\\w-]*|[\\w-]*#[\\w-]*");

    /**
     * @param channelUid the segments joined by {@code :}
     */
    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    /**
     * @param thingUID the thing
     * @param id the channel id (may contain the group as {@code group#id})
     */
    public ChannelUID(ThingUID thingUID, String id) {
        super(ChannelGroupUID.append(thingUID, id));
    }

    /**
     * @param channelGroupUID the group
     * @param id the channel id within the group
     */
    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        this(channelGroupUID.getThingUID(), channelGroupUID.getId(), id);
    }

    /**
     * @param thingUID the thing
     * @param groupId the group id
     * @param id the channel id within the group
     */
    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(ChannelGroupUID.append(thingUID, groupId + GROUP_SEPARATOR + id));
    }

    /**
     * @return the channel id including the group ({@code group#id})
     */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    /**
     * @return the channel id without the group
     */
    public String getIdWithoutGroup() {
        String id = getId();
        int hash = id.indexOf(GROUP_SEPARATOR);
        return hash < 0 ? id : id.substring(hash + 1);
    }

    /**
     * @return whether the channel is in a group
     */
    public boolean isInGroup() {
        return getId().contains(GROUP_SEPARATOR);
    }

    /**
     * @return the group id, or {@code null} when the channel is not in a group
     */
    public @Nullable String getGroupId() {
        String id = getId();
        int hash = id.indexOf(GROUP_SEPARATOR);
        return hash < 0 ? null : id.substring(0, hash);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!LAST_SEGMENT.matcher(segment).matches()) {
            throw new IllegalArgumentException("UID segment '" + segment
                    + "' contains invalid characters. The last segment of the channel UID must match the pattern '"
                    + LAST_SEGMENT + "'.");
        }
    }

    /**
     * @return the thing the channel belongs to
     */
    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1));
    }
}
