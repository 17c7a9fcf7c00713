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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The configuration of a {@code goemqtt:broker} bridge, field names as in {@code OH-INF/thing/broker.xml}. Either
 * {@link #host} (with {@link #port} and {@link #tls}) or {@link #uri} says where the broker is; the URI wins when
 * both are given. Durations are in seconds.
 */
@NonNullByDefault
public class BrokerConfiguration {

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String URI = "uri";
    public static final String DISCOVERY_BASE_TOPICS = "discoveryBaseTopics";
    public static final String CONTROLLER_DISCOVERY_BASE_TOPICS = "controllerDiscoveryBaseTopics";
    public static final String RECONNECT_DELAY_MIN = "reconnectDelayMin";
    public static final String RECONNECT_DELAY_MAX = "reconnectDelayMax";

    // connection
    public @Nullable String host;
    public @Nullable Integer port;
    public @Nullable String uri;
    public @Nullable String clientId;
    public int keepAlive = 60;

    // security
    public boolean tls = false;
    public @Nullable String caCertificate;
    public @Nullable String clientCertificate;
    public @Nullable String clientKey;
    public @Nullable String clientKeyPassword;
    public boolean hostnameVerification = true;
    public boolean trustAllCertificates = false;
    public @Nullable String username;
    public @Nullable String password;

    // discovery: a list from openHAB; commas inside an entry separate topics too (see BrokerConfigCheck)
    public List<String> discoveryBaseTopics = new ArrayList<>(List.of("/go-eCharger/", "go-eCharger/"));
    // go-e Controllers: their own bases, read like discoveryBaseTopics
    public List<String> controllerDiscoveryBaseTopics = new ArrayList<>(
            List.of("/go-eController/", "go-eController/"));

    // advanced
    public int reconnectDelayMin = 1;
    public int reconnectDelayMax = 60;
}
