/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.paho;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.FailureReason;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;
import org.openhab.binding.goemqtt.internal.testutil.Await;
import org.openhab.binding.goemqtt.internal.testutil.MosquittoProcess;
import org.openhab.binding.goemqtt.internal.testutil.RecordingListener;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Authority;
import org.openhab.binding.goemqtt.internal.testutil.TestCertificates.Issued;
import org.openhab.binding.goemqtt.internal.testutil.TransportFixture;

/**
 * {@link PahoTransport} against a real Mosquitto process: plain, with passwords, with TLS (server certificate,
 * client certificate, wrong CA, wrong host name) and across a broker crash. Skipped with a message where Mosquitto
 * is not installed, unless {@value MosquittoProcess#REQUIRE_ENV} is true.
 */
@NonNullByDefault
class PahoTransportMosquittoIT {

    private static final Authority CA = TestCertificates.authority("Mosquitto Test CA");
    private static final Issued SERVER = CA.server("broker", "localhost", "127.0.0.1");
    private static final String TOPIC = "/go-eCharger/012345/nrg";

    private final TransportFixture fixture = new TransportFixture();
    private final List<MosquittoProcess> brokers = new ArrayList<>();

    @TempDir
    @Nullable
    Path dir;

    @BeforeEach
    void requireMosquitto() {
        MosquittoProcess.assumeAvailable();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        fixture.close();
        brokers.forEach(MosquittoProcess::close);
    }

    @Test
    void plainConnectionSubscribesReceivesAndPublishes() throws Exception {
        MosquittoProcess broker = broker(MosquittoProcess.builder(tempDir()));
        assertExchangesMessages(config(broker.uri()), config(broker.uri()), broker);
    }

    @Test
    void theRightPasswordIsAcceptedAndAWrongOneRefused() throws Exception {
        MosquittoProcess broker = broker(MosquittoProcess.builder(tempDir()).user("openhab", "Right-Pa55"));
        RecordingListener good = new RecordingListener();
        started(config(broker.uri()).credentials("openhab", "Right-Pa55"), good);
        good.awaitEventAfter(0, ConnectionState.CONNECTED);

        RecordingListener wrong = new RecordingListener();
        started(config(broker.uri()).credentials("openhab", "Wrong-Pa55"), wrong);
        ConnectionEvent refused = awaitRefusal(wrong,
                Set.of(FailureReason.BAD_CREDENTIALS, FailureReason.NOT_AUTHORIZED));
        System.out.printf("[observed] Mosquitto, wrong password: %s %s%n", refused.reason(), refused.detail());
        assertFalse(refused.detail().contains("Pa55"), refused.detail());
    }

    @Test
    void tlsWithAGeneratedCaAndServerCertificateWorksByNameAndByAddress() throws Exception {
        MosquittoProcess broker = tlsBroker(false, SERVER);
        String ca = CA.certificate().certificatePem();
        assertExchangesMessages(config(broker.uri("localhost")).caCertificate(ca),
                config(broker.uri("127.0.0.1")).caCertificate(ca), broker);
    }

