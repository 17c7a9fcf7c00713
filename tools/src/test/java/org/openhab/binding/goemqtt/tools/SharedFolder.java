/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Assumptions;

/** Where the tools' tests find the shared reference material and captures. */
@NonNullByDefault
public final class SharedFolder {

    private SharedFolder() {
    }

    /**
     * The shared folder next to the repository (env {@code GOEMQTT_SHARED_DIR}, else system property
     * {@code goemqtt.shared.dir} set by the build); the test is skipped when it is missing, or fails when
     * {@code GOEMQTT_REQUIRE_SHARED=true} (env, or system property {@code goemqtt.require.shared}).
     */
    public static Path path() {
        for (String candidate : new String[] { System.getenv("GOEMQTT_SHARED_DIR"),
                System.getProperty("goemqtt.shared.dir") }) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "captures"))) {
                return Path.of(candidate);
            }
        }
        String message = "shared folder with captures not found (set GOEMQTT_SHARED_DIR or -Dgoemqtt.shared.dir)";
        if ("true".equalsIgnoreCase(System.getenv("GOEMQTT_REQUIRE_SHARED"))
                || Boolean.getBoolean("goemqtt.require.shared")) {
            fail(message);
        }
        Assumptions.abort(message + ": skipped");
        throw new AssertionError(message);
    }
}
