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

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Polls a condition until it holds or a generous deadline passes: for tests against real brokers, where the
 * moment something happens is not under the test's control. Deadlines are limits, never measurements.
 */
@NonNullByDefault
public final class Await {

    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /**
     * Returns as soon as {@code condition} holds; fails with {@code description} (evaluated at the deadline)
     * otherwise.
     */
    public static void until(BooleanSupplier condition, Duration deadline, Supplier<String> description) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("Not within " + deadline.toSeconds() + " s: " + description.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + description.get(), e);
            }
        }
    }
}
