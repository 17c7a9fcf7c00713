/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.ChannelState;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.types.State;

/**
 * The binding's English texts (its {@code OH-INF/i18n/goemqtt.properties}) as openHAB shows them: status
 * descriptions {@code @text/<key> [ "a", "b" ]} rendered, and channel states with the label of their code
 * ({@code status#car-state = 2 (Charging)}).
 */
@NonNullByDefault
public final class BindingTexts {

    private static final String RESOURCE = "/OH-INF/i18n/goemqtt.properties";
    private static final String TEXT_PREFIX = "@text/";

    private final Properties texts;

    private BindingTexts(Properties texts) {
        this.texts = texts;
    }

    /** The texts of the binding on the class path; none (keys shown as they are) when it is missing. */
    public static BindingTexts load() {
        Properties texts = new Properties();
        try (InputStream in = BindingTexts.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
            }
        } catch (IOException e) {
            // keys are shown as they are
        }
        return new BindingTexts(texts);
    }

    /**
     * A status description as openHAB renders it: the arguments lose every {@code [}, {@code ]} and {@code "} and
     * are split at commas; a key without a text is shown as it is.
     */
    public String description(@Nullable String description) {
        if (description == null || !description.startsWith(TEXT_PREFIX)) {
            return description == null ? "" : description;
        }
        String rest = description.substring(TEXT_PREFIX.length()).strip();
        int space = rest.indexOf(' ');
        String key = space < 0 ? rest : rest.substring(0, space);
        String template = texts.getProperty(key);
        if (template == null) {
            return description;
        }
        if (space < 0) {
            return template;
        }
        String list = rest.substring(space + 1).replaceAll("[\\[\\]\"]", "");
        Object[] arguments = Arrays.stream(list.split(",")).map(String::strip).toArray();
        return new MessageFormat(template, Locale.ENGLISH).format(arguments);
    }

    /** {@code group#channel = state}, with the option label of a code, e.g. {@code (Charging)}. */
    public String state(String channel, State state) {
        String text = new ChannelState(channel, state).toString();
        String label = state instanceof DecimalType number ? optionLabel(channel, number) : null;
        return label == null ? text : text + " (" + label + ")";
    }

    private @Nullable String optionLabel(String channel, DecimalType number) {
        String id = channel.substring(channel.indexOf('#') + 1);
        return texts.getProperty(
                "channel-type.goemqtt." + id + ".state.option." + number.toBigDecimal().toPlainString());
    }
}
