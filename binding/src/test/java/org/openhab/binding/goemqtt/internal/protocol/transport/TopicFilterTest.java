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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MQTT 3.1.1 topic filter rules (section 4.7).
 */
@NonNullByDefault
class TopicFilterTest {

    @ParameterizedTest
    @CsvSource({ "sport/tennis/player1/#, sport/tennis/player1", "sport/tennis/player1/#, sport/tennis/player1/ranking",
            "sport/tennis/player1/#, sport/tennis/player1/score/wimbledon", "sport/#, sport", "#, sport/tennis",
            "#, /go-eCharger/072246/amp", "sport/tennis/+, sport/tennis/player1", "sport/+, sport/",
            "+/+, /finance", "/+, /finance", "+/go-eCharger/+/fwv, /go-eCharger/072246/fwv",
            "/go-eCharger/+/fwv, /go-eCharger/072246/fwv", "/go-eCharger/072246/#, /go-eCharger/072246/fna/result",
            "$SYS/#, $SYS/broker/clients", "$SYS/+/clients, $SYS/broker/clients", "a/b, a/b", "+, a" })
    void matches(String filter, String topic) {
        assertTrue(TopicFilter.matches(filter, topic), filter + " should match " + topic);
    }

    @ParameterizedTest
    @CsvSource({ "sport/tennis/+, sport/tennis/player1/ranking", "sport/+, sport", "+, /finance",
            "/go-eCharger/+/fwv, go-eCharger/072246/fwv", "go-eCharger/+/fwv, /go-eCharger/072246/fwv",
            "/go-eCharger/072246/#, /go-eCharger/0722460/amp", "#, $SYS/broker", "+/broker, $SYS/broker",
            "+, $SYS", "a/b, a/b/c", "a/b/c, a/b", "a/b, A/b", "/go-eCharger/+/fwv, /go-eCharger/072246/fwv/set" })
    void doesNotMatch(String filter, String topic) {
        assertFalse(TopicFilter.matches(filter, topic), filter + " should not match " + topic);
    }

    @Test
    void aTopicStartingWithASlashHasAnEmptyFirstLevel() {
        assertTrue(TopicFilter.matches("+/go-eCharger/#", "/go-eCharger/072246/amp"));
        assertFalse(TopicFilter.matches("go-eCharger/#", "/go-eCharger/072246/amp"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "sport/tennis#", "sport/tennis/#/ranking", "sport+", "sport/+tennis", "##",
            "a/\u0000" })
    void invalidFiltersAreRefused(String filter) {
        assertThrows(IllegalArgumentException.class, () -> TopicFilter.of(filter));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a/+", "a/#", "a\u0000b" })
    void invalidTopicNamesMatchNothing(String topic) {
        assertFalse(TopicFilter.isValidTopic(topic));
        assertFalse(TopicFilter.matches("#", topic));
    }

    @Test
    void refusalsNameTheBrokenRule() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicFilter.of("a/#/b")).getMessage()
                .contains("last"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicFilter.of("a/b+")).getMessage()
                .contains("whole level"));
    }
}
