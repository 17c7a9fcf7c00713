/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An identifier made of segments joined by {@code :}. Each segment consists of letters, digits, {@code _} and
 * {@code -}; the last segment must not be blank.
 */
@NonNullByDefault
public abstract class AbstractUID {

    private static final Pattern SEGMENT = Pattern.compile("[\\w-]*");
    private static final String SEPARATOR_TEXT = ":";

    private final List<String> segments;

    /**
     * @param uid the segments joined by {@code :}
     */
    protected AbstractUID(String uid) {
        this(Arrays.asList(uid.split(SEPARATOR_TEXT, -1)));
    }

    /**
     * @param segments the segments
     */
    protected AbstractUID(String... segments) {
        this(Arrays.asList(segments));
    }

    /**
     * @param segments the segments
     * @throws IllegalArgumentException when there are too few segments or a segment is not valid
     */
    protected AbstractUID(List<String> segments) {
        int count = segments.size();
        if (count < getMinimalNumberOfSegments()) {
            throw new IllegalArgumentException(
                    "UID must have at least " + getMinimalNumberOfSegments() + " segments: " + segments);
        }
        for (int i = 0; i < count; i++) {
            validateSegment(segments.get(i), i, count);
        }
        if (segments.get(count - 1).isBlank()) {
            throw new IllegalArgumentException("Last segment must not be blank: " + segments);
        }
        this.segments = List.copyOf(segments);
    }

    /**
     * @return how many segments this kind of identifier needs at least
     */
    protected abstract int getMinimalNumberOfSegments();

    /**
     * @return all segments
     */
    protected List<String> getAllSegments() {
        return segments;
    }

    /**
     * @param segment the index
     * @return the segment at the index
     */
    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /**
     * Checks one segment.
     *
     * @param segment the segment text
     * @param index its position
     * @param length the number of segments
     * @throws IllegalArgumentException when the segment has characters that are not allowed
     */
    protected void validateSegment(String segment, int index, int length) {
        if (!SEGMENT.matcher(segment).matches()) {
            throw new IllegalArgumentException("ID segment '" + segment
                    + "' contains invalid characters. Each segment of the ID must match the pattern " + SEGMENT);
        }
    }

    /**
     * @return the segments joined by {@code :}
     */
    public String getAsString() {
        return String.join(SEPARATOR_TEXT, segments);
    }

    @Override
    public String toString() {
        return getAsString();
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return this == obj || (obj != null && obj.getClass() == getClass()
                && segments.equals(((AbstractUID) obj).segments));
    }
}
