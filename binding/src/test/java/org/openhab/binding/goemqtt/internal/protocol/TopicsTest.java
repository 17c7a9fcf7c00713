/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The topic grammar: serials, keys and base topics, formatting and parsing, and what is refused.
 */
@NonNullByDefault
class TopicsTest {

    private static final BaseTopic FIELD = BaseTopic.of("/go-eCharger/072246/");

    @Test
    void serialKeepsItsLeadingZeros() {
        assertEquals("072246", ChargerSerial.of("072246").value());
        assertEquals("000001", ChargerSerial.of("000001").toString());
        assertNotEquals(ChargerSerial.of("072246"), ChargerSerial.of("72246"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "07+246", "#", "07/2246", "07\u00002246", "07\n2246" })
    void serialRefusesWhatCannotBeOneTopicLevel(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChargerSerial.of(text));
        assertTrue(e.getMessage().startsWith("serial "), e.getMessage());
        assertFalse(ChargerSerial.isValid(text));
    }

    @Test
    void serialRefusalsSayWhatIsWrong() {
        assertEquals("serial is empty", message(() -> ChargerSerial.of("")));
        assertTrue(message(() -> ChargerSerial.of("a+b")).contains("wildcard"));
        assertTrue(message(() -> ChargerSerial.of("a/b")).contains("'/'"));
        assertTrue(message(() -> ChargerSerial.of("a\u0000b")).contains("NUL"));
        assertTrue(message(() -> ChargerSerial.of("a\u0000b")).contains("\\u0000"), "NUL shown printable");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a/b", "+", "amp#", "a\u0000" })
    void keyRefusesWhatCannotBeOneTopicLevel(String key) {
        assertFalse(KeyNames.isValid(key));
        assertThrows(IllegalArgumentException.class, () -> KeyNames.requireValid(key));
        assertThrows(IllegalArgumentException.class, () -> FIELD.keyTopic(key));
    }

    @Test
    void baseTopicIsNormalisedToEndWithASlashAndKeepsALeadingOne() {
        assertEquals("/go-eCharger/072246/", BaseTopic.of("/go-eCharger/072246").value());
        assertEquals("go-eCharger/072246/", BaseTopic.of("go-eCharger/072246/").value());
        assertEquals(BaseTopic.of("home/wallbox"), BaseTopic.of("home/wallbox/"));
    }

    @Test
    void baseTopicFormatsValueSetAndResultTopics() {
        assertEquals("/go-eCharger/072246/amp", FIELD.keyTopic("amp"));
        assertEquals("/go-eCharger/072246/frc/set", FIELD.setTopic("frc"));
        assertEquals("/go-eCharger/072246/frc/result", FIELD.resultTopic("frc"));
        assertEquals("/go-eCharger/072246/#", FIELD.subscriptionFilter());
        assertEquals("/go-eCharger/072246/fna/result", FIELD.topic(ParsedTopic.result("fna")));
    }

    @Test
    void aCustomPrefixReplacesTheWholeBaseSerialIncluded() {
        BaseTopic custom = BaseTopic.of("home/garage/wallbox");
        assertEquals("home/garage/wallbox/amp/set", custom.setTopic("amp"));
        assertEquals(Optional.of(ParsedTopic.value("amp")), custom.parse("home/garage/wallbox/amp"));
    }

    @Test
    void forSerialPutsTheSerialBelowADiscoveryBase() {
        ChargerSerial serial = ChargerSerial.of("072246");
        assertEquals(FIELD, BaseTopic.forSerial("/go-eCharger/", serial));
        assertEquals(BaseTopic.of("go-eCharger/072246/"), BaseTopic.forSerial("go-eCharger", serial));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  ", "/", "//", "a//b", "//a", "a//", "go-eCharger/+/", "go-eCharger/#",
            "go-e\u0000Charger", "$SYS/broker" })
    void baseTopicRefusesInvalidText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BaseTopic.of(text));
        assertTrue(e.getMessage().startsWith("base topic"), e.getMessage());
    }

    @Test
    void baseTopicRefusalsSayWhatIsWrong() {
        assertTrue(message(() -> BaseTopic.of("a//b")).contains("empty topic level"));
        assertTrue(message(() -> BaseTopic.of("a/+/b")).contains("wildcard"));
        assertEquals("base topic is empty", message(() -> BaseTopic.of("")));
    }

    @Test
    void parseRecognisesTheThreeTopicsOfAKey() {
        assertEquals(Optional.of(ParsedTopic.value("nrg")), FIELD.parse("/go-eCharger/072246/nrg"));
        assertEquals(Optional.of(ParsedTopic.set("fna")), FIELD.parse("/go-eCharger/072246/fna/set"));
        assertEquals(Optional.of(ParsedTopic.result("fna")), FIELD.parse("/go-eCharger/072246/fna/result"));
        assertEquals(Optional.of(ParsedTopic.value("modelStatus")), FIELD.parse("/go-eCharger/072246/modelStatus"));
    }

    @Test
    void parseOfATopicWithoutTheLeadingSlashIsEmptyForTheFieldBase() {
        // the fifth line of set-result-fna.txt: same charger, yet another base
        assertEquals(Optional.empty(), FIELD.parse("go-eCharger/072246/fna/set"));
        assertEquals(Optional.of(ParsedTopic.set("fna")),
                BaseTopic.of("go-eCharger/072246/").parse("go-eCharger/072246/fna/set"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/go-eCharger/072247/amp", "/go-eCharger/0722460/amp", "/go-eCharger/072246/",
            "/go-eCharger/072246", "/go-eCharger/072246/amp/get", "/go-eCharger/072246/amp/set/x",
            "/go-eCharger/072246//set", "/go-eCharger/072246/amp/", "/go-eCharger/072246/a/b/c" })
    void parseIsEmptyForTopicsThatAreNotAKeyOfThisBase(String topic) {
        assertEquals(Optional.empty(), FIELD.parse(topic));
    }

    @Test
    void parsedTopicReadsLikeTheTopicTail() {
        assertEquals("fna/result", ParsedTopic.result("fna").toString());
        assertEquals("amp", ParsedTopic.value("amp").toString());
    }

    @Test
    void discoveryBasesDefaultToBothFormsSeenInTheField() {
        assertEquals(List.of(DiscoveryBase.of("/go-eCharger/"), DiscoveryBase.of("go-eCharger/")),
                DiscoveryBase.defaults());
    }

    @Test
    void discoveryListensToTheRetainedIdentityKeysOfEveryCharger() {
        assertEquals(List.of("/go-eCharger/+/fwv", "/go-eCharger/+/typ", "/go-eCharger/+/var"),
                DiscoveryBase.of("/go-eCharger").subscriptionFilters());
    }

    @Test
    void discoveryTakesSerialAndKeyFromAValueTopic() {
        DiscoveredTopic found = DiscoveryBase.of("/go-eCharger/").parse("/go-eCharger/072246/fwv").orElseThrow();
        assertEquals(ChargerSerial.of("072246"), found.serial());
        assertEquals(FIELD, found.base());
        assertEquals("fwv", found.key());
    }

    @ParameterizedTest
    @ValueSource(strings = { "go-eCharger/072246/fwv", "/go-eCharger/072246/fna/set", "/go-eCharger/072246",
            "/go-eCharger/072246/", "/go-eCharger//fwv", "/go-eChargerX/072246/fwv" })
    void discoveryIgnoresTopicsThatAreNotAValueBelowItsBase(String topic) {
        assertEquals(Optional.empty(), DiscoveryBase.of("/go-eCharger/").parse(topic));
    }

    @Test
    void userAddedDiscoveryBasesAreValidatedLikeBaseTopics() {
        assertEquals("home/chargers/", DiscoveryBase.of("home/chargers").value());
        assertTrue(message(() -> DiscoveryBase.of("home/+")).startsWith("discovery base"));
        assertThrows(IllegalArgumentException.class, () -> DiscoveryBase.of("home//chargers"));
        assertThrows(IllegalArgumentException.class, () -> DiscoveryBase.of(""));
    }

    private static String message(Runnable action) {
        return String.valueOf(assertThrows(IllegalArgumentException.class, action::run).getMessage());
    }
}
