/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.control.CategoryPowers;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge's meeting point of controller things and the charger things that name one as their PV source: a
 * controller publishes each category reading as it arrives, the chargers that follow it hear it at once. No reading
 * is kept: one handed to a charger that starts later would look fresh although it is not. Either side may start
 * first. Thread-safe; listeners run on the publisher's thread and must not block.
 */
@NonNullByDefault
public final class ControllerReadings {

    private final Logger logger = LoggerFactory.getLogger(ControllerReadings.class);
    private final Map<ThingUID, List<Consumer<CategoryPowers>>> followers = new ConcurrentHashMap<>();

    /** {@code listener} hears every later reading of {@code controller}; the returned task stops that. */
    public Runnable follow(ThingUID controller, Consumer<CategoryPowers> listener) {
        followers.compute(controller, (c, list) -> {
            List<Consumer<CategoryPowers>> listeners = list == null ? new CopyOnWriteArrayList<>() : list;
            listeners.add(listener);
            return listeners;
        });
        return () -> followers.computeIfPresent(controller, (c, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** A new reading of {@code controller}. */
    public void publish(ThingUID controller, CategoryPowers powers) {
        for (Consumer<CategoryPowers> listener : followers.getOrDefault(controller, List.of())) {
            try {
                listener.accept(powers);
            } catch (RuntimeException e) {
                logger.debug("A follower of controller {} failed: {}", controller, e.toString());
            }
        }
    }

    /** Whether some charger follows {@code controller}. */
    public boolean isFollowed(ThingUID controller) {
        return followers.containsKey(controller);
    }
}
