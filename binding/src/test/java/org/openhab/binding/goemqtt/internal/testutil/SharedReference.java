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

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Finds the shared reference folder (openHAB XSDs, go-e documents) that lives next to the repository and is never
 * copied into it. Order: env {@code GOEMQTT_SHARED_DIR}, system property {@code goemqtt.shared.dir} (set by the
 * build to {@code <repo>/../shared}). Tests that need it skip with a message when it is missing, unless
 * {@code GOEMQTT_REQUIRE_SHARED=true} (env or system property), as in CI: then they fail.
 */
@NonNullByDefault
public final class SharedReference {

    private SharedReference() {
    }

    /** The shared folder, or the test is skipped (or failed when required) with a clear message. */
    public static Path folder() {
        Path found = locate();
        String message = "shared reference folder not found (set GOEMQTT_SHARED_DIR or -Dgoemqtt.shared.dir; "
                + "looked at " + candidateText() + ")";
        if (found == null) {
            if (required()) {
                fail(message + " and GOEMQTT_REQUIRE_SHARED=true");
            }
            assumeTrue(false, message + ": skipped");
        }
        return found;
    }

    /** A path inside the shared folder that must exist (skips or fails like {@link #folder()}). */
    public static Path resolve(String relative) {
        Path path = folder().resolve(relative);
        if (!Files.exists(path)) {
            fail("shared reference folder lacks " + relative + " (at " + path + ")");
        }
        return path;
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("GOEMQTT_REQUIRE_SHARED"))
                || Boolean.getBoolean("goemqtt.require.shared");
    }

    private static @Nullable Path locate() {
        for (String candidate : candidates()) {
            if (candidate != null && !candidate.isBlank()) {
                Path path = Path.of(candidate).toAbsolutePath().normalize();
                if (Files.isDirectory(path.resolve("reference"))) {
                    return path;
                }
            }
        }
        return null;
    }

    private static @Nullable String[] candidates() {
        return new @Nullable String[] { System.getenv("GOEMQTT_SHARED_DIR"), System.getProperty("goemqtt.shared.dir") };
    }

    private static String candidateText() {
        StringBuilder text = new StringBuilder();
        for (String candidate : candidates()) {
            if (candidate != null) {
                text.append(text.length() == 0 ? "" : ", ").append(candidate);
            }
        }
        return text.length() == 0 ? "nothing configured" : text.toString();
    }
}
