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
import static org.openhab.binding.goemqtt.internal.handler.ChargerHarness.BASE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.protocol.CommandTracker;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.transport.ReconnectingTransport;
import org.openhab.binding.goemqtt.internal.testutil.LogCapture;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Secrets a charger publishes, and secrets a user writes, never reach a channel state, a raw channel, a thing
 * property, a status text or a log line (at trace), while a written secret does go out in its {@code /set}.
 * Every secret in this test contains {@value #MARK}.
 */
@NonNullByDefault
class SecretsNeverShowTest {

    private static final String MARK = "S3cret";

    @Test
    void secretsInACapturedLikeBurstNeverShowNorReachALog() throws Exception {
        ChargerHarness charger = new ChargerHarness();
        try (LogCapture log = new LogCapture(ChargerHandler.class, DeviceThingHandler.class, ChargerSession.class,
                ChargerCommands.class, CommandCoalescer.class, CommandTracker.class, Catalog.class, MessageRouter.class,
                BrokerHandler.class, ReconnectingTransport.class, MessageDecoder.class)) {
            charger.initialize();
            charger.publishCapture("fw60.5-v3-retained-burst.txt");
            charger.publish("mcu", "\"mqtts://alice:S3cret-Mqtt@broker.local:8883\"");
            charger.publish("ocppu", "\"wss://cp1:S3cret-Ocpp@backend.example/ocpp/cp1?token=S3cret-Token\"");
            charger.publish("ocppck", "\"-----BEGIN PRIVATE KEY-----\\nS3cret-Pem\\n-----END PRIVATE KEY-----\"");
            charger.publish("ocppcc", "\"-----BEGIN CERTIFICATE-----\\nS3cret-Cert\\n-----END CERTIFICATE-----\"");
            charger.publish("ocppd", "\"S3cret-Dummy-7A3F\"");
            charger.publish("data", "\"S3cret-Grafana-Token\"");
            charger.publish("pco", "\"S3cret-Pco\"");
            charger.publish("wak", "\"S3cret-Hotspot\"");
            charger.publish("lri", "\"S3cret-Card-04A1B2C3\"");
            charger.publish("dll", "\"https://data.v3.go-e.io/export?e=S3cret-Export\"");
            charger.publish("wifis", "[{\"ssid\":\"home\",\"key\":\"S3cret-Wifi\"},{\"ssid\":\"\",\"key\":\"\"}]");
            // keys nobody typed: an API v1 status document, a key named like a credential, a future object
            charger.publish("status", "{\"wss\":\"My WiFi\",\"wke\":\"S3cret-Wke\",\"wak\":\"S3cret-V1ap\","
                    + "\"mcu\":\"user\",\"mck\":\"S3cret-V1mqtt\"}");
            charger.publish("apitoken", "\"S3cret-Apitoken\"");
            charger.publish("xcloud", "{\"url\":\"https://bob:S3cret-Inurl@cloud\",\"clientSecret\":\"S3cret-Cs\"}");
            // unreadable: an URL without quotes, so not JSON
            charger.publish("mcu", "mqtt://bob:S3cret-Unquoted@broker.local");
            // excluded keys never become channels
            charger.publish("rst", "1");
            charger.publish("delw", "0");
            charger.scheduler.runDue();
            charger.publish("status", "{\"wss\":\"My WiFi\",\"wke\":\"S3cret-Wke\",\"mck\":\"S3cret-V1mqtt\"}");
            charger.publish("apitoken", "\"S3cret-Apitoken\"");
            charger.publish("xcloud", "{\"url\":\"https://bob:S3cret-Inurl@cloud\",\"clientSecret\":\"S3cret-Cs\"}");

            // writing secrets: they go out in the /set, and nowhere else
            charger.command("credentials#ocpp-backend-url",
                    new StringType("wss://cp1:S3cret-NewOcpp@backend.example"));
            charger.command("credentials#ocpp-client-key", new StringType("S3cret-NewPem"));
            charger.command("credentials#ocpp-dummy-card", new StringType("S3cret-NewDummy"));
            charger.afterWindow();
            charger.answer("ocppu", "cannot connect to wss://cp1:S3cret-NewOcpp@backend");
            charger.scheduler.advance(Duration.ofSeconds(30)); // the others time out
            // refused: the masked value sent back, secrets sent to read-only channels (the MQTT settings among them)
            charger.command("credentials#ocpp-backend-url", new StringType("wss://***@backend.example:S3cret"));
            charger.command("mqtt#broker-url", new StringType("mqtts://alice:S3cret-NewMqtt@broker.local:8883"));
            charger.command("credentials#wifi-networks", new StringType("[{\"key\":\"S3cret-Ro\"}]"));
            charger.command("raw#status", new StringType("{\"wke\":\"S3cret-Raw\"}"));
            charger.afterWindow();
            charger.scheduler.advance(Duration.ofSeconds(30));

            List<String> published = charger.transport.published().stream()
                    .map(p -> p.topic() + " " + p.text()).toList();
            assertTrue(published.contains(BASE + "ocppu/set \"wss://cp1:S3cret-NewOcpp@backend.example\""),
                    "the real secret goes out: " + published);
            assertTrue(published.contains(BASE + "ocppck/set \"S3cret-NewPem\""), published.toString());
            assertTrue(published.contains(BASE + "ocppd/set \"S3cret-NewDummy\""), published.toString());
            assertEquals(3, published.stream().filter(p -> p.contains(MARK)).count(), "refused ones are not sent");

            List<String> shown = new ArrayList<>();
            charger.callback.states().forEach(update -> shown.add(update.channel() + " = " + update.state()));
            charger.handler.getThing().getProperties().forEach((name, value) -> shown.add(name + " = " + value));
            charger.callback.statuses().stream().map(ThingStatusInfo::toString).forEach(shown::add);
            charger.callback.updatedThings().stream().map(Thing::getProperties).map(String::valueOf)
                    .forEach(shown::add);
            String everything = String.join("\n", shown) + "\n" + log.text();
            List<String> leaks = everything.lines().filter(line -> line.contains(MARK)).toList();
            assertEquals(List.of(), leaks, "secrets shown or logged");

            // what is shown instead, so the test cannot pass by showing nothing
            assertEquals(new StringType("mqtts://***@broker.local:8883"),
                    charger.callback.lastStateOf("mqtt#broker-url"));
            assertEquals(new StringType("wss://***@backend.example/ocpp/cp1?token=***"),
                    charger.callback.lastStateOf("credentials#ocpp-backend-url"));
            assertEquals(new StringType("set"), charger.callback.lastStateOf("credentials#ocpp-client-key"));
            assertEquals(new StringType("***7A3F"), charger.callback.lastStateOf("credentials#ocpp-dummy-card"));
            assertEquals(new StringType("***B2C3"), charger.callback.lastStateOf("rfid#last-card-id"));
            assertEquals(new StringType("[{\"ssid\":\"home\",\"key\":\"***\"},{\"ssid\":\"\",\"key\":\"\"}]"),
                    charger.callback.lastStateOf("credentials#wifi-networks"));
            assertEquals(new StringType("{\"wss\":\"My WiFi\",\"wke\":\"***\",\"mck\":\"***\"}"),
                    charger.callback.lastStateOf("raw#status"));
            assertEquals(new StringType("\"***\""), charger.callback.lastStateOf("raw#apitoken"));
            assertEquals(new StringType("{\"url\":\"https://***@cloud\",\"clientSecret\":\"***\"}"),
                    charger.callback.lastStateOf("raw#xcloud"));
            assertTrue(log.text().contains("publishing \"wss://***@backend.example\" on " + BASE + "ocppu/set"),
                    "the publish is logged, masked: " + log.text());
            assertTrue(log.text().contains("unreadable mcu"), "the unreadable value is logged, masked");

            for (String excluded : List.of("rst", "delw")) {
                Channel raw = charger.handler.getThing()
                        .getChannel(new ChannelUID(charger.thing.getUID(), Catalog.rawChannel(excluded)));
                assertNull(raw, excluded + " never becomes a channel");
            }
        }
    }

    @Test
    void noChannelCommandReachesAnExcludedKey() {
        ChargerHarness charger = new ChargerHarness().initialize();
        charger.publish("rst", "1");
        charger.scheduler.runDue();
        charger.command(Catalog.rawChannel("rst"), new DecimalType(1));
        charger.afterWindow();
        assertTrue(charger.transport.publishedTo(BASE + "rst/set").isEmpty());
        assertTrue(charger.handler.getThing().getChannels().stream()
                .noneMatch(channel -> channel.getUID().getId().contains("rst")));
    }
}
