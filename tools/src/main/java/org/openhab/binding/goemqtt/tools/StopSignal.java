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

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * When a long-running command should stop: Ctrl-C (a shutdown hook that waits until the command has cleaned up),
 * a call of {@link #stop()}, or the end of a wait. {@link #close()} removes the hook.
 */
@NonNullByDefault
public final class StopSignal implements AutoCloseable {

    private static final long CLEAN_UP_SECONDS = 10;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;

    private StopSignal(String name) {
        hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                cleanedUp.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-shutdown");
    }

    /** A signal that Ctrl-C (or any JVM shutdown) triggers. */
    public static StopSignal onShutdown(String name) {
        StopSignal signal = new StopSignal(name);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /** Asks the waiting command to stop. */
    public void stop() {
        stopRequested.countDown();
    }

    /** Whether a stop was asked for. */
    public boolean isStopped() {
        return stopRequested.getCount() == 0;
    }

    /** Waits until a stop is asked for or {@code timeout} passed (zero or negative: no limit); true when stopped. */
    public boolean await(Duration timeout) throws InterruptedException {
        if (timeout.isZero() || timeout.isNegative()) {
            stopRequested.await();
            return true;
        }
        return stopRequested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The command has cleaned up: lets a running shutdown hook end, or removes the hook. */
    @Override
    public void close() {
        cleanedUp.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running and has just been released
        }
    }
}
