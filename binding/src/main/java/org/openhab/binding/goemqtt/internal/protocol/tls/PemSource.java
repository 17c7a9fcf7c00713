/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.protocol.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * PEM text given either inline or as a file path. {@link #toString()} never shows the text itself (it may be a
 * private key); files are read on every {@link #read(String)} so renewed certificates take effect on reconnect.
 */
@NonNullByDefault
public final class PemSource {

    private static final String PEM_MARKER = "-----BEGIN ";

    private final @Nullable Path file;
    private final @Nullable String text;

    private PemSource(@Nullable Path file, @Nullable String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Text that contains a PEM header is taken as inline PEM, anything else as a file path.
     *
     * @param parameter the configuration parameter, for the error message
     * @throws IllegalArgumentException when the value is blank or not a valid path
     */
    public static PemSource of(String fileOrPem, String parameter) {
        if (fileOrPem.isBlank()) {
            throw new IllegalArgumentException(parameter + ": must be PEM text or a file path, was empty");
        }
        if (fileOrPem.contains(PEM_MARKER)) {
            return inline(fileOrPem);
        }
        try {
            return file(Path.of(fileOrPem.trim()));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(parameter + ": neither PEM text nor a valid file path");
        }
    }

    public static PemSource file(Path file) {
        return new PemSource(file, null);
    }

    public static PemSource inline(String pem) {
        return new PemSource(null, pem);
    }

    /** The PEM text: the inline text, or the file's content read now. */
    public String read(String parameter) throws TlsSetupException {
        String inline = text;
        if (inline != null) {
            return inline;
        }
        Path path = Objects.requireNonNull(file);
        try {
            return Files.readString(path, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new TlsSetupException(parameter + ": file '" + path + "' does not exist");
        } catch (IOException e) {
            throw new TlsSetupException(
                    parameter + ": cannot read file '" + path + "' (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PemSource source && Objects.equals(file, source.file)
                && Objects.equals(text, source.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, text);
    }

    @Override
    public String toString() {
        Path path = file;
        return path != null ? "file " + path : "inline PEM";
    }
}
