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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A status description as the user reads it: parsed the way openHAB parses {@code @text/<key> [ "a", "b" ]} (the
 * text up to the first white space is the key; from the rest every {@code [}, {@code ]} and {@code "} is deleted,
 * it is split at {@code ,}, pieces trimmed and empty ones dropped), then the template from
 * {@code OH-INF/i18n/goemqtt[_de].properties} filled with {@link MessageFormat} (only when there are arguments).
 */
@NonNullByDefault
final class RenderedStatus {

    private RenderedStatus() {
    }

    static String english(String description) {
        return render(description, texts("goemqtt.properties"), Locale.ENGLISH);
    }

    static String german(String description) {
        return render(description, texts("goemqtt_de.properties"), Locale.GERMAN);
    }

    /** The handler's own texts of one file. */
    static Properties texts(String file) {
        Properties texts = new Properties();
        try (InputStream in = RenderedStatus.class.getResourceAsStream("/OH-INF/i18n/" + file)) {
            if (in == null) {
                throw new IllegalStateException("OH-INF/i18n/" + file + " is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** The arguments openHAB reads from a description; empty when it has none. */
    static String[] arguments(String description) {
        String[] parts = description.split("\\s+", 2);
        if (parts.length == 1) {
            return new String[0];
        }
        return Arrays.stream(parts[1].replaceAll("\\[|\\]|\"", "").split(",")).map(String::trim)
                .filter(part -> !part.isEmpty()).toArray(String[]::new);
    }

    private static String render(String description, Properties texts, Locale locale) {
        if (!description.startsWith(StatusText.PREFIX)) {
            throw new IllegalArgumentException("not a translatable description: " + description);
        }
        String key = description.split("\\s+", 2)[0].substring(StatusText.PREFIX.length());
        String template = texts.getProperty(key);
        if (template == null) {
            throw new AssertionError("no text for '" + key + "' (" + locale + ")");
        }
        String[] arguments = arguments(description);
        return description.contains(" ") ? new MessageFormat(template, locale).format(arguments) : template;
    }
}
