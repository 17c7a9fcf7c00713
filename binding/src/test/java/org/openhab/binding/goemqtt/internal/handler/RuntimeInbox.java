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

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.runtime.OsgiFramework;
import org.openhab.binding.goemqtt.runtime.ThingRuntime;
import org.openhab.binding.goemqtt.runtime.ThingRuntime.Call;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Thing;

/**
 * The inbox of the runtime tests: a discovery listener bound to the framework's discovery services as openHAB's
 * discovery registry binds itself; it hears {@code thingDiscovered} only. And the look-ups of the thing manager
 * double's call record.
 */
@NonNullByDefault
final class RuntimeInbox {

    final List<DiscoveryResult> discovered = new CopyOnWriteArrayList<>();
    private final DiscoveryListener listener = (DiscoveryListener) Proxy.newProxyInstance(
            RuntimeInbox.class.getClassLoader(), new Class<?>[] { DiscoveryListener.class }, (proxy, method, args) -> {
                if ("thingDiscovered".equals(method.getName())) {
                    discovered.add((DiscoveryResult) args[1]);
                }
                return "hashCode".equals(method.getName()) ? System.identityHashCode(proxy)
                        : "equals".equals(method.getName()) ? proxy == args[0] : null;
            });

    RuntimeInbox(OsgiFramework framework) {
        framework.addReference(DiscoveryService.class, service -> service.addDiscoveryListener(listener),
                service -> service.removeDiscoveryListener(listener));
    }

    static @Nullable Call call(ThingRuntime runtime, String what, Thing thing) {
        return runtime.calls().stream().filter(c -> c.what().equals(what) && c.thing().equals(thing.getUID()))
                .findFirst().orElse(null);
    }

    static int index(List<Call> calls, String what, Thing thing) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).what().equals(what) && calls.get(i).thing().equals(thing.getUID())) {
                return i;
            }
        }
        throw new AssertionError("no " + what + " of " + thing.getUID() + " in " + calls);
    }
}
