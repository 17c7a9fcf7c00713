/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.goemqtt.tools.SharedFolder;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Firmware profiles: key sets and value shapes from the captured retained bursts.
 */
@NonNullByDefault
class FirmwareProfileTest {

    @ParameterizedTest
    @CsvSource({ "055.2, fw055.2-v3-retained-burst.txt", "055.6, fw055.6-v3-retained-burst.txt",
            "60.5, fw60.5-v3-retained-burst.txt" })
    void aCapturedProfilePublishesTheKeysOfItsRetainedBurstInOrderAndOnly60_5AddsMore(String version, String file)
            throws IOException {
        FirmwareProfile profile = FirmwareProfile.of(version);
        List<String> burst = firstBurstKeys(file);
        List<String> published = new ArrayList<>(profile.publishedKeys());
        assertEquals(burst, published.subList(0, burst.size()));
        assertEquals(!"60.5".equals(version), published.size() == burst.size(), "generated keys only for 60.5");
        assertTrue(profile.answersResult());
        assertEquals("\"" + version + "\"", JsonValues.toJson(profile.initialValues().get("fwv")));
    }

    @Test
    void valueShapesDriftBetweenFirmwareVersionsAsCaptured() {
        JsonElement dns552 = FirmwareProfile.of("055.2").initialValues().get("dns");
        JsonElement dns556 = FirmwareProfile.of("055.6").initialValues().get("dns");
        assertEquals(Set.of("dns"), dns552.getAsJsonObject().keySet());
        assertEquals(Set.of("dns0", "dns1", "dns2"), dns556.getAsJsonObject().keySet());
        assertTrue(FirmwareProfile.of("60.5").initialValues().get("cll").isJsonObject());
        assertFalse(FirmwareProfile.of("055.6").publishes("cll"));
        assertTrue(FirmwareProfile.of("60.5").publishes("c9i"));
        assertFalse(FirmwareProfile.of("055.6").publishes("mcr"));
        assertTrue(FirmwareProfile.of("60.5").publishes("mcr"));
        assertTrue(FirmwareProfile.of("055.6").publishes("tcl"));
        assertFalse(FirmwareProfile.of("055.2").publishes("tcl"));
    }

    @Test
    void firmware040IsThe0552SetWithoutTheLaterKeysAndNeverAnswersResult() {
        FirmwareProfile old = FirmwareProfile.of("040.0");
        Set<String> expected = new LinkedHashSet<>(FirmwareProfile.of("055.2").publishedKeys());
        expected.removeAll(FirmwareProfile.KEYS_ADDED_AFTER_040);
        assertEquals(new ArrayList<>(expected), new ArrayList<>(old.publishedKeys()));
        assertFalse(old.answersResult());
        assertFalse(old.publishes("psm"));
        assertEquals("\"040.0\"", JsonValues.toJson(old.initialValues().get("fwv")));
        assertFalse(old.unpublishedSettableKeys().contains("mcr"));
    }

    @Test
    void versionsAreMatchedWithOrWithoutLeadingZeros() {
        assertEquals("055.6", FirmwareProfile.of("55.6").version());
        assertEquals("60.5", FirmwareProfile.of("060.5").version());
        assertEquals("040.0", FirmwareProfile.of("40").version());
    }

    @Test
    void anUnknownVersionIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FirmwareProfile.of("057.1"));
        assertTrue(e.getMessage().contains("055.6"), e.getMessage());
    }

    @Test
    void eachProfileIsAnIndependentCopy() {
        FirmwareProfile profile = FirmwareProfile.of("055.6");
        profile.initialValues().get("nrg").getAsJsonArray().set(0, new JsonPrimitive(1));
        assertEquals(230, profile.initialValues().get("nrg").getAsJsonArray().get(0).getAsInt());
    }

    @ParameterizedTest
    @CsvSource({ "fw055.2-v3-retained-burst.txt", "fw055.6-v3-retained-burst.txt", "fw60.5-v3-retained-burst.txt" })
    void profileResourcesAreByteForByteCopiesOfTheSharedCaptures(String file) throws IOException {
        Path shared = sharedFolder().resolve("captures").resolve(file);
        try (InputStream in = FirmwareProfile.class.getResourceAsStream("/profiles/" + file)) {
            assertNotNull(in);
            assertArrayEquals(Files.readAllBytes(shared), in.readAllBytes());
        }
    }

    /** The shared folder next to the repository: {@link SharedFolder#path()}. */
    static Path sharedFolder() {
        return SharedFolder.path();
    }

    /** The keys of the retained burst: each key's first line, read independently of the profile code. */
    static List<String> firstBurstKeys(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = FirmwareProfile.class.getResourceAsStream("/profiles/" + file)) {
            assertNotNull(in);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("/")) {
                    String key = line.split(" ", 2)[0].split("/")[3];
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
        }
        return keys;
    }
}
