/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.artifact;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An OSGi version range ({@code [2.10,3)}, or a bare minimum {@code 2.10} meaning "2.10 or later"), enough to ask
 * whether a version is inside.
 */
@NonNullByDefault
record VersionRange(int[] low, boolean lowInclusive, int[] high, boolean highInclusive, boolean unbounded) {

    static VersionRange parse(String text) {
        String t = text.trim();
        if (t.startsWith("[") || t.startsWith("(")) {
            String[] ends = t.substring(1, t.length() - 1).split(",");
            if (ends.length != 2) {
                throw new IllegalArgumentException("not a version range: " + text);
            }
            return new VersionRange(version(ends[0]), t.startsWith("["), version(ends[1]), t.endsWith("]"), false);
        }
        return new VersionRange(version(t), true, new int[0], false, true);
    }

    boolean includes(String versionText) {
        int[] v = version(versionText);
        int lowCompare = compare(v, low);
        if (lowCompare < 0 || (lowCompare == 0 && !lowInclusive)) {
            return false;
        }
        if (unbounded) {
            return true;
        }
        int highCompare = compare(v, high);
        return highCompare < 0 || (highCompare == 0 && highInclusive);
    }

    private static int[] version(String text) {
        String[] parts = text.trim().split("\\.");
        int[] numbers = new int[3];
        for (int i = 0; i < Math.min(3, parts.length); i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
