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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.PvFeedStatus;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.testutil.CaptureFile;

/**
 * Every status description of the bridge and charger handlers is a {@code @text/} key openHAB parses, with an
 * English and a German text and one argument per placeholder, and its arguments (a charger's error text, a JSON
 * payload) reach the user whole and in their place, as openHAB parses and formats them ({@link RenderedStatus}).
 */
@NonNullByDefault
class StatusTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern HANDLER_KEY = Pattern.compile("(offline|online|unknown)\\..*|status\\.pv-feed-.*");
    /** A key as a description holds it: no white space (openHAB's key ends at the first), no quote or comma. */
    private static final Pattern KEY = Pattern.compile("@text/[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:offline|online|unknown)\\.[a-z0-9.-]+)\"");
    private static final Path MAIN = Path.of("src/main/java/org/openhab/binding/goemqtt/internal");

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
    void theParserInTheTestReadsDescriptionsAsOpenhabDoes() {
        Properties texts = new Properties();
        texts.setProperty("rate_limit", "Device is blocked by remote service for {0} minutes. Maximum limit of {1} "
                + "configuration changes per {2} has been exceeded.");
        texts.setProperty("hour", "hour");
        texts.setProperty("t", "<{0}|{1}>");
        texts.setProperty("apostrophe", "{0} isn't set");
        // the example of openHAB's own documentation of the service, arguments translated too
        String documented = "@text/rate_limit [\"60\", \"10\", \"@text/hour\"]";
        assertEquals("Device is blocked by remote service for 60 minutes. Maximum limit of 10 configuration changes "
                + "per hour has been exceeded.", RenderedStatus.show(documented, texts));
        assertEquals(List.of("a", "b", "c"), RenderedStatus.parse("@text/t [ \"a, b\", \"c\" ]").arguments(),
                "a comma splits, inside quotes too");
        assertEquals(List.of("say \\hi\\"), RenderedStatus.parse("@text/t [ \"say \\\"hi\\\"\" ]").arguments(),
                "quotes are deleted, a backslash does not escape");
        assertEquals(List.of("x", "y"), RenderedStatus.parse("@text/t [\"[x]\",\"y\"]").arguments());
        assertEquals("<b|{1}>", RenderedStatus.show("@text/t [ \"\", \" b \" ]", texts),
                "an empty argument is dropped and the next one moves up; the ends are trimmed");
        assertEquals("<a|\u00A0>", RenderedStatus.show("@text/t\t[ \"a\", \"\u00A0\" ]", texts),
                "the key ends at a tab; a no-break space is not trimmed");
        assertEquals("<@text/unknown|{x}>", RenderedStatus.show("@text/t [ \"@text/unknown\", \"{x}\" ]", texts),
                "an unknown @text/ argument stays, braces in an argument are text");
        assertEquals("{0} isnt set", RenderedStatus.show("@text/apostrophe", texts), "formatted without arguments");
        assertEquals("@text/missing", RenderedStatus.show("@text/missing [ \"a\" ]", texts), "an unknown key");
        assertEquals("plain [\"text\"]", RenderedStatus.show("plain [\"text\"]", texts), "not a key: as it is");
        assertNull(RenderedStatus.parse("@text/t").arguments());
    }

    @Test
    void everyDescriptionIsAKeyOfBothFilesWithOneArgumentPerPlaceholder() {
        Properties english = RenderedStatus.texts("goemqtt.properties");
        Properties german = RenderedStatus.texts("goemqtt_de.properties");
        for (String description : examples()) {
            String key = RenderedStatus.parse(description).key();
            assertTrue(KEY.matcher(key).matches(), description);
            assertEquals(description.length() > key.length(), description.startsWith(key + " [ "), description);
            assertTrue(description.length() == key.length() || description.endsWith(" ]"), description);
            String name = key.substring(StatusText.PREFIX.length());
            int arguments = RenderedStatus.arguments(description).length;
            assertEquals(placeholders(english.getProperty(name)), arguments, "English, " + description);
            assertEquals(placeholders(german.getProperty(name)), arguments, "German, " + description);
        }
    }

    @Test
    void everyKeyTheHandlersNameIsAmongTheExamplesAndOnlyStatusTextWritesTheTextPrefix() throws IOException {
        Set<String> named = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (source.getParent().endsWith("handler")) {
                KEY_LITERAL.matcher(text).results().forEach(match -> named.add(match.group(1)));
            }
            assertEquals(source.endsWith("StatusText.java"), text.contains("\"@text/"), source.toString());
        }
        for (PvFeedStatus.State state : PvFeedStatus.State.values()) {
            String text = ChargerStatusTexts.pvFeed(new PvFeedStatus(state, "30"));
            if (text != null) {
                named.add(RenderedStatus.parse(text).key().substring(StatusText.PREFIX.length()));
            }
        }
        Set<String> shown = new TreeSet<>();
        for (String description : examples()) {
            shown.add(RenderedStatus.parse(description).key().substring(StatusText.PREFIX.length()));
        }
        assertEquals(named, shown);
    }

    @Test
    void hostileArgumentsReachTheirPlaceWholeInBothLanguages() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("String length  2 exceeds range 4 to 64 \"go\"", "String length  2 exceeds range 4 to 64 ʺgoʺ");
        shown.put("{\"pGrid\":-1200,\"pPv\":3500}", "{ʺpGridʺ:-1200‚ʺpPvʺ:3500}");
        shown.put("array [1, 2] expected", "array ［1‚ 2］ expected");
        shown.put("it's {0}, isn't it", "it's {0}‚ isn't it");
        shown.put("@text/online.command-rejected", "＠text/online.command-rejected");
        shown.put("  padded\t", "padded");
        shown.put("line one\nline two\u0001", "line one line two");
        shown.put("", StatusText.EMPTY);
        shown.put(" \n ", StatusText.EMPTY);
        for (CaptureFile.Line line : CaptureFile.read("set-result-fna.txt")) {
            if (line.topic().endsWith("/result")) {
                shown.putIfAbsent(line.payload(), line.payload().replace('"', 'ʺ'));
            }
        }
        shown.forEach((text, expected) -> {
            assertEquals(expected, StatusText.argument(text), text);
            String description = ChargerStatusTexts.rejected(outcome("fna", "\"go\"", CommandStatus.REJECTED, text));
            assertEquals(List.of("fna", "ʺgoʺ", expected), RenderedStatus.parse(description).arguments(), description);
            assertEquals("fna=ʺgoʺ rejected: " + expected, RenderedStatus.english(description));
            assertEquals("fna=ʺgoʺ abgelehnt: " + expected, RenderedStatus.german(description));
        });
    }

    @Test
    void aCutArgumentKeepsSurrogatePairsWhole() {
        String argument = StatusText.argument("x".repeat(StatusText.MAX_ARGUMENT - 1) + "\uD83D\uDE97 car");
        assertEquals("x".repeat(StatusText.MAX_ARGUMENT - 1) + "…", argument);
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
        all.add(ChargerStatusTexts.controllerWaiting("/go-eController/900100/"));
        all.add(ChargerStatusTexts.controllerSilent(30));
        all.add(BrokerStatusTexts.invalidControllerDiscoveryBase("meters/#", "discovery base 'meters/#' contains an "
                + "MQTT wildcard"));
        all.add(ChargerStatusTexts.rejected(outcome("amp", "40", CommandStatus.REJECTED, "value out of range")));
        all.add(ChargerStatusTexts.writesNotAllowed(outcome("amp", "10", CommandStatus.TIMEOUT, "no answer")));
        all.add(ChargerStatusTexts.unconfirmed(outcome("amp", "10", CommandStatus.UNCONFIRMED, "no echo"), "040.0"));
        all.add(ChargerStatusTexts.notSentBridgeOffline("amp", "10"));
        all.add(ChargerStatusTexts.notSent(outcome("amp", "10", CommandStatus.NOT_SENT,
                "64 messages still wait for the acknowledgement of the broker")));
        all.add(ChargerStatusTexts.refused("status#car-state", "status#car-state is read only"));
        all.add(pvFeed(PvFeedStatus.State.STALE, "30"));
        all.add(pvFeed(PvFeedStatus.State.NOT_CONNECTED, ""));
        all.add(pvFeed(PvFeedStatus.State.REJECTED, "key not found \"ids\""));
        return all;
    }

    /** How many arguments {@code template} takes: its placeholders are {0} to {n-1}, each at least once. */
    private static int placeholders(@Nullable String template) {
        assertNotNull(template);
        TreeSet<Integer> indices = new TreeSet<>();
        PLACEHOLDER.matcher(template).results().forEach(match -> indices.add(Integer.valueOf(match.group(1))));
        assertEquals(indices.size(), indices.isEmpty() ? 0 : indices.last() + 1, template);
        return indices.size();
    }

    private static String pvFeed(PvFeedStatus.State state, String argument) {
        return Objects.requireNonNull(ChargerStatusTexts.pvFeed(new PvFeedStatus(state, argument)), state.name());
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
