/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;

/**
 * The demo's window on the bridge's connection: what the binding publishes is printed with secrets masked and
 * passed on unchanged.
 */
@NonNullByDefault
class ObservedTransportTest {

    private final List<String> lines = new ArrayList<>();
    private final FakeTransport fake = new FakeTransport();
    private final ObservedTransport observed = new ObservedTransport(fake, lines::add, (key, text) -> fail(key));

    @Test
    void aV1CommandIsPrintedWithTheValueOfASecretKeyMaskedAndSentAsItIs() throws Exception {
        fake.setLoopback(false);
        observed.start(new TransportListener() {
            @Override
            public void messageArrived(String topic, byte[] payload) {
                // nothing arrives: loopback is off
            }

            @Override
            public void connectionChanged(ConnectionEvent event) {
                // the fake connects at once
            }
        });

        observed.publish("/go-eCharger/000001/cmd/req", bytes("amx=10"));
        observed.publish("/go-eCharger/000001/cmd/req", bytes("wak=a-hotspot-key"));
        observed.publish("/go-eCharger/000001/cmd/req", bytes("mck=an-mqtt-key"));

        assertEquals(List.of("  mqtt -> /go-eCharger/000001/cmd/req amx=10",
                "  mqtt -> /go-eCharger/000001/cmd/req wak=***", "  mqtt -> /go-eCharger/000001/cmd/req mck=***"),
                lines);
        assertEquals(List.of("amx=10", "wak=a-hotspot-key", "mck=an-mqtt-key"),
                fake.publishedTo("/go-eCharger/000001/cmd/req"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
