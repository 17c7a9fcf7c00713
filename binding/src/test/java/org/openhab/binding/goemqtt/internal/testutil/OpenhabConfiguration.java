/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.testutil;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.docs.ThingXmlFacts;
import org.openhab.binding.goemqtt.internal.docs.ThingXmlFacts.Parameter;
import org.openhab.core.config.core.Configuration;

/**
 * What openHAB's framework does to a thing's configuration before the handler's {@code initialize()} sees it, by the
 * parameters of the thing type in {@code OH-INF/thing/*.xml}. The stand-in's {@link Configuration} only stores values
 * (numbers as BigDecimal); the conversion by the config description happens outside the API:
 * <ol>
 * <li>a provider stores the values: a {@code .things} file as its parser reads them ({@link #thingsFile}), the UI or
 * REST as JSON gives them, discovery as its properties;</li>
 * <li>the thing manager converts each value by its parameter's type ({@link #normalize}, openHAB's
 * {@code ConfigUtil.normalizeTypes} with the thing type's config description) and puts it back;</li>
 * <li>before {@code initialize()} it adds the XML default of each parameter without a value ({@link #applyDefaults},
 * {@code ThingFactoryHelper.applyDefaultConfiguration});</li>
 * <li>it validates (required, type, min/max: {@link #problems}); a thing with problems is UNINITIALIZED
 * (HANDLER_CONFIGURATION_PENDING) and its handler never initialised.</li>
 * </ol>
 * {@link #prepare} does steps 1 to 3 on a map of raw values.
 */
@NonNullByDefault
public final class OpenhabConfiguration {

    private static final Set<String> OSGI_KEYS = Set.of("objectClass", "component.name", "component.id");
    private static final Map<String, OpenhabConfiguration> TYPES = new ConcurrentHashMap<>();

    private final Map<String, Parameter> parameters;

    private OpenhabConfiguration(Map<String, Parameter> parameters) {
        this.parameters = parameters;
    }

    /** The parameters of the bridge or thing type {@code typeId} ({@code broker}, {@code charger}). */
    public static OpenhabConfiguration of(String typeId) {
        return TYPES.computeIfAbsent(typeId, id -> {
            Map<String, Parameter> parameters;
            try {
                parameters = ThingXmlFacts.load().parameters(id);
            } catch (Exception e) {
                throw new IllegalStateException("OH-INF/thing cannot be read", e);
            }
            if (parameters == null) {
                throw new IllegalArgumentException("OH-INF/thing has no type " + id);
            }
            return new OpenhabConfiguration(parameters);
        });
    }

    public static OpenhabConfiguration broker() {
        return of("broker");
    }

    public static OpenhabConfiguration charger() {
        return of("charger");
    }

    /**
     * The configuration as the handler sees it in {@code initialize()}: the raw values stored, converted by their
     * parameters' types and completed with the XML defaults. Not validated: see {@link #problems}.
     */
    public Configuration prepare(Map<String, ? extends @Nullable Object> raw) {
        Configuration configuration = new Configuration(new LinkedHashMap<String, @Nullable Object>(raw));
        normalize(configuration.getProperties()).forEach(configuration::put);
        applyDefaults(configuration);
        return configuration;
    }

