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

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The few DER operations needed to re-wrap PKCS#1 and SEC1 private keys as PKCS#8: write a tag-length-value and
 * list the elements of a SEQUENCE. Definite lengths only, as DER requires.
 */
@NonNullByDefault
final class Der {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    /** Context-specific constructed tag [0], used by SEC1 for the curve parameters. */
    static final int CONTEXT_0 = 0xA0;

    /** One element: its tag, its content and its complete encoding. */
    record Element(int tag, byte[] content, byte[] encoded) {
    }

    private Der() {
    }

    /** Encodes one element whose content is the concatenation of {@code parts}. */
    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        writeLength(out, content.size());
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    /** The elements inside the SEQUENCE that {@code der} holds. */
    static List<Element> sequence(byte[] der) {
        Element outer = read(der, 0);
        if (outer.tag() != SEQUENCE || outer.encoded().length != der.length) {
            throw new IllegalArgumentException("not a DER SEQUENCE");
        }
        List<Element> elements = new ArrayList<>();
        int offset = 0;
        while (offset < outer.content().length) {
            Element element = read(outer.content(), offset);
            elements.add(element);
            offset += element.encoded().length;
        }
        return elements;
    }

    private static Element read(byte[] data, int start) {
        if (start + 2 > data.length) {
            throw new IllegalArgumentException("truncated DER element");
        }
        int tag = data[start] & 0xFF;
        int position = start + 1;
        int length = data[position++] & 0xFF;
        if (length >= 0x80) {
            int bytes = length & 0x7F;
            if (bytes == 0 || bytes > 3 || position + bytes > data.length) {
                throw new IllegalArgumentException("unsupported DER length");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (data[position++] & 0xFF);
            }
        }
        if (position + length > data.length) {
            throw new IllegalArgumentException("truncated DER element");
        }
        return new Element(tag, Arrays.copyOfRange(data, position, position + length),
                Arrays.copyOfRange(data, start, position + length));
    }
}
