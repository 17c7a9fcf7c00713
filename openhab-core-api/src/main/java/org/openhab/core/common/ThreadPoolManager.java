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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Named, shared thread pools. Outside openHAB this gives each name one small scheduled pool of daemon threads.
 */
@NonNullByDefault
public class ThreadPoolManager {

    private static final int POOL_SIZE = 5;
    private static final Map<String, ScheduledExecutorService> POOLS = new ConcurrentHashMap<>();

    /**
     * @param poolName the pool name, e.g. {@code thingHandler}
     * @return the scheduled pool of that name, created on first use
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        return POOLS.computeIfAbsent(poolName, ThreadPoolManager::newPool);
    }

    private static ScheduledExecutorService newPool(String poolName) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "OH-" + poolName + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(POOL_SIZE, factory);
        pool.setKeepAliveTime(65, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }
}
