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
import static org.openhab.binding.goemqtt.internal.GoeMqttBindingConstants.THING_TYPE_BROKER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.goemqtt.internal.discovery.GoeMqttDiscoveryService;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.FakeTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.testutil.ManualClock;
import org.openhab.binding.goemqtt.internal.testutil.ManualScheduler;
import org.openhab.binding.goemqtt.internal.testutil.OpenhabConfiguration;
import org.openhab.binding.goemqtt.internal.testutil.RecordingCallback;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.builder.BridgeBuilder;

/**
 * The broker bridge: configuration checks, connection states as thing statuses, subscriptions and routing, on the
 * fake transport and a manual scheduler.
 */
@NonNullByDefault
class BrokerHandlerTest {

    private static final BaseTopic GARAGE = BaseTopic.of("/go-eCharger/072246/");

    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock());
    private final FakeTransport transport = new FakeTransport();
    private final RecordingCallback callback = new RecordingCallback();
    private final List<TransportConfig> created = new ArrayList<>();

    @Test
    void aValidConfigurationIsUnknownUntilTheBrokerAcceptsTheConnection() {
        BrokerHandler handler = bridge(Map.of("host", "broker.local"));
        handler.initialize();
        assertTrue(callback.isAt(ThingStatus.UNKNOWN, ThingStatusDetail.NONE));
        assertEquals("@text/unknown.broker-connecting [ \"tcp://broker.local:1883\" ]",
                callback.lastStatus().getDescription());
        assertEquals(ConnectionState.DISCONNECTED, transport.state(), "connecting happens on the scheduler");

        scheduler.runDue();
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), callback.lastStatus());
        assertTrue(handler.isConnected());
        assertEquals("tcp://broker.local:1883", created.get(0).broker().serverUri());
    }

    @Test
    void withoutHostOrUriTheBridgeIsAConfigurationError() {
        bridge(Map.of()).initialize();
        scheduler.runDue();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error.missing-host"), callback.lastStatus());
        assertTrue(created.isEmpty(), "no connection for a configuration that cannot work");
    }

    @Test
    void aDiscoveryBaseWithAWildcardIsAConfigurationErrorNamingIt() {
        bridge(Map.of("host", "broker.local", "discoveryBaseTopics", List.of("/go-eCharger/", "chargers/+/")))
                .initialize();
        ThingStatusInfo status = callback.lastStatus();
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error.invalid-discovery-base [ \"chargers/+/\", "
                + "\"discovery base 'chargers/+/' contains an MQTT wildcard ('+' or '#')\" ]", status.getDescription());
    }

    @Test
    void aSettingTheTransportRefusesIsAConfigurationErrorNamingTheParameter() {
        bridge(Map.of("host", "broker.local", "keepAlive", 70000)).initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error.invalid-parameter [ \"keepAlive\", \"must be between 0 s and 65535 s‚ "
                        + "was 70000 s\" ]"),
                callback.lastStatus());
        assertTrue(created.isEmpty());
    }

    @Test
    void aBrokerUriThatCannotWorkIsAConfigurationErrorShowingIt() {
        bridge(Map.of("uri", "broker.example:abc")).initialize();
        assertEquals("@text/offline.conf-error.invalid-uri [ \"broker.example:abc\", \"port 'abc' is not a number\" ]",
                callback.lastStatus().getDescription());
    }

    @Test
    void aBrokerUriDecidesHostPortAndTls() {
        bridge(Map.of("uri", "mqtts://broker.local", "host", "ignored.local")).initialize();
        assertEquals("ssl://broker.local:8883", created.get(0).broker().serverUri());
    }

    @Test
    void hostPortAndTlsMakeTheBrokerAddress() {
        bridge(Map.of("host", "broker.local", "port", 8884, "tls", true, "username", "openhab", "password", "secret",
                "clientId", "openhab-goe", "keepAlive", 30, "reconnectDelayMin", 2, "reconnectDelayMax", 120))
                .initialize();
        TransportConfig config = created.get(0);
        assertEquals("ssl://broker.local:8884", config.broker().serverUri());
        assertEquals("openhab", config.username());
        assertEquals("openhab-goe", config.clientId());
        assertEquals(Duration.ofSeconds(30), config.keepAlive());
        assertEquals(Duration.ofSeconds(120), config.reconnectDelayMax());
    }

    @Test
    void tlsSettingsWithoutTlsAreAConfigurationError() {
        bridge(Map.of("host", "broker.local", "caCertificate", "/etc/ssl/ca.pem")).initialize();
        assertEquals("@text/offline.conf-error.invalid-parameter [ \"tls\", \"TLS settings are given "
                + "(certificates‚ host name check) but TLS is off\" ]", callback.lastStatus().getDescription());
    }

    @Test
    void aPasswordWithoutUsernameIsAConfigurationError() {
        bridge(Map.of("host", "broker.local", "password", "secret")).initialize();
        String description = String.valueOf(callback.lastStatus().getDescription());
        assertTrue(description.startsWith("@text/offline.conf-error.invalid-parameter [ \"password\""), description);
        assertFalse(description.contains("secret"), "a password never shows");
    }

    @Test
    void aLostConnectionIsOfflineWithTheReasonAndOnlineAgainOnceReconnected() {
        BrokerHandler handler = connectedBridge();
        transport.disconnect(FailureReason.CONNECTION_LOST, "connection lost (keep-alive timed out)");
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.connection-lost [ \"connection lost (keep-alive timed out)\" ]"),
                callback.lastStatus());
        assertFalse(handler.isConnected());

        transport.connect();
        assertEquals(ThingStatus.ONLINE, callback.lastStatus().getStatus());
        assertEquals(List.of("UNKNOWN/NONE: @text/unknown.broker-connecting [ \"tcp://broker.local:1883\" ]",
                "ONLINE/NONE", "OFFLINE/COMMUNICATION_ERROR: @text/offline.comm-error.connection-lost "
                        + "[ \"connection lost (keep-alive timed out)\" ]",
                "ONLINE/NONE"),
                callback.statusHistory());
    }

    @ParameterizedTest
    @EnumSource(value = FailureReason.class, names = { "NONE" }, mode = EnumSource.Mode.EXCLUDE)
    void everyFailureReasonShowsItsOwnText(FailureReason reason) {
        connectedBridge();
        transport.disconnect(reason, "detail of " + reason);
        ThingStatusInfo status = callback.lastStatus();
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals(reason == FailureReason.CONFIGURATION ? ThingStatusDetail.CONFIGURATION_ERROR
                : ThingStatusDetail.COMMUNICATION_ERROR, status.getStatusDetail());
        if (reason == FailureReason.BAD_CREDENTIALS) {
            assertEquals("@text/offline.comm-error.bad-credentials", status.getDescription());
        } else {
            assertTrue(String.valueOf(status.getDescription()).endsWith(" [ \"detail of " + reason + "\" ]"));
        }
    }

    @Test
    void aSettingTheTransportCannotUseWhenConnectingIsAConfigurationErrorNamingTheParameter() {
        connectedBridge();
        transport.disconnect(FailureReason.CONFIGURATION, "caCertificate: file '/etc/ca.pem' does not exist");
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error.invalid-parameter [ \"caCertificate\", \"file '/etc/ca.pem' does not "
                        + "exist\" ]"),
                callback.lastStatus());
    }

    @Test
    void theFailureReasonsHaveDistinctTexts() {
        Set<String> keys = new HashSet<>();
        for (FailureReason reason : FailureReason.values()) {
            if (reason != FailureReason.NONE && reason != FailureReason.OTHER) {
                assertTrue(keys.add(BrokerStatusTexts.connectionFailed(reason, "x")), reason + " shares a text");
            }
        }
    }

    @Test
    void subscribesTheDiscoveryFiltersAndEachChargerBaseOnce() {
        BrokerHandler handler = bridge(Map.of("host", "broker.local"));
        Recorder first = new Recorder();
        handler.register(GARAGE, first);
        handler.initialize();
        scheduler.runDue();
        handler.register(GARAGE, new Recorder());
        handler.register(BaseTopic.of("home/wallbox/"), new Recorder());

        assertEquals(List.of("/go-eCharger/+/fwv", "/go-eCharger/+/typ", "/go-eCharger/+/var", "go-eCharger/+/fwv",
                "go-eCharger/+/typ", "go-eCharger/+/var", "/go-eController/+/fna", "/go-eController/+/fwv",
                "/go-eController/+/typ", "go-eController/+/fna", "go-eController/+/fwv", "go-eController/+/typ",
                "/go-eCharger/+/status", "go-eCharger/+/status", "/go-eCharger/072246/#", "home/wallbox/#"),
                transport.subscriptions());
    }

    @Test
    void unsubscribesABaseOnlyOnceNoChargerUsesIt() {
        BrokerHandler handler = connectedBridge();
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        handler.register(GARAGE, first);
        handler.register(GARAGE, second);

        handler.unregister(GARAGE, first);
        assertTrue(transport.subscriptions().contains("/go-eCharger/072246/#"));
        handler.unregister(GARAGE, second);
        assertFalse(transport.subscriptions().contains("/go-eCharger/072246/#"));
    }

    @Test
    void routesEachMessageToTheChargerOfTheLongestMatchingBase() {
        BrokerHandler handler = connectedBridge();
        Recorder wallbox = new Recorder();
        Recorder garage = new Recorder();
        handler.register(BaseTopic.of("home/"), wallbox);
        handler.register(BaseTopic.of("home/garage/"), garage);

        transport.inject("home/garage/amp", "16");
        transport.inject("home/amp", "6");

        assertEquals(List.of("home/garage/ amp=16"), garage.heard);
        assertEquals(List.of("home/ amp=6"), wallbox.heard);
    }

    @Test
    void aMessageBelowABaseInsideTheLatestOneGoesToItsOwnCharger() {
        BrokerHandler handler = connectedBridge();
        Recorder wallbox = new Recorder();
        Recorder garage = new Recorder();
        Recorder carport = new Recorder();
        handler.register(BaseTopic.of("home/"), wallbox);
        handler.register(BaseTopic.of("home/carport/"), carport);

        transport.inject("home/amp", "6");
        transport.inject("home/carport/amp", "10");
        handler.register(BaseTopic.of("home/garage/"), garage);
        transport.inject("home/garage/amp", "16");
        transport.inject("home/garage/frc", "2");
        transport.inject("home/carport/amp", "12");
        transport.inject("home/amp", "8");

        assertEquals(List.of("home/ amp=6", "home/ amp=8"), wallbox.heard);
        assertEquals(List.of("home/garage/ amp=16", "home/garage/ frc=2"), garage.heard);
        assertEquals(List.of("home/carport/ amp=10", "home/carport/ amp=12"), carport.heard);
    }

    @Test
    void aBaseRegisteredOrRemovedBetweenTwoMessagesOfOneLevelDecidesWhereTheSecondGoes() {
        BrokerHandler handler = connectedBridge();
        Recorder wallbox = new Recorder();
        Recorder garage = new Recorder();
        handler.register(BaseTopic.of("home/"), wallbox);

        transport.inject("home/garage/amp", "16"); // below home/ but no key topic there: nobody hears it
        handler.register(BaseTopic.of("home/garage/"), garage);
        transport.inject("home/garage/amp", "10");
        handler.unregister(BaseTopic.of("home/garage/"), garage);
        transport.inject("home/garage/amp", "6");
        transport.inject("home/amp", "8");

        assertEquals(List.of("home/garage/ amp=10"), garage.heard);
        assertEquals(List.of("home/ amp=8"), wallbox.heard);
    }

    @Test
    void aFailingChargerHandlerDoesNotStopTheMessageFlow() {
        BrokerHandler handler = connectedBridge();
        Recorder healthy = new Recorder();
        handler.register(GARAGE, (base, message) -> {
            throw new IllegalStateException("broken handler");
        });
        handler.register(GARAGE, healthy);

        assertDoesNotThrow(() -> transport.inject("/go-eCharger/072246/amp", "16"));
        assertEquals(List.of("/go-eCharger/072246/ amp=16"), healthy.heard);
    }

    @Test
    void disposeClosesTheConnectionAndIgnoresWhatItReportsAfterwards() {
        BrokerHandler handler = connectedBridge();
        Recorder garage = new Recorder();
        handler.register(GARAGE, garage);
        int reported = callback.statuses().size();

        handler.dispose();
        assertEquals(ConnectionState.CLOSED, transport.state());
        assertNull(handler.transport());
        transport.disconnect(FailureReason.CONNECTION_LOST, "late event");
        transport.inject("/go-eCharger/072246/amp", "16");
        assertEquals(reported, callback.statuses().size());
        assertTrue(garage.heard.isEmpty());
    }

    @Test
    void offersTheDiscoveryServiceToOpenhab() {
        assertEquals(Set.of(GoeMqttDiscoveryService.class), Set.copyOf(bridge(Map.of()).getServices()));
    }

    private BrokerHandler connectedBridge() {
        BrokerHandler handler = bridge(Map.of("host", "broker.local"));
        handler.initialize();
        scheduler.runDue();
        assertTrue(handler.isConnected());
        return handler;
    }

    private BrokerHandler bridge(Map<String, Object> config) {
        Bridge thing = BridgeBuilder.create(THING_TYPE_BROKER, "home")
                .withConfiguration(OpenhabConfiguration.broker().prepare(config)).build();
        BrokerHandler handler = new BrokerHandler(thing, (settings, executor) -> {
            created.add(settings);
            return transport;
        }, scheduler);
        thing.setHandler(handler);
        handler.setCallback(callback.handlerCallback());
        return handler;
    }

    /** A charger endpoint that writes down {@code <base> <key>=<value>}. */
    private static final class Recorder implements ChargerEndpoint {
        final List<String> heard = new ArrayList<>();

        @Override
        public void messageArrived(BaseTopic base, InboundMessage message) {
            if (message instanceof KeyValue value) {
                heard.add(base + " " + value.key() + "=" + value.value());
            }
        }
    }
}
