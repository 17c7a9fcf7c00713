/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.types.Type;

/**
 * Pins the public and protected API of the stand-in to the state that was audited member by member against the
 * openHAB sources of both lines (see the README's audit table). Any change to a signature, modifier, generic type,
 * thrown exception, annotation default, retention or target fails here until the change is audited too and
 * {@code src/test/resources/api-surface.txt} is replaced by {@code target/api-surface.actual.txt}.
 */
@NonNullByDefault
class ApiSurfaceTest {

    private static final String ROOT_PACKAGE = "org.openhab.core";

    @Test
    void theDeclaredApiIsTheAuditedOne() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> actual = surface();
        Path actualFile = Path.of("target", "api-surface.actual.txt");
        Files.write(actualFile, actual, StandardCharsets.UTF_8);
        List<String> audited = Files.readAllLines(Path.of("src", "test", "resources", "api-surface.txt"),
                StandardCharsets.UTF_8);
        List<String> added = actual.stream().filter(line -> !audited.contains(line)).toList();
        List<String> removed = audited.stream().filter(line -> !actual.contains(line)).toList();
        assertTrue(added.isEmpty() && removed.isEmpty(), () -> "The stand-in API differs from the audited one."
                + " Audit the change against both openHAB lines, then copy " + actualFile
                + " over src/test/resources/api-surface.txt.\nNot audited: " + added + "\nNo longer declared: "
                + removed);
    }

    @Test
    void everyPublicTypeOfTheStandInIsInTheSnapshot() throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> lines = surface();
        assertTrue(lines.contains("class public abstract org.openhab.core.thing.binding.BaseThingHandler"
                + " implements org.openhab.core.thing.binding.ThingHandler"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("annotation org.openhab.core.automation.annotation"
                + ".ActionOutput retention=RUNTIME target=[METHOD]")));
        assertTrue(lines.stream().noneMatch(line -> line.contains("NumberText") || line.contains("BuiltThing")),
                "package-private helpers are not API");
    }

    private static List<String> surface() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Objects.requireNonNull(Type.class.getProtectionDomain().getCodeSource()).getLocation()
                .toURI());
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve(ROOT_PACKAGE.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers()) && !type.isSynthetic()) {
                    describe(type, lines);
                }
            }
        }
        return lines.stream().sorted().toList();
    }

    private static void describe(Class<?> type, List<String> lines) {
        String name = type.getName();
        if (type.isAnnotation()) {
            Retention retention = type.getAnnotation(Retention.class);
            Target target = type.getAnnotation(Target.class);
            lines.add("annotation " + name + " retention=" + (retention == null ? "CLASS" : retention.value())
                    + " target=" + (target == null ? "[]" : Arrays.toString(target.value())));
        } else {
            String kind = type.isInterface() ? "interface" : type.isEnum() ? "enum" : "class";
            String supertype = type.getGenericSuperclass() == null || type.isEnum()
                    || type.getSuperclass() == Object.class ? "" : " extends " + type.getGenericSuperclass().getTypeName();
            String interfaces = type.getGenericInterfaces().length == 0 ? ""
                    : (type.isInterface() ? " extends " : " implements ") + Arrays.stream(type.getGenericInterfaces())
                            .map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", "));
            lines.add(kind + " " + Modifier.toString(type.getModifiers() & ~Modifier.INTERFACE) + " " + name
                    + typeParameters(type) + supertype + interfaces);
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field) && !field.isSynthetic()) {
                lines.add(name + " | " + field.toGenericString());
            }
        }
        for (Executable executable : type.getDeclaredConstructors()) {
            if (visible(executable) && !executable.isSynthetic()) {
                lines.add(name + " | " + executable.toGenericString());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method) && !method.isSynthetic() && !method.isBridge()) {
                Object fallback = method.getDefaultValue();
                lines.add(name + " | " + method.toGenericString().replace("synchronized ", "")
                        + (fallback == null ? "" : " default " + render(fallback)));
            }
        }
    }

    private static boolean visible(Member member) {
        return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
    }

    private static String typeParameters(Class<?> type) {
        if (type.getTypeParameters().length == 0) {
            return "";
        }
        return Arrays.stream(type.getTypeParameters()).map(parameter -> parameter.getName() + " extends "
                + Arrays.stream(parameter.getBounds()).map(java.lang.reflect.Type::getTypeName)
                        .collect(Collectors.joining(" & ")))
                .collect(Collectors.joining(", ", "<", ">"));
    }

    private static String render(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(ApiSurfaceTest::render).collect(Collectors.joining(", ", "{", "}"));
        }
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }
}
