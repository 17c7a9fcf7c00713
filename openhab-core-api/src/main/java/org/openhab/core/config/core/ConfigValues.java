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

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Value normalization and configuration-to-class mapping behind {@link Configuration}.
 */
@NonNullByDefault
final class ConfigValues {

    private static final Logger LOGGER = LoggerFactory.getLogger(ConfigValues.class);

    private ConfigValues() {
    }

    /** Numbers become BigDecimal, collections are normalized element-wise; text and booleans stay. */
    static @Nullable Object normalize(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        } else if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        } else if (value instanceof Collection<?> collection) {
            List<@Nullable Object> list = new ArrayList<>(collection.size());
            collection.forEach(element -> list.add(normalize(element)));
            return list;
        } else if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    static <T> T map(Map<String, @Nullable Object> properties, Class<T> type) {
        T target;
        try {
            target = type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalArgumentException("Cannot instantiate configuration class " + type.getName(), e);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                Object value = properties.get(field.getName());
                if (value == null || Modifier.isFinal(modifiers) || Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    field.set(target, convertField(value, field));
                } catch (IllegalArgumentException | IllegalAccessException e) {
                    LOGGER.debug("Could not set field '{}' of {}: {}", field.getName(), type.getName(),
                            e.getMessage());
                }
            }
        }
        return target;
    }

    private static @Nullable Object convertField(Object value, Field field) {
        if (value instanceof Collection<?> collection) {
            Type generic = field.getGenericType();
            Class<?> elementType = Object.class;
            if (generic instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
                elementType = element;
            }
            List<@Nullable Object> converted = new ArrayList<>(collection.size());
            for (Object element : collection) {
                converted.add(element == null ? null : convert(element, elementType));
            }
            return converted;
        }
        return convert(value, field.getType());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object convert(Object value, Class<?> type) {
        if (value instanceof BigDecimal number && type != BigDecimal.class) {
            if (type == Integer.class || type == int.class) {
                return number.intValue();
            } else if (type == Long.class || type == long.class) {
                return number.longValue();
            } else if (type == Double.class || type == double.class) {
                return number.doubleValue();
            } else if (type == Float.class || type == float.class) {
                return number.floatValue();
            }
        } else if (value instanceof String text && type != String.class) {
            if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text);
            } else if (type == Long.class || type == long.class) {
                return Long.valueOf(text);
            } else if (type == Double.class || type == double.class) {
                return Double.valueOf(text);
            } else if (type == Float.class || type == float.class) {
                return Float.valueOf(text);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(text);
            } else if (type == Boolean.class || type == boolean.class) {
                return Boolean.valueOf(text);
            } else if (type.isEnum()) {
                return Enum.valueOf((Class<? extends Enum>) type, text);
            } else if (Collection.class.isAssignableFrom(type)) {
                return List.of(text);
            }
        }
        return value;
    }
}
