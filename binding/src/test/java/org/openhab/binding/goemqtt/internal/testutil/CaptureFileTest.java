/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Reading {@code mosquitto_sub -v} captures.
 */
@NonNullByDefault
class CaptureFileTest {

    @Test
    void commentsPromptsAndBlankLinesAreSkippedAndPayloadsKeptVerbatim() {
        List<CaptureFile.Line> lines = CaptureFile.parse("# source: somewhere\n$ mosquitto_sub -v -t '#'\n\n"
                + "/go-eCharger/072246/fna/result String length  2 exceeds range 4 to 64 \"go\"\r\n"
                + "a/b {\"x\": 1}\n");
        assertEquals(List.of(
                new CaptureFile.Line(4, "/go-eCharger/072246/fna/result",
                        "String length  2 exceeds range 4 to 64 \"go\""),
                new CaptureFile.Line(5, "a/b", "{\"x\": 1}")), lines);
    }

    @Test
    void aLineWithoutPayloadIsAnError() {
        assertThrows(IllegalStateException.class, () -> CaptureFile.parse("just-a-topic\n"));
    }

    @Test
    void theCopiedCapturesKeepTheirSourceLine() {
        assertEquals(6, CaptureFile.read("set-result-fna.txt").size());
        assertThrows(IllegalStateException.class, () -> CaptureFile.read("missing.txt"));
    }
}
