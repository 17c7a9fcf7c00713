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
import java.util.List;
import java.util.Properties;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A status description as the user reads it, following openHAB's {@code ThingStatusInfoI18nLocalizationService}
 * (with {@code I18nUtil} and the translation provider) as read in openhab-core:
 * <ul>
 * <li>a description that does not start with {@code @text/} is shown as it is;</li>
 * <li>the key is the text before the first run of white space ({@code \s+}), without {@code @text/};</li>
 * <li>the arguments, when there is a rest: every {@code [}, {@code ]} and {@code "} deleted, split at {@code ,},
 * pieces trimmed, blank pieces dropped, no escape; an argument that starts with {@code @text/} is itself looked up
 * (and stays as it is when there is no such key);</li>
 * <li>a key the bundle has no text for shows as the key, {@code @text/} and all, without its arguments;</li>
 * <li>a text found is always formatted with {@link MessageFormat#format(String, Object...)}, with no arguments too
 * (a {@code {0}} then stays as it is, and an apostrophe is swallowed); arguments are inserted as they are.</li>
 * </ul>
 * {@link #english(String)} and {@link #german(String)} are stricter, for the binding's own descriptions: they fail
 * on a description that is no {@code @text/} key or whose key has no text.
 */
@NonNullByDefault
final class RenderedStatus {

    static final String PREFIX = "@text/";

    /** A description as openHAB splits it: its key ({@code @text/} and all) and its arguments, null when none. */
    record Parsed(String key, @Nullable List<String> arguments) {
    }

    private RenderedStatus() {
    }

    static String english(String description) {
        return strict(description, texts("goemqtt.properties"));
    }

    static String german(String description) {
        return strict(description, texts("goemqtt_de.properties"));
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

    static Parsed parse(String description) {
        String[] parts = description.split("\\s+", 2);
        if (parts.length == 1) {
            return new Parsed(parts[0], null);
        }
        return new Parsed(parts[0], Arrays.stream(parts[1].replaceAll("\\[|\\]|\"", "").split(","))
                .filter(part -> !part.trim().isEmpty()).map(String::trim).toList());
    }

    /** The arguments openHAB reads from a description; empty when it has none. */
    static String[] arguments(String description) {
        List<String> arguments = parse(description).arguments();
        return arguments == null ? new String[0] : arguments.toArray(String[]::new);
    }

    /** What openHAB shows for {@code description} with the bundle texts {@code texts}. */
    static String show(String description, Properties texts) {
        if (!description.startsWith(PREFIX)) {
            return description;
        }
        Parsed parsed = parse(description);
        List<String> arguments = parsed.arguments();
        Object[] translated = arguments == null ? null
                : arguments.stream().map(argument -> argument.startsWith(PREFIX) ? translate(argument, texts)
                        : argument).toArray();
        String template = texts.getProperty(parsed.key().replace(PREFIX, ""));
        return template == null ? parsed.key() : MessageFormat.format(template, translated);
    }

    private static String translate(String constant, Properties texts) {
        String template = texts.getProperty(constant.replace(PREFIX, ""));
        return template == null ? constant : MessageFormat.format(template, new Object[0]);
    }

    private static String strict(String description, Properties texts) {
        if (!description.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a translatable description: " + description);
        }
        String key = parse(description).key().substring(PREFIX.length());
        if (texts.getProperty(key) == null) {
            throw new AssertionError("no text for '" + key + "'");
        }
        return show(description, texts);
    }
}
