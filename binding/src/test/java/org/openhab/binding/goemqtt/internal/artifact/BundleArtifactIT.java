/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.artifact;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.artifact.OsgiHeader.Clause;

/**
 * Opens the bundle jar that the build just produced and checks every rule that makes it installable from the
 * marketplace on openHAB 4.3 and 5.x. Runs after packaging (failsafe), so a broken jar fails the build.
 */
@NonNullByDefault
class BundleArtifactIT {

    private static @Nullable JarFile jar;
    private static @Nullable Path jarPath;

    @BeforeAll
    static void openJar() throws IOException {
        String location = System.getProperty("goemqtt.bundle.jar");
        assertNotNull(location, "system property goemqtt.bundle.jar is not set by the build");
        Path path = Path.of(location);
        assertTrue(Files.isRegularFile(path), "the bundle jar was not built: " + path);
        jarPath = path;
        jar = new JarFile(path.toFile());
    }

    @AfterAll
    static void closeJar() throws IOException {
        JarFile j = jar;
        if (j != null) {
            j.close();
        }
    }

    private static JarFile jar() {
        JarFile j = jar;
        assertNotNull(j);
        return j;
    }

    private static Attributes mainAttributes() throws IOException {
        Manifest manifest = jar().getManifest();
        assertNotNull(manifest, "the jar has no manifest");
        return manifest.getMainAttributes();
    }

    private static List<String> entries() {
        return jar().stream().map(ZipEntry::getName).toList();
    }

    @Test
    void theJarIsNamedAsTheMarketplaceExpects() {
        Path path = jarPath;
        assertNotNull(path);
        assertTrue(path.getFileName().toString().matches("org\\.openhab\\.binding\\.goemqtt-\\d+\\.\\d+\\.\\d+\\.jar"),
                "unexpected jar name " + path.getFileName());
    }

    @Test
    void theManifestNamesTheBundleAndItsVersion() throws IOException {
        Attributes main = mainAttributes();
        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        assertEquals("org.openhab.binding.goemqtt", main.getValue("Bundle-SymbolicName"));
        String version = main.getValue("Bundle-Version");
        assertNotNull(version);
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(\\..+)?"), "Bundle-Version " + version);
    }

    @Test
    void noClassOfOpenhabCoreIsInside() {
        List<String> core = entries().stream().filter(e -> e.startsWith("org/openhab/core/")).toList();
        assertEquals(List.of(), core, "the compile-only stand-in leaked into the bundle");
    }

    @Test
    void theBindingClassesAreInside() {
        assertTrue(entries().stream().anyMatch(e -> e.startsWith("org/openhab/binding/goemqtt/internal/")
                && e.endsWith(".class")), "no binding class in the jar");
    }

    @Test
    void pahoIsEmbeddedWithItsMessageBundlesAndServiceFile() throws IOException {
        List<String> entries = entries();
        assertTrue(entries.contains("org/eclipse/paho/client/mqttv3/MqttAsyncClient.class"));
        assertTrue(entries.contains("org/eclipse/paho/client/mqttv3/internal/nls/messages.properties"));
        assertTrue(entries.contains("org/eclipse/paho/client/mqttv3/internal/nls/logcat.properties"));
        String services = "META-INF/services/org.eclipse.paho.client.mqttv3.spi.NetworkModuleFactory";
        ZipEntry entry = jar().getEntry(services);
        assertNotNull(entry, "Paho's network module service file is missing");
        try (InputStream in = jar().getInputStream(entry)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long factories = text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .peek(l -> assertTrue(entries.contains(l.replace('.', '/') + ".class"),
                            "service names a class that is not in the jar: " + l))
                    .count();
            assertTrue(factories >= 3, "expected Paho's tcp, ssl and websocket factories, got " + text);
        }
    }

