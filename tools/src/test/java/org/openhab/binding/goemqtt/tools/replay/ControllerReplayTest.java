/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.replay;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.tools.SharedFolder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The replay of controller topics (a capture recorded from the simulated controller with {@code mosquitto_sub -v})
 * and of API v1 status lines (the shared capture of a firmware 041.0 status as the payload).
 */
@NonNullByDefault
class ControllerReplayTest {

    private static final String CAPTURE = "/controller/controller-sim-900001.txt";
    private static final String BASE = "/go-eController/900001/";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aControllerCaptureIsDecodedWithTheControllersCatalogItsCategoriesNamedSecretsMasked() throws Exception {
        Path capture = resource(CAPTURE);
        List<String> lines = Files.readAllLines(capture, StandardCharsets.UTF_8);

        assertEquals(0, run("--zone", "UTC", capture.toString()), err());

        String output = out();
        assertTrue(output.startsWith("controller 900001 at " + BASE + "\n"), output);
        JsonArray powers = last(lines, "ccp").getAsJsonArray();
        JsonArray names = last(lines, "ccn").getAsJsonArray();
        for (int category : new int[] { 0, 1, 2, 4, 5 }) {
            String expected = "categories#category-" + category + "-power = "
                    + powers.get(category).getAsBigDecimal().stripTrailingZeros().toPlainString() + " W ("
                    + names.get(category).getAsString() + ")\n";
            assertTrue(output.contains(expected), expected + " in\n" + output);
        }
        assertEquals("Pool", names.get(7).getAsString(), "the capture renames category 7");
        assertTrue(output.contains("categories#category-7-power = 0 W (Pool)\n"), output);
        assertFalse(output.contains("category-8-"), "an unused category has no channels: " + output);
        JsonObject solarSensor = last(lines, "isv").getAsJsonArray().get(3).getAsJsonObject();
        assertTrue(output.contains("sensors#sensor-3-current = "
                + solarSensor.get("i").getAsBigDecimal().stripTrailingZeros().toPlainString() + " A (Solar)\n"),
                output);
        BigDecimal l1 = last(lines, "usv").getAsJsonArray().get(0).getAsJsonObject().get("u1").getAsBigDecimal();
        assertTrue(output.contains("meter#voltage-l1 = " + l1.stripTrailingZeros().toPlainString() + " V\n"), output);
        assertTrue(output.contains("device#device-type = controller\n"), output);

        assertTrue(output.contains("mqtt#broker-url = mqtt://***@127.0.0.1:1883\n"), output);
        assertTrue(output.contains("meter-settings#mecmeter-url = https://mec.example/api?apikey=***\n"), output);
        assertTrue(output.contains("command mecu = \"https://mec.example/api?apikey=***\"\n"), output);
        assertTrue(output.contains("answer ccn: success\n"), output);
        for (String secret : new String[] { "sim-password", "sim-user", "simkey900001" }) {
            assertTrue(String.join("\n", lines).contains(secret), "the capture has " + secret);
            assertFalse(output.contains(secret), secret + " in\n" + output);
        }
        assertFalse(output.contains("raw#"), output);
        assertTrue(output.contains("unmapped: none\nerrors: 0\n"), output);
    }

    @Test
    void anApiV1StatusLineIsDecodedMemberByMemberWithTheV1Catalog() throws Exception {
        Path capture = SharedFolder.path().resolve("captures/v1-041.0-status.json");
        JsonObject status = JsonParser.parseString(Files.readString(capture, StandardCharsets.UTF_8))
                .getAsJsonObject();
        JsonObject withKey = status.deepCopy();
        withKey.addProperty("mck", "S3cret-mck"); // the capture's mck is empty
        Path file = Files.createTempFile("v1-status", ".txt");
        try {
            Files.writeString(file, String.join("\n", //
                    "go-eCharger/123345/status " + status, //
                    "/go-eCharger/123345/status " + withKey, //
                    "go-eCharger/123345/cmd/req amp=10", //
                    "go-eCharger/123345/cmd/req wke=S3cret-wke"), StandardCharsets.UTF_8);

            assertEquals(0, run("--zone", "UTC", file.toString()), err());
        } finally {
            Files.delete(file);
        }

        String output = out();
        assertEquals("16", status.get("amp").getAsString());
        assertTrue(output.contains("charger (API v1) 123345 at go-eCharger/123345/\n"), output);
        assertTrue(output.contains("charger (API v1) 123345 at /go-eCharger/123345/\n"), output);
        assertTrue(output.contains("charging#requested-current = 16 A\n"), output);
        assertTrue(output.contains("status#car-state = " + status.get("car").getAsString() + "\n"), output);
        String energy = line(output, "energy#total-energy = ");
        String[] amount = energy.split(" ");
        BigDecimal whPerUnit = switch (amount[1]) {
            case "Wh" -> BigDecimal.ONE;
            case "daWh" -> BigDecimal.TEN;
            case "hWh" -> BigDecimal.valueOf(100);
            case "kWh" -> BigDecimal.valueOf(1000);
            default -> fail("an energy unit: " + energy);
        };
        assertEquals(0, new BigDecimal("7398000").compareTo(new BigDecimal(amount[0]).multiply(whPerUnit)),
                "eto 73980 in 0.1 kWh is 7398 kWh: " + energy);
        assertTrue(output.contains("v1 command amp = 10\n"), output);
        assertTrue(output.contains("v1 command wke = ***\n"), output);
        for (String key : new String[] { "wke", "wak", "mck" }) {
            String value = withKey.get(key).getAsString();
            assertFalse(value.isEmpty(), key);
            assertFalse(output.contains(value), key + " " + value + " in\n" + output);
        }
        assertFalse(output.contains("S3cret"), output);
        assertFalse(output.contains("raw#status"), "the status object is taken apart: " + output);
    }

    /** The state text of the first line that starts with {@code prefix}. */
    private static String line(String output, String prefix) {
        int at = output.indexOf(prefix);
        assertTrue(at >= 0, prefix + " in\n" + output);
        int end = output.indexOf('\n', at);
        return output.substring(at + prefix.length(), end);
    }

    /** The payload of the last line of {@code key} (not its /set) in the capture. */
    private static JsonElement last(List<String> lines, String key) {
        String prefix = BASE + key + " ";
        return JsonParser.parseString(lines.stream().filter(line -> line.startsWith(prefix))
                .reduce((first, second) -> second).orElseThrow().substring(prefix.length()));
    }

    private static Path resource(String name) throws URISyntaxException {
        URL url = ControllerReplayTest.class.getResource(name);
        assertNotNull(url, name);
        return Path.of(Objects.requireNonNull(url).toURI());
    }

    private int run(String... args) {
        return ReplayCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