    /**
     * Every value converted by its parameter's type, as openHAB's thing manager does before it registers a handler.
     * A value that cannot be converted is kept as it is (validation then refuses it). A parameter the XML does not
     * know keeps its stored value. Text: the value's {@code toString()} ({@code BigDecimal 72246} to {@code "72246"},
     * the leading zeros of {@code 072246} are gone before this). Integer: BigDecimal without fraction, from numbers
     * and from text ({@code "30"}; {@code "30.5"} and {@code " 30"} stay text). Decimal: BigDecimal. Boolean:
     * {@code true/yes/on/1} and {@code false/no/off/0} in any case. A multiple parameter: a list of converted values;
     * a single value becomes a one-element list, text with commas is not split.
     */
    public Map<String, @Nullable Object> normalize(Map<String, ? extends @Nullable Object> properties) {
        Map<String, @Nullable Object> normalized = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            if (OSGI_KEYS.contains(name)) {
                return;
            }
            Parameter parameter = parameters.get(name);
            normalized.put(name, parameter == null ? value : normalize(parameter, value));
        });
        return normalized;
    }

    private static @Nullable Object normalize(Parameter parameter, @Nullable Object value) {
        if (value == null || "".equals(value)) {
            return value;
        }
        if (!parameter.multiple()) {
            return single(parameter.type(), value);
        }
        List<@Nullable Object> list = new ArrayList<>();
        if (value instanceof Object[] array) {
            for (Object element : array) {
                list.add(element == null ? null : single(parameter.type(), element));
            }
        } else if (value instanceof Iterable<?> iterable) {
            iterable.forEach(element -> list.add(element == null ? null : single(parameter.type(), element)));
        } else {
            list.add(single(parameter.type(), value));
        }
        return list;
    }

    private static Object single(String type, Object value) {
        if ("".equals(value)) {
            return value;
        }
        return switch (type) {
            case "text" -> value.toString();
            case "integer" -> integer(value);
            case "decimal" -> decimal(value);
            case "boolean" -> bool(value);
            default -> throw new IllegalArgumentException("unknown parameter type " + type);
        };
    }

    private static Object integer(Object value) {
        try {
            BigDecimal number;
            if (value instanceof BigDecimal decimal) {
                number = decimal;
            } else if (value instanceof Byte || value instanceof Integer || value instanceof Long) {
                number = BigDecimal.valueOf(((Number) value).longValue());
            } else if (value instanceof String text) {
                number = new BigDecimal(text);
            } else if (value instanceof Float || value instanceof Double) {
                number = new BigDecimal(value.toString());
            } else {
                return value;
            }
            return number.setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException | NumberFormatException e) {
            return value;
        }
    }

    /**
     * openHAB's decimal conversion is the one a configuration applies to every number it stores, so the stand-in's
     * {@link Configuration} does it; text is read as a BigDecimal first.
     */
    private static Object decimal(Object value) {
        Object number = value;
        if (value instanceof String text) {
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (!(number instanceof Number)) {
            return value;
        }
        Configuration stored = new Configuration();
        stored.put("value", number);
        return Objects.requireNonNull(stored.get("value"));
    }

    private static Object bool(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof Byte || value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            return number == 1 ? Boolean.TRUE : number == 0 ? Boolean.FALSE : (Object) number;
        }
        String text = value.toString().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> value;
        };
    }

    /**
     * Adds the XML default of every parameter without a value, typed by the parameter ({@code 30} as BigDecimal,
     * {@code true} as Boolean); a multiple parameter's default is split at its commas into a list.
     */
    public void applyDefaults(Configuration configuration) {
        for (Parameter parameter : parameters.values()) {
            String text = parameter.defaultValue();
            if (text == null || configuration.get(parameter.name()) != null) {
                continue;
            }
            if (parameter.multiple()) {
                List<Object> values = new ArrayList<>();
                for (String part : text.split(",")) {
                    Object typed = part.isBlank() ? null : typedDefault(parameter.type(), part.strip());
                    if (typed != null) {
                        values.add(typed);
                    }
                }
                configuration.put(parameter.name(), values);
            } else {
                Object typed = typedDefault(parameter.type(), text);
                if (typed != null) {
                    configuration.put(parameter.name(), typed);
                }
            }
        }
    }

    private static @Nullable Object typedDefault(String type, String text) {
        try {
            return switch (type) {
                case "boolean" -> Boolean.parseBoolean(text);
                case "integer" -> new BigDecimal(text).setScale(0, RoundingMode.DOWN);
                case "decimal" -> new BigDecimal(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Why openHAB would not initialise the handler with this configuration, one {@code "<parameter>: <reason>"} each
     * (empty: it would): a required parameter without value (empty text counts as a value), a value of the wrong
     * kind (text for an integer parameter), a number outside min/max, a text shorter or longer than min/max.
     */
    public List<String> problems(Configuration configuration) {
        List<String> problems = new ArrayList<>();
        Map<String, @Nullable Object> values = configuration.getProperties();
        for (Parameter parameter : parameters.values()) {
            Object value = values.get(parameter.name());
            List<?> each = parameter.multiple() && value instanceof List<?> list ? list : Arrays.asList(value);
            for (Object element : each) {
                String problem = problem(parameter, element);
                if (problem != null) {
                    problems.add(parameter.name() + ": " + problem);
                }
            }
        }
        return problems;
    }

    private static @Nullable String problem(Parameter parameter, @Nullable Object value) {
        if (value == null) {
            return parameter.required() ? "required" : null;
        }
        boolean text = "text".equals(parameter.type());
        boolean fits = switch (parameter.type()) {
            case "text" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof BigDecimal;
            case "decimal" -> value instanceof Float || value instanceof BigDecimal;
            default -> value instanceof Boolean;
        };
        if (!fits) {
            return "not of type " + parameter.type() + ": " + value + " (" + value.getClass().getSimpleName() + ")";
        }
        if ("boolean".equals(parameter.type())) {
            return null;
        }
        BigDecimal size = text ? BigDecimal.valueOf(((String) value).length()) : new BigDecimal(value.toString());
        BigDecimal min = parameter.min();
        BigDecimal max = parameter.max();
        if (min != null && size.compareTo(min) < 0) {
            return (text ? "shorter than " : "below ") + min;
        }
        if (max != null && size.compareTo(max) > 0) {
            return (text ? "longer than " : "above ") + max;
        }
        return null;
    }

    /**
     * The values of a {@code .things} property list ({@code serial=072246, baseTopic="home/wallbox/"}) as openHAB's
     * parser hands them to the configuration: text in double quotes as text, {@code true}/{@code false} as Boolean,
     * anything else unquoted as a BigDecimal ({@code 072246} is {@code 72246}); several values of one key
     * ({@code key="a", "b"}) as a list. Unquoted text that is no number fails as openHAB's parser fails.
     */
    public static Map<String, Object> thingsFile(String properties) {
        return new ThingsFileValues(properties).read();
    }
}
