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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;

/**
 * Every status description of the bridge and charger handlers has an English and a German text, and its arguments
 * reach the user whole, as openHAB parses and formats them.
 */
@NonNullByDefault
class StatusTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern HANDLER_KEY = Pattern.compile("(offline|online|unknown)\\..*");

    @Test
    void everyDescriptionReadsCompleteInEnglishAndGerman() {
        List<String> table = new ArrayList<>();
        for (String description : examples()) {
            String english = RenderedStatus.english(description);
            String german = RenderedStatus.german(description);
            assertFalse(PLACEHOLDER.matcher(english).find(), english);
            assertFalse(PLACEHOLDER.matcher(german).find(), german);
            assertNotEquals(english, german, "not translated: " + description);
            table.add(description.split(" ", 2)[0] + "\n  en: " + english + "\n  de: " + german);
        }
        System.out.println("Status texts of the handlers:\n" + String.join("\n", table));
    }

    @Test
    void bothLanguagesHoldTheSameHandlerTexts() {
        assertEquals(handlerKeys(RenderedStatus.texts("goemqtt.properties")),
                handlerKeys(RenderedStatus.texts("goemqtt_de.properties")));
    }

    @Test
    void noTemplateHoldsAnApostropheThatFormattingWouldSwallow() {
        for (String file : List.of("goemqtt.properties", "goemqtt_de.properties")) {
            Properties texts = RenderedStatus.texts(file);
            for (String key : handlerKeys(texts)) {
                assertFalse(texts.getProperty(key).contains("'"), file + ": " + key);
            }
        }
    }

    @Test
    void argumentsKeepTheirPlaceAndTextThroughOpenhabsParsing() {
        String description = StatusText.of("online.command-rejected", "ids", "{\"pGrid\":-1200,\"pPv\":3500}",
                "array [1, 2] expected");
        assertArrayEquals(new String[] { "ids", "{ʺpGridʺ:-1200‚ʺpPvʺ:3500}", "array ［1‚ 2］ expected" },
                RenderedStatus.arguments(description));
        assertArrayEquals(new String[] { "a", "-", "c" },
                RenderedStatus.arguments(StatusText.of("online.command-not-sent", "a", " ", "c")));
    }

    @Test
    void aVeryLongArgumentIsShortened() {
        String argument = StatusText.argument("x".repeat(500));
        assertEquals(StatusText.MAX_ARGUMENT + 1, argument.length());
        assertTrue(argument.endsWith("…"));
    }

    @Test
    void theRealRejectionTextReadsAsTheChargerWroteIt() {
        CommandOutcome outcome = outcome("fna", "\"go\"", CommandStatus.REJECTED,
                "String length  2 exceeds range 4 to 64 \"go\"");
        assertEquals("fna=ʺgoʺ rejected: String length  2 exceeds range 4 to 64 ʺgoʺ",
                RenderedStatus.english(ChargerStatusTexts.rejected(outcome)));
        assertEquals("fna=ʺgoʺ abgelehnt: String length  2 exceeds range 4 to 64 ʺgoʺ",
                RenderedStatus.german(ChargerStatusTexts.rejected(outcome)));
    }

    /** One example of every description the handlers set. */
    static List<String> examples() {
        List<String> all = new ArrayList<>();
        all.add(BrokerStatusTexts.connecting("tcp://broker.local:1883"));
        all.add(BrokerStatusTexts.missingHost());
        all.add(BrokerStatusTexts.invalidUri("broker.example:abc", "port 'abc' is not a number"));
        all.add(BrokerStatusTexts.invalidDiscoveryBase("chargers/+/", "discovery base 'chargers/+/' contains an MQTT "
                + "wildcard ('+' or '#')"));
        all.add(BrokerStatusTexts.invalidParameter("keepAlive: must be between 0 s and 65535 s, was 70000 s"));
        all.add(BrokerStatusTexts.invalidParameter("caCertificate file cannot be read"));
        String[] details = { "", "the broker refused the user name or password",
                "the broker refused the client: not authorised", "certificate of broker.local not trusted",
                "certificate is for mqtt.example.com, not 192.168.1.5", "TLS handshake failed: Received fatal alert",
                "connection refused by broker.local:1883", "Connection lost", "clientKey: not a PEM private key",
                "MQTT client failure" };
        for (FailureReason reason : FailureReason.values()) {
            if (reason != FailureReason.NONE) {
                all.add(BrokerStatusTexts.connectionFailed(reason, details[reason.ordinal()]));
            }
        }
        all.add(ChargerStatusTexts.missingSerial());
        all.add(ChargerStatusTexts.serialWithoutZeros("72246", "072246"));
        all.add(ChargerStatusTexts.invalidParameter("serial", "serial '07+246' contains an MQTT wildcard"));
        all.add(ChargerStatusTexts.noBridge());
        all.add(ChargerStatusTexts.waitingForData("/go-eCharger/072246/"));
        all.add(ChargerStatusTexts.silent(30));
        all.add(ChargerStatusTexts.rejected(outcome("amp", "40", CommandStatus.REJECTED, "value out of range")));
        all.add(ChargerStatusTexts.writesNotAllowed(outcome("amp", "10", CommandStatus.TIMEOUT, "no answer")));
        all.add(ChargerStatusTexts.unconfirmed(outcome("amp", "10", CommandStatus.UNCONFIRMED, "no echo"), "040.0"));
        all.add(ChargerStatusTexts.notSentBridgeOffline("amp", "10"));
        all.add(ChargerStatusTexts.notSent(outcome("amp", "10", CommandStatus.NOT_SENT,
                "64 messages still wait for the acknowledgement of the broker")));
        all.add(ChargerStatusTexts.refused("status#car-state", "status#car-state is read only"));
        return all;
    }

    private static Set<String> handlerKeys(Properties texts) {
        Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
        keys.removeIf(key -> !HANDLER_KEY.matcher(key).matches());
        return keys;
    }

    private static CommandOutcome outcome(String key, String payload, CommandStatus status, String detail) {
        Instant now = Instant.parse("2026-01-15T10:00:00Z");
        return new CommandOutcome(key, payload, status, detail, now, now);
    }
}
