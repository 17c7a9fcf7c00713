/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.ohinf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openhab.binding.goemqtt.internal.testutil.SharedReference;
import org.w3c.dom.Element;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Every OH-INF XML file of the bundle validates against openHAB's schemas of both supported lines (4.3.11 and
 * 5.2.1), read from the shared reference folder. The {@code https://openhab.org/schemas/…} locations are mapped to
 * the local files, so nothing is fetched from the network.
 */
@NonNullByDefault
class XsdValidationTest {

    static final Path OH_INF = Path.of("src/main/resources/OH-INF");
    static final List<String> LINES = List.of("4.3.11", "5.2.1");
    static final String SCHEMA_PREFIX = "https://openhab.org/schemas/";

    /** Root element namespace → schema file name. */
    static final Map<String, String> SCHEMA_BY_NAMESPACE = Map.of( //
            "https://openhab.org/schemas/addon/v1.0.0", "addon-1.0.0.xsd", //
            "https://openhab.org/schemas/thing-description/v1.0.0", "thing-description-1.0.0.xsd", //
            "https://openhab.org/schemas/config-description/v1.0.0", "config-description-1.0.0.xsd", //
            "https://openhab.org/schemas/update-description/v1.0.0", "update-description-1.0.0.xsd");

    @Test
    void theBundleHasAnAddonFileAndThingDescriptions() throws IOException {
        assertTrue(Files.isRegularFile(OH_INF.resolve("addon/addon.xml")), "OH-INF/addon/addon.xml is required");
        assertFalse(ohInfFiles().stream().filter(p -> p.startsWith(OH_INF.resolve("thing"))).toList().isEmpty(),
                "OH-INF/thing/ holds no XML");
    }

    @TestFactory
    Stream<DynamicTest> everyOhInfFileValidatesAgainstBothOpenhabLines() throws IOException {
        Path xsdRoot = SharedReference.resolve("reference/openhab-xsd");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : ohInfFiles()) {
            for (String line : LINES) {
                tests.add(DynamicTest.dynamicTest(OH_INF.relativize(file) + " is valid for openHAB " + line,
                        () -> validate(file, xsdRoot.resolve(line))));
            }
        }
        return tests.stream();
    }

    private static List<Path> ohInfFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(OH_INF)) {
            return walk.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    static void validate(Path file, Path xsdFolder) throws Exception {
        String namespace = rootNamespace(file);
        String schemaName = SCHEMA_BY_NAMESPACE.get(namespace);
        assertNotNull(schemaName, file + ": unknown root namespace " + namespace);
        Path schemaFile = xsdFolder.resolve(schemaName);
        assertTrue(Files.isRegularFile(schemaFile), "missing schema " + schemaFile);

        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new LocalSchemaResolver(xsdFolder));
        Schema schema = factory.newSchema(schemaFile.toFile());
        Validator validator = schema.newValidator();
        validator.setResourceResolver(new LocalSchemaResolver(xsdFolder));
        try {
            validator.validate(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            fail(file + " is not valid against " + schemaFile + ": " + e.getMessage());
        }
    }

    private static String rootNamespace(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        String namespace = root.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    /** Maps openHAB's schema URLs (and relative imports) to the files of one line's folder. */
    private static final class LocalSchemaResolver implements LSResourceResolver {
        private final Path folder;

        LocalSchemaResolver(Path folder) {
            this.folder = folder;
        }

        @Override
        public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
                String baseURI) {
            String name = systemId == null ? "" : systemId;
            if (name.startsWith(SCHEMA_PREFIX)) {
                name = name.substring(SCHEMA_PREFIX.length());
            }
            name = name.substring(name.lastIndexOf('/') + 1);
            Path local = folder.resolve(name);
            if (!Files.isRegularFile(local)) {
                throw new IllegalStateException("schema " + systemId + " is not available locally as " + local);
            }
            return new LocalInput(local, systemId, publicId);
        }
    }

    private record LocalInput(Path file, String systemIdValue, String publicIdValue) implements LSInput {
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {
        }

        @Override
        public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void setByteStream(InputStream byteStream) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {
        }

        @Override
        public String getSystemId() {
            return file.toUri().toString();
        }

        @Override
        public void setSystemId(String systemId) {
        }

        @Override
        public String getPublicId() {
            return publicIdValue;
        }

        @Override
        public void setPublicId(String publicId) {
        }

        @Override
        public String getBaseURI() {
            return file.toUri().toString();
        }

        @Override
        public void setBaseURI(String baseURI) {
        }

        @Override
        public String getEncoding() {
            return "UTF-8";
        }

        @Override
        public void setEncoding(String encoding) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