    @Test
    void tlsWithARequiredClientCertificateAcceptsRsaAndEcKeysAndRefusesNone() throws Exception {
        MosquittoProcess broker = tlsBroker(true, SERVER);
        Issued rsaClient = CA.client("rsa-client", "RSA");
        Issued ecClient = CA.client("ec-client", "EC");
        Path keyFile = TestCertificates.write(tempDir().resolve("ec-client.key"), ecClient.traditionalKeyPem());
        String ca = CA.certificate().certificatePem();
        assertExchangesMessages(
                config(broker.uri()).caCertificate(ca).clientCertificate(rsaClient.certificatePem(),
                        rsaClient.traditionalKeyPem(), null),
                config(broker.uri("localhost")).caCertificate(ca).clientCertificate(ecClient.certificatePem(),
                        keyFile.toString(), null),
                broker);

        RecordingListener withoutCertificate = new RecordingListener();
        started(config(broker.uri()).caCertificate(ca), withoutCertificate);
        ConnectionEvent refused = awaitRefusal(withoutCertificate,
                Set.of(FailureReason.TLS_HANDSHAKE, FailureReason.CONNECTION_LOST, FailureReason.OTHER));
        System.out.printf("[observed] Mosquitto, no client certificate: %s %s%n", refused.reason(), refused.detail());
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefusedAsUntrusted() throws Exception {
        MosquittoProcess broker = tlsBroker(false, SERVER);
        RecordingListener listener = new RecordingListener();
        started(config(broker.uri()).caCertificate(TestCertificates.authority("Wrong CA").certificate()
                .certificatePem()), listener);
        ConnectionEvent refused = listener.awaitEventAfter(0, ConnectionState.DISCONNECTED,
                FailureReason.TLS_UNTRUSTED);
        assertTrue(refused.detail().startsWith("Cannot connect to " + broker.uri()
                + ": the broker's certificate 'CN=broker' issued by 'CN=Mosquitto Test CA' is not trusted by the"
                + " configured CA certificate"), refused.detail());
    }

    @Test
    void aCertificateForAnotherHostIsRefusedUnlessHostnameVerificationIsOff() throws Exception {
        MosquittoProcess broker = tlsBroker(false, CA.server("elsewhere", "elsewhere.example"));
        String ca = CA.certificate().certificatePem();
        RecordingListener verifying = new RecordingListener();
        started(config(broker.uri()).caCertificate(ca), verifying);
        ConnectionEvent refused = verifying.awaitEventAfter(0, ConnectionState.DISCONNECTED,
                FailureReason.TLS_HOSTNAME);
        assertTrue(refused.detail().contains("does not name the host connected to"), refused.detail());

        RecordingListener lenient = new RecordingListener();
        started(config(broker.uri()).caCertificate(ca).hostnameVerification(false), lenient);
        lenient.awaitEventAfter(0, ConnectionState.CONNECTED);
    }

    @Test
    void reconnectsAndResubscribesAfterTheBrokerIsKilledAndStartedAgain() throws Exception {
        MosquittoProcess broker = broker(MosquittoProcess.builder(tempDir()));
        RecordingListener binding = new RecordingListener();
        PahoTransport transport = transport(config(broker.uri()));
        transport.subscribe(TOPIC);
        transport.start(binding);
        RecordingListener charger = new RecordingListener();
        PahoTransport chargerSide = started(config(broker.uri()), charger);
        binding.awaitEventAfter(0, ConnectionState.CONNECTED);
        charger.awaitEventAfter(0, ConnectionState.CONNECTED);

        int beforeKill = binding.eventCount();
        int chargerBeforeKill = charger.eventCount();
        long killed = System.nanoTime();
        broker.kill();
        binding.awaitEventAfter(beforeKill, ConnectionState.DISCONNECTED, FailureReason.CONNECTION_LOST);
        binding.awaitReasonCount(FailureReason.UNREACHABLE, 3);
        int beforeRestart = binding.eventCount();
        long restarted = System.nanoTime();
        broker.restart();
        binding.awaitEventAfter(beforeRestart, ConnectionState.CONNECTED);
        long resubscribed = System.nanoTime();
        charger.awaitEventAfter(chargerBeforeKill, ConnectionState.CONNECTED);

        Await.until(() -> {
            try {
                chargerSide.publish(TOPIC, "[230,231,229]".getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                // the charger side may still be reconnecting: try again
            }
            return binding.messages().stream().anyMatch(m -> m.topic().equals(TOPIC));
        }, RecordingListener.DEADLINE, () -> "a message after the restart; broker log:\n" + broker.log());
        System.out.printf("[timings] Mosquitto kill/restart (back-off 200 ms .. 2 s): killed -> restarted %d ms,"
                + " restarted -> resubscribed %d ms; events:%s%n", (restarted - killed) / 1_000_000,
                (resubscribed - restarted) / 1_000_000, PahoTransportMoquetteIT.describeTimed(binding, killed));
    }

    private void assertExchangesMessages(TransportConfig.Builder bindingConfig, TransportConfig.Builder chargerConfig,
            MosquittoProcess broker) throws Exception {
        RecordingListener binding = new RecordingListener();
        PahoTransport bindingSide = transport(bindingConfig);
        bindingSide.subscribe("/go-eCharger/+/#");
        bindingSide.start(binding);
        RecordingListener charger = new RecordingListener();
        PahoTransport chargerSide = transport(chargerConfig);
        chargerSide.subscribe("/go-eCharger/012345/+/set");
        chargerSide.start(charger);
        String why = "; broker log:\n" + broker.log();
        Await.until(() -> bindingSide.state() == ConnectionState.CONNECTED
                && chargerSide.state() == ConnectionState.CONNECTED, RecordingListener.DEADLINE,
                () -> binding.describeEvents() + charger.describeEvents() + why);
        chargerSide.publish(TOPIC, "[230]".getBytes(StandardCharsets.UTF_8));
        binding.awaitMessage(TOPIC, "[230]");
        bindingSide.publish("/go-eCharger/012345/frc/set", "2".getBytes(StandardCharsets.UTF_8));
        charger.awaitMessage("/go-eCharger/012345/frc/set", "2");
    }

    private static ConnectionEvent awaitRefusal(RecordingListener listener, Set<FailureReason> reasons) {
        Await.until(() -> listener.events().stream().anyMatch(e -> reasons.contains(e.reason())),
                RecordingListener.DEADLINE, listener::describeEvents);
        assertTrue(listener.events().stream().noneMatch(e -> e.state() == ConnectionState.CONNECTED),
                listener::describeEvents);
        return listener.events().stream().filter(e -> reasons.contains(e.reason())).findFirst().orElseThrow();
    }

    private MosquittoProcess tlsBroker(boolean requireClientCertificate, Issued server) {
        Path ca = TestCertificates.write(tempDir().resolve("ca.crt"), CA.certificate().certificatePem());
        Path certificate = TestCertificates.write(tempDir().resolve("server.crt"), server.certificatePem());
        Path key = TestCertificates.write(tempDir().resolve("server.key"), server.traditionalKeyPem());
        MosquittoProcess.Builder builder = MosquittoProcess.builder(tempDir()).tls(ca, certificate, key);
        return broker(requireClientCertificate ? builder.requireClientCertificate() : builder);
    }

    private MosquittoProcess broker(MosquittoProcess.Builder builder) {
        MosquittoProcess broker = builder.start();
        brokers.add(broker);
        return broker;
    }

    private static TransportConfig.Builder config(String uri) {
        return TransportFixture.fastReconnect(uri);
    }

    private PahoTransport transport(TransportConfig.Builder config) {
        return fixture.transport(config);
    }

    private PahoTransport started(TransportConfig.Builder config, RecordingListener listener) {
        return fixture.started(config, listener);
    }

    private Path tempDir() {
        Path path = dir;
        assertNotNull(path);
        return path;
    }
}
