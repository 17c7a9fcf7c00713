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

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.ComponentContext;

/**
 * The framework double binds a component's dynamic, multiple reference as SCR does.
 */
@NonNullByDefault
class ServiceReferenceTest {

    private final OsgiFramework framework = new OsgiFramework();
    private final List<String> events = new ArrayList<>();

    /** A component with an activate method. */
    public static class Component implements Runnable {
        final List<String> events;

        Component(List<String> events) {
            this.events = events;
        }

        protected void activate(ComponentContext context) {
            events.add("activate");
        }

        protected void deactivate(ComponentContext context) {
            events.add("deactivate");
        }

        @Override
        public void run() {
        }
    }

    @Test
    void aReferenceBindsWhatIsThereAndWhatComesAndUnbindsWhatGoesWhileItIsStillRegistered() throws Exception {
        Runnable first = () -> {
        };
        framework.bundleContext().registerService(Runnable.class.getName(), first, null);
        AutoCloseable reference = framework.addReference(Runnable.class, service -> events.add("bind"),
                service -> events.add("unbind " + framework.services(Runnable.class).contains(service)));
        ServiceRecord second = (ServiceRecord) framework.bundleContext().registerService(Runnable.class.getName(),
                (Runnable) () -> {
                }, null);
        second.unregister();

        assertEquals(List.of("bind", "bind", "unbind true"), events);
        reference.close();
        framework.bundleContext().registerService(Runnable.class.getName(), first, null);
        assertEquals(3, events.size(), "a closed reference hears nothing");
    }

    @Test
    void aFailingBindMethodIsRecordedAndTheServiceStaysRegistered() {
        framework.addReference(Runnable.class, service -> {
            throw new IllegalStateException("bind failed");
        }, service -> {
        });

        framework.bundleContext().registerService(Runnable.class.getName(), (Runnable) () -> {
        }, null);

        assertEquals(1, framework.services(Runnable.class).size());
        assertEquals("bind failed", framework.referenceFailures().get(0).getMessage());
    }

    @Test
    void aComponentIsActivatedBeforeItsServiceRegistersAndDeactivatedAfterItGoes() {
        Component component = new Component(events);
        framework.addReference(Runnable.class, service -> events.add("bind"), service -> events.add("unbind"));

        ServiceRecord registration = framework.startComponent(component, Runnable.class);
        framework.stopComponent(component, registration);

        assertEquals(List.of("activate", "bind", "unbind", "deactivate"), events);
    }
}
