/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.runtime;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openHAB's safe caller as the thing manager uses it ({@code SafeCaller.create(target, type).build()}, synchronous):
 * the call runs on a thread of the {@code safeCall} pool ({@code OH-safeCall-<n>}) while the caller waits at most
 * the timeout. When the call takes longer, the timeout handler runs and the caller goes on; the call itself goes on in
 * the background. A call made from a thread that is already in a safe call runs directly on it. An exception of the
 * target is logged and handed to the exception handler; the caller sees none.
 */
@NonNullByDefault
final class SafeCalls implements AutoCloseable {

    /** The name of openHAB's pool, its threads {@code OH-safeCall-<n>}. */
    static final String POOL_NAME = "safeCall";

    private static final int POOL_SIZE = 5;

    private final Logger logger = LoggerFactory.getLogger(SafeCalls.class);
    private final ThreadLocal<Boolean> inCall = ThreadLocal.withInitial(() -> false);
    private final ExecutorService pool;

    SafeCalls() {
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(POOL_SIZE, runnable -> {
            Thread thread = new Thread(runnable, "OH-" + POOL_NAME + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param what how openHAB names the call in its log ({@code ThingHandler.initialize()})
     * @param target what the call is made on, for the log
     * @param call the call
     * @param timeout how long the caller waits
     * @param onTimeout runs on the caller's thread when the call takes longer
     * @param onException gets what the call threw
     */
    void call(String what, Object target, Runnable call, Duration timeout, @Nullable Runnable onTimeout,
            @Nullable Consumer<Throwable> onException) {
        Runnable guarded = () -> {
            try {
                call.run();
            } catch (RuntimeException | Error e) {
                logger.error("An error occurred while calling method '{}' on '{}': {}", what, target, e.getMessage(),
                        e);
                if (onException != null) {
                    onException.accept(e);
                }
            }
        };
        if (inCall.get()) {
            guarded.run();
            return;
        }
        Future<?> future;
        try {
            future = pool.submit(() -> {
                inCall.set(true);
                try {
                    guarded.run();
                } finally {
                    inCall.set(false);
                }
            });
        } catch (RuntimeException e) {
            logger.warn("The safe-call pool is closed; '{}' on '{}' not called", what, target);
            return;
        }
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            logger.debug("Timeout of {}ms exceeded while calling '{}' on '{}'", timeout.toMillis(), what, target);
            if (onTimeout != null) {
                onTimeout.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the guarded call catches what the target throws
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
