/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What openHAB does to configuration values, behind {@link Configuration} (not API). Two parts:
 * <ul>
 * <li><b>Storing</b> (openHAB's {@code ConfigUtil.normalizeType(value, null)}, called by the constructor and
 * {@code put}): text and booleans stay; {@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code Float}
 * and {@code Double} become {@link BigDecimal}; a {@code BigDecimal} with more than one decimal place loses its
 * trailing zeros but keeps at least one decimal place ({@code 1.50} to {@code 1.5}, {@code 2.00} to {@code 2.0});
 * any other number ({@code BigInteger}, {@code AtomicLong}) is kept as it is; a collection becomes a list of its
 * normalised elements (an empty one an immutable empty list) and must not hold {@code null} (NullPointerException)
 * or elements of different kinds (IllegalArgumentException); anything else (an enum, a map, an array) is refused
 * with an IllegalArgumentException.</li>
 * <li><b>Mapping</b> (openHAB's {@code ConfigParser.configurationAs}, called by {@code as} and so by
 * {@code BaseThingHandler.getConfigAs}): a new instance by the public no-argument constructor (none, or not
 * accessible: {@code null}), then every field of the class and its superclasses that is neither final nor
 * transient (static ones too) takes the value of the same name, converted as {@link #valueAs} does; a missing or
 * {@code null} value, or one that cannot be converted, leaves the field's initial value. Where the 4.3 and 5.x
 * lines differ, {@link Line} says how.</li>
 * </ul>
 * Numbers are never range-checked: {@code BigDecimal} to {@code int} is {@code intValue()}, which drops fractions
 * and wraps. Text is not trimmed and never split: {@code "a,b"} for a {@code List<String>} field is one element.
 */
@NonNullByDefault
final class ConfigValues {

    /**
     * Which openHAB line's mapping is followed; system property {@code openhab.core.line} ({@code 4.3}, the
     * default, or {@code 5.2}).
     */
    enum Line {
        /**
         * 4.3.x: text that is no number for a number field, or no constant of an enum field, leaves the field as it
         * is (logged); a collection for a field that is not a parameterised type (a {@code String} field) throws a
         * ClassCastException; records have no no-argument constructor and map to {@code null}.
         */
        OH_4_3,
        /**
         * 5.2 (sources of 2026): text that is no number for a number field throws the NumberFormatException out of
         * {@code as}; a collection for a field that is no {@code List} or {@code Set} leaves it as it is (logged);
         * records are built by their canonical constructor (missing primitives 0 or false).
         */
        OH_5_2;

        static Line of(@Nullable String name) {
            return name != null && name.strip().startsWith("5") ? OH_5_2 : OH_4_3;
        }
    }

    /** The line {@link Configuration#as(Class)} follows. */
    static final Line LINE = Line.of(System.getProperty("openhab.core.line"));

    /** The keys OSGi adds to a service configuration; the map constructor leaves them out, {@code put} does not. */
    private static final Set<String> OSGI_KEYS = Set.of("objectClass", "component.name", "component.id");

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, int.class, Integer.class, long.class, Long.class, float.class, Float.class,
            double.class, Double.class);

    private static final Map<Class<?>, Object> ZEROS = Map.of(boolean.class, false, byte.class, (byte) 0, short.class,
            (short) 0, int.class, 0, long.class, 0L, float.class, 0f, double.class, 0d, char.class, '\0');

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigValues.class);

    private ConfigValues() {
    }

    /** The value as {@code put} stores it; {@code null} stays {@code null}. */
    static @Nullable Object normalize(@Nullable Object value) {
        return value == null ? null : normalizeValue(value);
    }

    /** The map as the map constructor stores it: values normalised, the OSGi keys left out. */
    static Map<String, @Nullable Object> normalizeAll(Map<String, ? extends @Nullable Object> properties) {
        Map<String, @Nullable Object> normalized = new HashMap<>(properties.size());
        properties.forEach((key, value) -> {
            if (!OSGI_KEYS.contains(key)) {
                normalized.put(key, normalize(value));
            }
        });
        return normalized;
    }

    private static Object normalizeValue(Object value) {
        if (value instanceof String || value instanceof Boolean) {
            return value;
        } else if (value instanceof Number number) {
            return decimal(number);
        } else if (value instanceof Collection<?> collection) {
            return list(collection);
        }
        throw new IllegalArgumentException("A configuration value is text, a boolean, a number or a collection of "
                + "them, not a " + value.getClass().getName());
    }

    private static Object decimal(Number number) {
        try {
            if (number instanceof BigDecimal decimal) {
                return fewerZeros(decimal);
            } else if (number instanceof Byte || number instanceof Short || number instanceof Integer
                    || number instanceof Long) {
                return BigDecimal.valueOf(number.longValue());
            } else if (number instanceof Float) {
                return new BigDecimal(number.toString());
            } else if (number instanceof Double fraction) {
                return BigDecimal.valueOf(fraction);
            }
        } catch (NumberFormatException e) {
            // NaN and the infinities stay as they are, as openHAB keeps them
        }
        return number;
    }

    /** More than one decimal place: trailing zeros go, but one decimal place stays. */
    private static BigDecimal fewerZeros(BigDecimal decimal) {
        if (decimal.scale() <= 1) {
            return decimal;
        }
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() == 0 ? stripped.setScale(1) : stripped;
    }

    private static List<Object> list(Collection<?> collection) {
        if (collection.isEmpty()) {
            return List.of();
        }
        List<Object> list = new ArrayList<>(collection.size());
        for (Object element : collection) {
            if (element == null) {
                throw new NullPointerException("A configuration collection holds null");
            }
            Object normalized = normalizeValue(element);
            if (!list.isEmpty() && normalized.getClass() != list.get(0).getClass()) {
                throw new IllegalArgumentException("A configuration collection mixes "
                        + list.get(0).getClass().getName() + " and " + normalized.getClass().getName());
            }
            list.add(normalized);
        }
        return list;
    }

    /**
     * A new instance of {@code type} with the fields named like the parameters set; {@code null} when it cannot be
     * made (no public no-argument constructor, a class outside the caller's reach).
     */
    static <T> @Nullable T map(Map<String, @Nullable Object> properties, Class<T> type, Line line) {
        T target;
        try {
            if (line == Line.OH_5_2 && type.isRecord()) {
                return record(properties, type, line);
            }
            target = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            LOGGER.debug("No configuration of type {}: {}", type.getName(), e.toString());
            return null;
        } catch (SecurityException | IllegalArgumentException e) {
            if (line == Line.OH_5_2) {
                throw e;
            }
            LOGGER.debug("No configuration of type {}: {}", type.getName(), e.toString());
            return null;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                Object value = properties.get(field.getName());
                if (value == null || Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (line == Line.OH_4_3) {
                    setField43(target, field, value);
                } else {
                    setField52(target, field, value);
                }
            }
        }
        return target;
    }

    /** 4.3: what goes wrong while converting or setting is logged, except inside a collection. */
    private static void setField43(Object target, Field field, Object value) {
        Object candidate = value;
        if (value instanceof Collection<?> collection) {
            candidate = collection(collection, field.getType(), field.getGenericType(), field.getName(),
                    Line.OH_4_3);
            if (candidate == null) {
                return;
            }
        }
        try {
            Object converted = convertedOrLogged(candidate, field.getType(), field.getName(), Line.OH_4_3);
            if (converted != null) {
                field.setAccessible(true);
                field.set(target, converted);
            }
        } catch (SecurityException | IllegalArgumentException | IllegalAccessException e) {
            LOGGER.warn("Configuration field '{}' keeps its value: {}", field.getName(), e.toString());
        }
    }

    /** 5.2: only an IllegalAccessException while setting is logged; the rest is thrown. */
    private static void setField52(Object target, Field field, Object value) {
        Object converted = value instanceof Collection<?> collection
                ? collection(collection, field.getType(), field.getGenericType(), field.getName(), Line.OH_5_2)
                : convertedOrLogged(value, field.getType(), field.getName(), Line.OH_5_2);
        if (converted == null) {
            return;
        }
        try {
            field.setAccessible(true);
            field.set(target, converted);
        } catch (IllegalAccessException e) {
            LOGGER.warn("Configuration field '{}' keeps its value: {}", field.getName(), e.toString());
        }
    }

    private static @Nullable Object convertedOrLogged(Object value, Class<?> type, String name, Line line) {
        Object converted = valueAs(value, type, line);
        if (converted == null) {
            LOGGER.warn("Configuration field '{}' keeps its value: {} cannot become a {}", name, value,
                    type.getSimpleName());
        }
        return converted;
    }

    /**
     * The elements of a collection value converted to the element type of a {@code List} or {@code Set} field, in an
     * {@code ArrayList} or a {@code HashSet}; elements that cannot be converted are left out, text that is no number
     * throws. {@code null}: the field keeps its value.
     */
    private static @Nullable Collection<Object> collection(Collection<?> values, Class<?> type, Type genericType,
            String name, Line line) {
        Class<?> elementType = null;
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            elementType = element;
        } else if (line == Line.OH_4_3) {
            throw new ClassCastException("Configuration field '" + name + "' takes a collection but is of type "
                    + genericType.getTypeName());
        }
        Collection<Object> collected = List.class.isAssignableFrom(type) ? new ArrayList<>()
                : Set.class.isAssignableFrom(type) ? new HashSet<>() : null;
        if (collected == null || (elementType == null && !(genericType instanceof ParameterizedType))) {
            LOGGER.warn("Configuration field '{}' keeps its value: only a List or Set takes a collection", name);
            return null;
        }
        if (elementType != null) {
            for (Object value : values) {
                Object converted = valueAs(value, elementType, line);
                if (converted != null) {
                    collected.add(converted);
                }
            }
        }
        return collected;
    }

    private static <T> @Nullable T record(Map<String, @Nullable Object> properties, Class<T> type, Line line)
            throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        RecordComponent[] components = type.getRecordComponents();
        @Nullable
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Object value = properties.get(component.getName());
            Object converted = value instanceof Collection<?> collection
                    ? collection(collection, component.getType(), component.getGenericType(), component.getName(),
                            line)
                    : value == null ? null : convertedOrLogged(value, component.getType(), component.getName(), line);
            arguments[i] = converted == null ? ZEROS.get(component.getType()) : converted;
        }
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            LOGGER.warn("No configuration of type {}: {}", type.getName(), e.getCause());
            return null;
        }
    }

    /**
     * {@code value} as a {@code type}, or {@code null} when it cannot be one. A value of the type is returned as it is.
     * A number becomes any other primitive number type or {@code BigDecimal} (not text, not a boolean); text becomes
     * a number ({@code valueOf}: no blanks, {@code "30.0"} is no {@code int}, a NumberFormatException is thrown), a
     * boolean ({@code Boolean.valueOf}: {@code "yes"} is false), an enum constant (4.3: an unknown name throws the
     * IllegalArgumentException; 5.2: {@code null}), a one-element {@code Set} or {@code List}.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    static @Nullable Object valueAs(@Nullable Object value, Class<?> type, Line line) {
        if (value == null || type.isAssignableFrom(value.getClass())) {
            return value;
        }
        Class<?> target = BOXES.getOrDefault(type, type);
        Object result = value;
        if (value instanceof Number number) {
            result = number(number, target);
        } else if (value instanceof String text && target != String.class) {
            if (Number.class.isAssignableFrom(target)) {
                result = number(text, target);
            } else if (target == Boolean.class) {
                result = Boolean.valueOf(text);
            } else if (type.isEnum()) {
                try {
                    result = Enum.valueOf((Class) target, text);
                } catch (IllegalArgumentException e) {
                    if (line == Line.OH_4_3) {
                        throw e;
                    }
                    result = null;
                }
            } else if (Set.class.isAssignableFrom(target)) {
                result = Set.of(text);
            } else if (Collection.class.isAssignableFrom(target)) {
                result = List.of(text);
            }
        }
        return result != null && target.isAssignableFrom(result.getClass()) ? result : null;
    }

    private static Object number(Number number, Class<?> target) {
        if (target == Float.class) {
            return number.floatValue();
        } else if (target == Double.class) {
            return number.doubleValue();
        } else if (target == Long.class) {
            return number.longValue();
        } else if (target == Integer.class) {
            return number.intValue();
        } else if (target == Short.class) {
            return number.shortValue();
        } else if (target == Byte.class) {
            return number.byteValue();
        } else if (target == BigDecimal.class) {
            return new BigDecimal(number.toString());
        }
        return number;
    }

    private static Object number(String text, Class<?> target) {
        if (target == Float.class) {
            return Float.valueOf(text);
        } else if (target == Double.class) {
            return Double.valueOf(text);
        } else if (target == Long.class) {
            return Long.valueOf(text);
        } else if (target == Integer.class) {
            return Integer.valueOf(text);
        } else if (target == Short.class) {
            return Short.valueOf(text);
        } else if (target == Byte.class) {
            return Byte.valueOf(text);
        } else if (target == BigDecimal.class) {
            return new BigDecimal(text);
        }
        return text;
    }
}
