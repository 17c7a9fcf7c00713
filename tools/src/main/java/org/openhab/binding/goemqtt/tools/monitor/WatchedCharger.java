/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.monitor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.Catalog;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.binding.goemqtt.internal.catalog.DecodeSession;
import org.openhab.binding.goemqtt.internal.discovery.ChargerSightings;
import org.openhab.binding.goemqtt.internal.protocol.BaseTopic;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.ResultAnswer;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Commands;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Status;
import org.openhab.binding.goemqtt.tools.BindingTexts;
import org.openhab.core.types.State;

/**
 * One charger the monitor watches: decodes its messages with the binding's catalog and prints its identity (serial,
 * base, firmware, type, variant, MQTT writes), then every channel whose state changed. Until the identity is
 * complete (or {@link #showValues()} is called) states are collected, not printed, so the identity comes first. A
 * go-e Controller is watched the same way with the controller's catalog (its identity has no variant).
 */
@NonNullByDefault
final class WatchedCharger {

    /** What is watched: its name in the output and the keys of its identity line. */
    enum Device {
        CHARGER("charger", List.of("fwv", "typ", "var", "mcr")),
        /** A go-e Controller: no variant. */
        CONTROLLER("controller", List.of("fwv", "typ", "mcr")),
        /** An API v1 charger: its status object taken apart; firmware only. */
        CHARGER_V1("charger (API v1)", List.of("fwv"));

        private final String text;
        private final List<String> identityKeys;

        Device(String text, List<String> identityKeys) {
            this.text = text;
            this.identityKeys = identityKeys;
        }
    }

    private final @Nullable String serial;
    private final BaseTopic base;
    private final DecodeSession session;
    private final BindingTexts texts;
    private final Clock clock;
    private final Consumer<String> printer;
    private final Map<String, String> identity = new LinkedHashMap<>();
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Device device;
    private final List<String> identityKeys;
    private boolean showing;

    WatchedCharger(@Nullable String serial, BaseTopic base, Catalog catalog, BindingTexts texts, Clock clock,
            Consumer<String> printer) {
        this(serial, base, catalog, texts, clock, printer, Device.CHARGER);
    }

    /** @param device what it is; {@code catalog} is its catalog (the controller's, the v1 one) */
    WatchedCharger(@Nullable String serial, BaseTopic base, Catalog catalog, BindingTexts texts, Clock clock,
            Consumer<String> printer, Device device) {
        this.device = device;
        this.identityKeys = device.identityKeys;
        this.serial = serial;
        this.base = base;
        this.session = new DecodeSession(catalog, clock.getZone());
        this.texts = texts;
        this.clock = clock;
        this.printer = printer;
    }

    BaseTopic base() {
        return base;
    }

    /** {@code charger}, {@code controller} or {@code charger (API v1)}. */
    String device() {
        return device.text;
    }

    boolean isV1() {
        return device == Device.CHARGER_V1;
    }

    /** An API v1 status: each member as a value of its own; the members the decoder left out as problems. */
    synchronized void acceptStatus(V1Status status) {
        status.values().forEach((key, value) -> valueArrived(new KeyValue(key, value)));
        status.dropped().forEach(dropped -> print("problem: status: " + dropped));
    }

    /** An API v1 command seen on {@code <base>cmd/req} ({@code key=value}), secrets masked. */
    synchronized void acceptV1Command(String text) {
        int equals = text.indexOf('=');
        String key = equals < 0 ? text : text.substring(0, equals);
        String value = equals < 0 ? "" : text.substring(equals + 1);
        print("v1 command " + key + " = " + V1Commands.shownValue(key, value));
    }

    /** The serial, or the base topic for a charger on a custom base whose serial is not in its topics. */
    String name() {
        String known = serial;
        return known != null ? known : base.value();
    }

    synchronized void accept(InboundMessage message) {
        if (message instanceof KeyValue value) {
            valueArrived(value);
        } else if (message instanceof ResultAnswer answer) {
            print("result of " + answer.key() + "/set: " + Secrets.text(answer.key(), answer.text()));
        } else if (message instanceof Unparseable bad) {
            print("unreadable " + bad.key() + bad.kind().suffix() + ": " + bad.reason() + ": " + bad.preview());
        }
    }

    /** Prints the identity as far as known and every state collected so far; later changes print at once. */
    synchronized void showValues() {
        if (showing) {
            return;
        }
        showing = true;
        printer.accept(identityLine());
        states.forEach((channel, state) -> print(texts.state(channel, state)));
    }

    private void valueArrived(KeyValue value) {
        String key = value.key();
        if (identityKeys.contains(key)) {
            String text = Objects.requireNonNullElse(ChargerSightings.propertyText(key, value.value()),
                    value.value().toString());
            String before = identity.put(key, text);
            if (showing && "mcr".equals(key) && !text.equals(before)) {
                print("MQTT " + writes(text));
            }
        }
        Catalog.Decoded decoded = session.accept(key, value.value(), clock.instant());
        for (ChannelState update : decoded.states()) {
            State before = states.put(update.channel(), update.state());
            if (showing && !update.state().equals(before)) {
                print(texts.state(update.channel(), update.state()));
            }
        }
        decoded.problems().forEach(problem -> print("problem: " + problem));
        if (!showing && identity.keySet().containsAll(identityKeys)) {
            showValues();
        }
    }

    private String identityLine() {
        String start = device() + " " + (serial != null ? serial : "(serial not in the topics)") + ": base topic "
                + base.value() + ", firmware " + identity.getOrDefault("fwv", "?");
        if (device == Device.CHARGER_V1) {
            return start;
        }
        return start + ", type " + identity.getOrDefault("typ", "?")
                + (device == Device.CONTROLLER ? "" : ", variant " + identity.getOrDefault("var", "?")) + ", MQTT "
                + (identity.containsKey("mcr") ? writes(identity.get("mcr")) : "writes unknown (no mcr)");
    }

    private static String writes(@Nullable String mcr) {
        return "true".equals(mcr) ? "writes off (read-only)" : "writes on";
    }

    private void print(String text) {
        printer.accept("[" + name() + "] " + text);
    }
}