    @Test
    void noSignatureFilesForeignManifestsOrModuleInfo() {
        for (String entry : entries()) {
            assertFalse(entry.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"), "signature file in the bundle: " + entry);
            assertFalse(entry.endsWith("module-info.class"), "module-info in the bundle: " + entry);
            assertFalse(entry.startsWith("META-INF/maven/org.eclipse.paho"), "Paho's maven metadata: " + entry);
        }
        assertEquals(1, entries().stream().filter(e -> e.equalsIgnoreCase("META-INF/MANIFEST.MF")).count());
    }

    @Test
    void openhabPackagesAreImportedWithoutAnInferredRange() throws IOException {
        OsgiHeader imports = OsgiHeader.parse(mainAttributes().getValue("Import-Package"));
        List<Clause> openhab = imports.clauses().stream().filter(c -> c.name().startsWith("org.openhab.")).toList();
        assertFalse(openhab.isEmpty(), "the bundle imports no openHAB package");
        for (Clause clause : openhab) {
            String version = clause.attribute("version");
            assertTrue(version == null || "[4.3,6)".equals(version),
                    clause.name() + " is imported with version " + version);
        }
    }

    @Test
    void ruleActionAnnotationsAreOptional() throws IOException {
        OsgiHeader imports = OsgiHeader.parse(mainAttributes().getValue("Import-Package"));
        Clause clause = imports.find("org.openhab.core.automation.annotation");
        if (clause != null) {
            assertEquals("optional", clause.directive("resolution"));
        }
    }

    @Test
    void gsonImportAcceptsTheVersionOpenhab43Ships() throws IOException {
        OsgiHeader imports = OsgiHeader.parse(mainAttributes().getValue("Import-Package"));
        for (Clause clause : imports.clauses()) {
            if (clause.name().startsWith("com.google.gson")) {
                String version = clause.attribute("version");
                if (version != null) {
                    VersionRange range = VersionRange.parse(version);
                    assertTrue(range.includes("2.10.0") && range.includes("2.10.1"),
                            clause.name() + " version " + version + " refuses gson 2.10");
                }
            }
        }
    }

    @Test
    void nothingFromPahoOrJavaIsImportedAndNothingIsExported() throws IOException {
        Attributes main = mainAttributes();
        for (Clause clause : OsgiHeader.parse(main.getValue("Import-Package")).clauses()) {
            assertFalse(clause.name().startsWith("org.eclipse.paho"), "Paho is imported: " + clause.name());
            assertFalse(clause.name().startsWith("java."), "java.* is imported: " + clause.name());
        }
        assertEquals(List.of(), OsgiHeader.parse(main.getValue("Export-Package")).clauses());
    }

    @Test
    void theExecutionEnvironmentIsAtMostJava17() throws IOException {
        String capability = mainAttributes().getValue("Require-Capability");
        assertNotNull(capability, "no Require-Capability header");
        Matcher m = Pattern.compile("osgi\\.ee=JavaSE\\)\\(version=(\\d+)").matcher(capability);
        assertTrue(m.find(), "no osgi.ee requirement in " + capability);
        assertTrue(Integer.parseInt(m.group(1)) <= 17, "requires Java " + m.group(1));
    }

    @Test
    void ohInfDeclaresTheAddonTheBridgeAndTheCharger() throws IOException {
        assertTrue(text("OH-INF/addon/addon.xml").contains("id=\"goemqtt\""));
        assertTrue(text("OH-INF/addon/addon.xml").contains("<type>binding</type>"));
        String things = entries().stream().filter(e -> e.startsWith("OH-INF/thing/") && e.endsWith(".xml"))
                .map(BundleArtifactIT::textUnchecked).reduce("", String::concat);
        assertTrue(things.contains("<bridge-type id=\"broker\""), "no bridge type broker");
        assertTrue(things.contains("<thing-type id=\"charger\""), "no thing type charger");
    }

    @Test
    void theHandlerFactoryIsADeclarativeServicesComponent() throws IOException {
        String header = mainAttributes().getValue("Service-Component");
        assertNotNull(header, "no Service-Component header");
        boolean factory = false;
        for (Clause clause : OsgiHeader.parse(header).clauses()) {
            String xml = text(clause.name());
            factory |= xml.contains("interface=\"org.openhab.core.thing.binding.ThingHandlerFactory\"");
        }
        assertTrue(factory, "no component provides ThingHandlerFactory");
    }

    private static String text(String entryName) throws IOException {
        ZipEntry entry = jar().getEntry(entryName);
        assertNotNull(entry, entryName + " is missing");
        try (InputStream in = jar().getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String textUnchecked(String entryName) {
        try {
            return text(entryName);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
