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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay command reads a capture file and prints the report; bad arguments print the usage (exit 2), an
 * unreadable file a message (exit 1).
 */
@NonNullByDefault
class ReplayCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder = Path.of(".");

    @Test
    void replaysAFileAndPrintsTheReport() throws IOException {
        Path file = folder.resolve("dump.txt");
        Files.writeString(file, """
                # source: test
                /go-eCharger/072246/rbt 1000000
                /go-eCharger/072246/lcctc 999000
                /go-eCharger/072246/nrg [230,231,232,0,16,16,16,3680,3696,3712,0,11088,100,100,100,0]
                /go-eCharger/072246/fna not-json
                """, StandardCharsets.UTF_8);

        int code = run("--now", "2023-03-01T08:00:00Z", "--zone", "UTC", file.toString());

        assertEquals(0, code, err());
        String output = out();
        assertTrue(output.contains("energy#power = 11088 W\n"), output);
        assertTrue(output.contains("status#charging-start-time = 2023-03-01T07:59:59.000+0000\n"), output);
        assertTrue(output.contains("unmapped: none\nerrors: 1\nline 5: fna: not valid JSON"), output);
    }

    @Test
    void secretsInADumpNeverReachTheReport() throws IOException {
        Path file = folder.resolve("secrets.txt");
        Files.writeString(file, """
                /go-eCharger/072246/mcu "mqtts://alice:S3cret-a@broker.local:8883"
                /go-eCharger/072246/ocppu "wss://cp:S3cret-b@backend/ocpp"
                /go-eCharger/072246/ocppck "-----BEGIN PRIVATE KEY-----S3cret-c"
                /go-eCharger/072246/data "S3cret-d"
                /go-eCharger/072246/wifis [{"ssid":"home","key":"S3cret-e"}]
                /go-eCharger/072246/status {"wss":"home","wke":"S3cret-f","wak":"S3cret-g"}
                /go-eCharger/072246/mcu mqtt://bob:S3cret-h@broker
                /elsewhere/mck S3cret-i
                """, StandardCharsets.UTF_8);

        assertEquals(0, run(file.toString()), err());
        String output = out() + err();
        assertFalse(output.contains("S3cret"), output);
        assertTrue(output.contains("mqtt#broker-url = mqtts://***@broker.local:8883\n"), output);
        assertTrue(output.contains("credentials#ocpp-client-key = set\n"), output);
        assertTrue(output.contains("raw#status = {\"wss\":\"home\",\"wke\":\"***\",\"wak\":\"***\"}\n"), output);
        assertTrue(output.contains("mcu: not valid JSON"), output);
    }

    @Test
    void twoChargersArePrintedApartWithTheCommandAndTheAnswerUnderTheirCharger() throws IOException {
        Path file = folder.resolve("two.txt");
        Files.writeString(file, """
                /go-eCharger/00000001/amp 10
                /go-eCharger/00000004/amp 6
                /go-eCharger/00000004/amp/set 16
                /go-eCharger/00000004/amp/result success
                /go-eCharger/00000004/amp 16
                /go-eCharger/00000001/zzNew 1
                /go-eCharger/00000004/fna not-json
                /go-eCharger/00000004/mck/set "S3cret-a"
                """, StandardCharsets.UTF_8);

        assertEquals(0, run(file.toString()), err());
        assertEquals("""
                charger 00000001 at /go-eCharger/00000001/
                charging#requested-current = 10 A
                raw#zzNew = 1
                unmapped: zzNew
                errors: 0
                charger 00000004 at /go-eCharger/00000004/
                charging#requested-current = 16 A
                commands: 3
                line 3: command amp = 16
                line 4: answer amp: success
                line 8: command mck = ***
                unmapped: none
                errors: 1
                """, out().substring(0, out().indexOf("line 7: ")));
        assertTrue(out().contains("line 7: fna: not valid JSON"), out());
        assertFalse(out().contains("S3cret"), out());
    }

    @Test
    void aCustomBaseTopicIsHonoured() throws IOException {
        Path file = folder.resolve("custom.txt");
        Files.writeString(file, "home/wallbox/amp 8\n", StandardCharsets.UTF_8);

        assertEquals(0, run("--base", "home/wallbox/", file.toString()), err());
        assertTrue(out().startsWith("charger at home/wallbox/\ncharging#requested-current = 8 A\n"), out());
    }

    @Test
    void badArgumentsPrintTheUsage() {
        assertEquals(2, run());
        assertTrue(err().contains("no file given") && err().contains("usage: replay"), err());
        assertEquals(2, run("--now"));
        assertEquals(2, run("--colour", "red", "x.txt"));
        assertEquals(2, run("--now", "yesterday", "x.txt"));
        assertEquals(2, run("--base", "a/#/", "x.txt"));
        assertEquals(2, run("a.txt", "b.txt"));
    }

    @Test
    void anUnreadableFileIsReportedWithoutATrace() {
        assertEquals(1, run(folder.resolve("missing.txt").toString()));
        assertTrue(err().startsWith("replay: cannot read "), err());
        assertEquals("", out());
    }

    @Test
    void helpGoesToStandardOutput() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("usage: replay"), out());
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
