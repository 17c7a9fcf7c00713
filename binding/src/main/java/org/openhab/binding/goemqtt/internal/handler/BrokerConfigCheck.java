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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.protocol.DiscoveryBase;
import org.openhab.binding.goemqtt.internal.protocol.transport.BrokerAddress;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportConfig;

/**
 * The checks of a bridge configuration, done before anything starts and without touching the network or a file:
 * where the broker is, the discovery base topics, and everything the transport's configuration checks itself
 * (ports, durations, client id, which TLS fields go together). Each problem becomes a status text naming the
 * parameter.
 */
@NonNullByDefault
final class BrokerConfigCheck {

    /** The transport names the URI parameter so; the bridge calls it {@code uri}. */
    private static final String TRANSPORT_URI_PARAMETER = "brokerUri";

    private BrokerConfigCheck() {
    }

    /** The result: the transport's configuration and the discovery bases, or the status text of a problem. */
    record Checked(@Nullable TransportConfig transport, List<DiscoveryBase> bases, @Nullable String problem) {

        static Checked problem(String text) {
            return new Checked(null, List.of(), text);
        }
    }

    static Checked check(BrokerConfiguration config) {
        String uri = blankToNull(config.uri);
        String host = blankToNull(config.host);
        if (uri == null && host == null) {
            return Checked.problem(BrokerStatusTexts.missingHost());
        }
        ParsedBases parsedBases = ParsedBases.of(discoveryBaseTopics(config));
        String badBase = parsedBases.bad();
        if (badBase != null) {
            return Checked.problem(BrokerStatusTexts.invalidDiscoveryBase(badBase, parsedBases.reason()));
        }
        List<DiscoveryBase> bases = parsedBases.bases();
        if (uri == null && !config.tls && usesTls(config)) {
            return Checked.problem(BrokerStatusTexts.invalidParameter("tls",
                    "TLS settings are given (certificates, host name check) but TLS is off"));
        }
        try {
            return new Checked(transportConfig(config, uri, host), List.copyOf(bases), null);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String uriProblem = TRANSPORT_URI_PARAMETER + ": ";
            if (uri != null && message.startsWith(uriProblem)) {
                return Checked.problem(BrokerStatusTexts.invalidUri(uri, message.substring(uriProblem.length())));
            }
            return Checked.problem(BrokerStatusTexts.invalidParameter(message));
        }
    }

    /**
     * The discovery base topics, each entry split at its commas and stripped, blanks left out. openHAB hands a
     * multiple parameter over as a list, but text with commas stays one element: {@code discoveryBaseTopics=
     * "/go-eCharger/,home/chargers/"} in a {@code .things} file (the way the XML writes its default) is one entry.
     */
    static List<String> discoveryBaseTopics(BrokerConfiguration config) {
        return splitTopics(config.discoveryBaseTopics);
    }

    /**
     * The controller discovery bases ({@code controllerDiscoveryBaseTopics}, read like the chargers'), or the status
     * text of the first that cannot be one.
     */
    static ControllerBases controllerBases(BrokerConfiguration config) {
        ParsedBases parsed = ParsedBases.of(splitTopics(config.controllerDiscoveryBaseTopics));
        String bad = parsed.bad();
        return new ControllerBases(parsed.bases(),
                bad == null ? null : BrokerStatusTexts.invalidControllerDiscoveryBase(bad, parsed.reason()));
    }

    /** Topics as discovery bases, without repetition; or the first that cannot be one, and why. */
    private record ParsedBases(List<DiscoveryBase> bases, @Nullable String bad, String reason) {

        static ParsedBases of(List<String> topics) {
            List<DiscoveryBase> bases = new ArrayList<>();
            for (String topic : topics) {
                try {
                    DiscoveryBase parsed = DiscoveryBase.of(topic);
                    if (!bases.contains(parsed)) {
                        bases.add(parsed);
                    }
                } catch (IllegalArgumentException e) {
                    return new ParsedBases(List.of(), topic, String.valueOf(e.getMessage()));
                }
            }
            return new ParsedBases(List.copyOf(bases), null, "");
        }
    }

    /** The controller discovery bases, or why they cannot be used. */
    record ControllerBases(List<DiscoveryBase> bases, @Nullable String problem) {
    }

    private static List<String> splitTopics(List<String> entries) {
        List<String> topics = new ArrayList<>();
        for (String entry : entries) {
            for (String topic : entry.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.strip());
                }
            }
        }
        return topics;
    }

    private static TransportConfig transportConfig(BrokerConfiguration config, @Nullable String uri,
            @Nullable String host) {
        TransportConfig.Builder builder = uri != null ? TransportConfig.builder(uri)
                : TransportConfig.builder(BrokerAddress.of(String.valueOf(host), config.port, config.tls));
        return builder.clientId(config.clientId).credentials(config.username, config.password)
                .keepAlive(Duration.ofSeconds(config.keepAlive))
                .reconnectDelay(Duration.ofSeconds(config.reconnectDelayMin),
                        Duration.ofSeconds(config.reconnectDelayMax))
                .caCertificate(config.caCertificate)
                .clientCertificate(config.clientCertificate, config.clientKey, config.clientKeyPassword)
                .hostnameVerification(config.hostnameVerification)
                .trustAllCertificates(config.trustAllCertificates).build();
    }

    private static boolean usesTls(BrokerConfiguration config) {
        return blankToNull(config.caCertificate) != null || blankToNull(config.clientCertificate) != null
                || blankToNull(config.clientKey) != null || config.trustAllCertificates
                || !config.hostnameVerification;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
