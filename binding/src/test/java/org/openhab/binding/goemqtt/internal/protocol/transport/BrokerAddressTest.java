/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.transport;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broker URIs as users write them.
 */
@NonNullByDefault
class BrokerAddressTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "tcp://broker.local:1884, tcp://broker.local:1884", "mqtt://broker.local, tcp://broker.local:1883",
            "ssl://10.0.0.2:8884, ssl://10.0.0.2:8884", "mqtts://broker.local, ssl://broker.local:8883",
            "MQTTS://Broker.Local:9999/, ssl://Broker.Local:9999", "broker.local, tcp://broker.local:1883",
            "' 192.168.1.5:1885 ', tcp://192.168.1.5:1885", "tcp://[::1]:1883, tcp://[::1]:1883",
            "mqtts://[fe80::1], ssl://[fe80::1]:8883" })
    void parsesWhatUsersWriteIntoTheClientLibrarysForm(String written, String serverUri) {
        assertEquals(serverUri, BrokerAddress.parse(written).serverUri());
    }

    @Test
    void hostPortAndTlsFlagDefaultThePortByTheFlag() {
        assertEquals(new BrokerAddress("broker", 1883, false), BrokerAddress.of("broker", null, false));
        assertEquals(new BrokerAddress("broker", 8883, true), BrokerAddress.of("broker", null, true));
        assertEquals(new BrokerAddress("::1", 1999, true), BrokerAddress.of("[::1]", 1999, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "ws://broker| brokerUri: unsupported scheme 'ws'",
            "tcp://broker:http| brokerUri: port 'http' is not a number",
            "tcp://broker:0| port: must be between 1 and 65535, was 0", "tcp://:1883| brokerUri: no host given",
            "tcp://broker/path| brokerUri: must be scheme://host[:port]",
            "tcp://fe80::1:1883| brokerUri: write IPv6 addresses in brackets",
            "tcp://[::1| brokerUri: unclosed '['" })
    void refusesWhatCannotBeABrokerWithAMessageNamingTheParameter(String uri, String messageStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BrokerAddress.parse(uri));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }

    @Test
    void refusesCredentialsInTheUriWithoutRepeatingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BrokerAddress.parse("mqtt://user:S3cret-Word@broker"));
        assertFalse(e.getMessage().contains("S3cret-Word"), e.getMessage());
        assertTrue(e.getMessage().contains("use the username and password parameters"), e.getMessage());
    }
}
