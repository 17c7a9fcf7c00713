/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools.demo;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.binding.goemqtt.internal.protocol.TopicKind;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionEvent;
import org.openhab.binding.goemqtt.internal.protocol.transport.ConnectionState;
import org.openhab.binding.goemqtt.internal.protocol.transport.MqttTransport;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportException;
import org.openhab.binding.goemqtt.internal.protocol.transport.TransportListener;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Commands;
import org.openhab.binding.goemqtt.internal.protocol.v1.V1Topics;

/**
 * The bridge's MQTT connection with a window on it: everything the binding publishes (a {@code /set}, an API v1
 * {@code cmd/req}) and every {@code /result} it receives is printed, secrets masked, then passed on unchanged.
 */
@NonNullByDefault
final class ObservedTransport implements MqttTransport {

    private final MqttTransport transport;
    private final Consumer<String> printer;
    private final BiConsumer<String, String> results;

    /** @param results hears the key and text of every {@code /result} */
    ObservedTransport(MqttTransport transport, Consumer<String> printer, BiConsumer<String, String> results) {
        this.transport = transport;
        this.printer = printer;
        this.results = results;
    }

    @Override
    public void start(TransportListener listener) {
        transport.start(new TransportListener() {
            @Override
            public void messageArrived(String topic, byte[] payload) {
                if (topic.endsWith(TopicKind.RESULT.suffix())) {
                    String text = new String(payload, StandardCharsets.UTF_8);
                    printer.accept("  mqtt <- " + topic + " " + Secrets.text(keyOf(topic), text));
                    String keyTopic = topic.substring(0, topic.length() - TopicKind.RESULT.suffix().length());
                    results.accept(keyTopic.substring(keyTopic.lastIndexOf('/') + 1), text);
                }
                listener.messageArrived(topic, payload);
            }

            @Override
            public void connectionChanged(ConnectionEvent event) {
                listener.connectionChanged(event);
            }
        });
    }

    /** The key of {@code <base><key>/set} or {@code <base><key>/result}. */
    private static String keyOf(String topic) {
        String keyTopic = topic.substring(0, topic.lastIndexOf('/'));
        return keyTopic.substring(keyTopic.lastIndexOf('/') + 1);
    }

    @Override
    public void subscribe(String topicFilter) {
        transport.subscribe(topicFilter);
    }

    @Override
    public void unsubscribe(String topicFilter) {
        transport.unsubscribe(topicFilter);
    }

    @Override
    public void publish(String topic, byte[] payload) throws TransportException {
        String text = new String(payload, StandardCharsets.UTF_8);
        printer.accept("  mqtt -> " + topic + " "
                + (topic.endsWith("/" + V1Topics.COMMAND) ? shownCommand(text) : Secrets.text(keyOf(topic), text)));
        transport.publish(topic, payload);
    }

    /** An API v1 command {@code key=value} as it may be shown: a secret key's value masked. */
    private static String shownCommand(String command) {
        int equals = command.indexOf('=');
        return equals < 0 ? Secrets.MASK
                : command.substring(0, equals + 1)
                        + V1Commands.shownValue(command.substring(0, equals), command.substring(equals + 1));
    }

    @Override
    public ConnectionState state() {
        return transport.state();
    }

    @Override
    public void close() {
        transport.close();
    }
}
