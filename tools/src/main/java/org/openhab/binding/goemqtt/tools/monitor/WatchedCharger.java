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

    private static final List<String> IDENTITY_KEYS = List.of("fwv", "typ", "var", "mcr");
    private static final List<String> CONTROLLER_IDENTITY_KEYS = List.of("fwv", "typ", "mcr");

    private final @Nullable String serial;
    private final BaseTopic base;
    private final DecodeSession session;
    private final BindingTexts texts;
    private final Clock clock;
    private final Consumer<String> printer;
    private final Map<String, String> identity = new LinkedHashMap<>();
    private final Map<String, State> states = new LinkedHashMap<>();
    private final boolean controller;
    private final List<String> identityKeys;
    private boolean showing;

    WatchedCharger(@Nullable String serial, BaseTopic base, Catalog catalog, BindingTexts texts, Clock clock,
            Consumer<String> printer) {
        this(serial, base, catalog, texts, clock, printer, false);
    }

    /** @param controller whether this is a go-e Controller (decoded with {@code catalog}, no variant) */
    WatchedCharger(@Nullable String serial, BaseTopic base, Catalog catalog, BindingTexts texts, Clock clock,
            Consumer<String> printer, boolean controller) {
        this.controller = controller;
        this.identityKeys = controller ? CONTROLLER_IDENTITY_KEYS : IDENTITY_KEYS;
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

    /** {@code charger} or {@code controller}. */
    String device() {
        return controller ? "controller" : "charger";
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
        return device() + " " + (serial != null ? serial : "(serial not in the topics)") + ": base topic "
                + base.value() + ", firmware " + identity.getOrDefault("fwv", "?") + ", type "
                + identity.getOrDefault("typ", "?")
                + (controller ? "" : ", variant " + identity.getOrDefault("var", "?")) + ", MQTT "
                + (identity.containsKey("mcr") ? writes(identity.get("mcr")) : "writes unknown (no mcr)");
    }

    private static String writes(@Nullable String mcr) {
        return "true".equals(mcr) ? "writes off (read-only)" : "writes on";
    }

    private void print(String text) {
        printer.accept("[" + name() + "] " + text);
    }
}
