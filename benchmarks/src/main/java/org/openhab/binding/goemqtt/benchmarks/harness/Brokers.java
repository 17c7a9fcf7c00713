/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.benchmarks.harness;

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** The brokers a figure runs against, in order: the embedded one, then Mosquitto where it is installed. */
@NonNullByDefault
public enum Brokers {
    EMBEDDED,
    MOSQUITTO;

    /**
     * Starts this broker; null (with a line in the report saying so) when it cannot run here.
     *
     * @throws IOException when the broker is there but does not start
     */
    public @Nullable TestBroker start(Report report, String figure) throws IOException {
        if (this == EMBEDDED) {
            return EmbeddedTestBroker.start();
        }
        if (!MosquittoBroker.available()) {
            String message = figure + ": Mosquitto variant skipped, " + MosquittoBroker.BINARY + " is not installed";
            System.out.println(message);
            report.note(message);
            return null;
        }
        return MosquittoBroker.start();
    }
}
