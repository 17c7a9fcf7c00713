/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.Visibility;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How openHAB finds and calls the rule actions of a thing, written from its sources: the {@code ThingActions}
 * services of the OSGi framework, tracked as openHAB's components track them (a dynamic, multiple reference each).
 * <ul>
 * <li><b>Scripts</b> ({@link #actions(String, String)}): DSL {@code getActions(scope, thingUID)} (model.script
 * {@code ThingActionService}) and JavaScript {@code actions.thingActions(scope, thingUID)} (the {@code actions}
 * default-scope preset, {@code ScriptThingActionsImpl}) keep each service under {@code <scope>-<thing UID>}, the
 * scope from the class's {@code @ThingActionsScope} (runtime retention, not inherited: a subclass has none and its
 * registration fails with a NullPointerException) and the thing from {@code getThingHandler().getThing()} (a service
 * without a handler is left out). A later service under the same key replaces the earlier; unregistering one takes
 * the key away. The lookup answers only while the thing is in the registry and has a handler.</li>
 * <li><b>Rule modules</b> ({@link #moduleTypes()}, {@link #execute(String, String, Map)}):
 * {@code AnnotatedThingActionModuleTypeProvider} refuses a class without {@code @ThingActionsScope} (logs
 * {@code Missing 'ThingActionsScope' for '...'}) and a service without a handler (throws {@code ThingHandler for '...'
 * is missing.}); {@code AnnotationActionModuleTypeHelper} takes the methods the class itself declares (not inherited
 * ones) that carry {@code @RuleAction}, whatever their access; the module type UID is
 * {@code <scope>.<method>#<md5 of its parameter types>} (so overloads differ); each parameter with exactly one
 * annotation, an {@code @ActionInput}, is an input of that name and of its {@code type()} or the parameter's canonical
 * type; one without any is an input {@code p<index>}; one with another or more annotations is no input. Outputs:
 * {@code @ActionOutputs} as given; a {@code Map<String, Object>} return without it none (warned); a single
 * {@code @ActionOutput} one output named {@code result} (warned when named otherwise); else none. The module type's
 * configuration is the thing to call ({@code config}, one option per thing that has the action) and one parameter per
 * input; an input of a type the UI cannot enter hides the action ({@link Visibility#HIDDEN}).
 * {@code AnnotationActionHandler} calls the method with the inputs by name and answers a returned map's entries that
 * are outputs, or a single value of a simple type under {@code result}.</li>
 * </ul>
 * Not emulated: localisation of labels, units of {@code QuantityType} inputs (openHAB asks its unit provider), the
 * UI's fallback to input values stored in the module's configuration.
 */
@NonNullByDefault
public final class ThingActionsLookup implements AutoCloseable {

    /** The output name of a single value. */
    public static final String RESULT = "result";
    /** The module configuration parameter that names the thing. */
    public static final String CONFIG_PARAM = "config";

    private static final Pattern QUANTITY_TYPE = Pattern
            .compile("([a-z0-9]+\\.)*QuantityType<([a-z0-9]+\\.)*(?<dimension>[A-Z][a-zA-Z0-9]*)>");

    /** An input of an action module type. */
    public record Input(String name, String type, String label, String description, Set<String> tags,
            boolean required, String reference, String defaultValue) {
    }

    /** An output of an action module type. */
    public record Output(String name, String type, String label, String description, Set<String> tags,
            String reference, String defaultValue) {
    }

    /** The kinds of configuration parameter the UI offers. */
    public enum ParameterType {
        TEXT,
        BOOLEAN,
        INTEGER,
        DECIMAL
    }

    /** A configuration parameter of an action module type, as the UI shows it. */
    public record ConfigParameter(String name, ParameterType type, boolean required, @Nullable String defaultValue,
            @Nullable String context, List<String> options) {
    }

    /** An action module type as openHAB derives it from a {@code @RuleAction} method. */
    public record ActionType(String uid, String label, String description, Set<String> tags, Visibility visibility,
            List<Input> inputs, List<Output> outputs, List<ConfigParameter> configuration) {
    }

    /** One action of one service (openHAB's {@code ModuleInformation}, compared the same way). */
    private record Information(String uid, Object provider, Method method, String thingUID, String label,
            String description, Visibility visibility, Set<String> tags, List<Input> inputs, List<Output> outputs) {
    }

    private final Logger logger = LoggerFactory.getLogger(ThingActionsLookup.class);
    private final Function<ThingUID, @Nullable Thing> thingRegistry;
    private final Map<String, ThingActions> scriptActions = new ConcurrentHashMap<>();
    private final Map<String, Set<Information>> moduleInformation = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AutoCloseable scriptReference;
    private final AutoCloseable moduleReference;

    /**
     * @param framework whose {@code ThingActions} services are tracked
     * @param thingRegistry the thing registry's {@code get} (e.g. {@code runtime::get} of a {@link ThingRuntime})
     */
    public ThingActionsLookup(OsgiFramework framework, Function<ThingUID, @Nullable Thing> thingRegistry) {
        this.thingRegistry = thingRegistry;
        this.scriptReference = framework.addReference(ThingActions.class, this::addScriptActions,
                this::removeScriptActions);
        this.moduleReference = framework.addReference(ThingActions.class, this::addModuleActions,
                this::removeModuleActions);
    }

    // ---- scripts

    /**
     * What {@code getActions(scope, thingUID)} (DSL) and {@code actions.thingActions(scope, thingUID)} (JavaScript)
     * return.
     *
     * @return the actions, or {@code null} when the thing is not in the registry, has no handler, or no actions
     *         service of that scope is registered for it
     * @throws IllegalArgumentException when {@code thingUID} is no valid thing UID
     */
    public @Nullable ThingActions actions(@Nullable String scope, @Nullable String thingUID) {
        if (scope == null || thingUID == null) {
            return null;
        }
        Thing thing = thingRegistry.apply(new ThingUID(thingUID));
        if (thing == null || thing.getHandler() == null) {
            return null;
        }
        return scriptActions.get(scope + "-" + thingUID);
    }

    private void addScriptActions(ThingActions actions) {
        String key = scriptKey(actions);
        if (key != null) {
            scriptActions.put(key, actions);
        }
    }

    private void removeScriptActions(ThingActions actions) {
        String key = scriptKey(actions);
        if (key != null) {
            scriptActions.remove(key);
        }
    }

    private static @Nullable String scriptKey(ThingActions actions) {
        // as openHAB: a class without the annotation fails here with a NullPointerException
        String scope = actions.getClass().getAnnotation(ThingActionsScope.class).name();
        ThingHandler handler = actions.getThingHandler();
        return handler == null ? null : scope + "-" + handler.getThing().getUID().getAsString();
    }

    // ---- rule modules

    /** The action module types openHAB offers for the registered actions services. */
    public List<ActionType> moduleTypes() {
        List<ActionType> types = new ArrayList<>();
        for (String uid : moduleInformation.keySet()) {
            ActionType type = moduleType(uid);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    /** The action module type of that UID, or {@code null}. */
    public @Nullable ActionType moduleType(String uid) {
        Set<Information> all = moduleInformation.get(uid);
        if (all == null || all.isEmpty()) {
            return null;
        }
        Information first = all.iterator().next();
        List<ConfigParameter> configuration = new ArrayList<>();
        configuration.add(new ConfigParameter(CONFIG_PARAM, ParameterType.TEXT, true, null, "thing",
                all.stream().map(Information::thingUID).toList()));
        Visibility visibility = first.visibility();
        try {
            for (Input input : first.inputs()) {
                configuration.add(parameterOf(input));
            }
        } catch (IllegalArgumentException e) {
            visibility = Visibility.HIDDEN;
            configuration = configuration.subList(0, 1);
            note("DEBUG", e.getMessage() + " Thing action " + uid
                    + " has an input with an unsupported type, hiding it in the UI.");
        }
        return new ActionType(uid, first.label(), first.description(), first.tags(), visibility, first.inputs(),
                first.outputs(), List.copyOf(configuration));
    }

    /**
     * Runs an action as a rule's action module of that type does, configured for {@code thingUID}, with
     * {@code inputs} as the rule's context (Java values of the input types; see
     * {@link #serializedInputs(ActionType, Map)} for values as the REST API and the UI send them).
     *
     * @return the outputs; {@code null} when openHAB creates no module handler (no such type, or not for that thing)
     */
    public @Nullable Map<String, @Nullable Object> execute(String moduleTypeUID, String thingUID,
            Map<String, ? extends @Nullable Object> inputs) {
        ActionType type = moduleType(moduleTypeUID);
        Set<Information> all = moduleInformation.get(moduleTypeUID);
        if (type == null || all == null) {
            return null;
        }
        Information chosen = null;
        for (Information information : all) {
            if (information.thingUID().equals(thingUID)) {
                chosen = information;
                break;
            }
        }
        if (chosen == null) {
            return null;
        }
        return invoke(chosen, type, inputs);
    }

    private Map<String, @Nullable Object> invoke(Information information, ActionType type,
            Map<String, ? extends @Nullable Object> context) {
        Map<String, @Nullable Object> output = new HashMap<>();
        Method method = information.method();
        Annotation[][] annotations = method.getParameterAnnotations();
        List<@Nullable Object> args = new ArrayList<>();
        for (int i = 0; i < annotations.length; i++) {
            Annotation[] onParameter = annotations[i];
            if (onParameter.length == 1) {
                if (onParameter[0] instanceof ActionInput input) {
                    if (type.inputs().stream().anyMatch(known -> known.name().equals(input.name()))) {
                        args.add(i, context.get(input.name()));
                    } else {
                        note("ERROR", "Annotated method defines input '" + input.name() + "' but the module type '"
                                + type + "' does not specify an input with this name.");
                        return output;
                    }
                }
            } else {
                args.add(i, context.get("p" + i));
            }
        }
        Object result = null;
        try {
            result = method.invoke(information.provider(), args.toArray());
        } catch (IllegalAccessException | IllegalArgumentException | InvocationTargetException e) {
            note("ERROR", "Could not call method '" + method + "' from module type '" + type.uid() + "'.");
            logger.debug("The call failed", e);
        }
        if (result instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (type.outputs().stream().anyMatch(known -> known.name().equals(entry.getKey()))) {
                    output.put(String.valueOf(entry.getKey()), entry.getValue());
                }
            }
        } else if (result instanceof Boolean || result instanceof String || result instanceof Byte
                || result instanceof Short || result instanceof Integer || result instanceof Long
                || result instanceof Double || result instanceof Float) {
            output.put(RESULT, result);
        } else if (result instanceof BigDecimal decimal) {
            output.put(RESULT, decimal.doubleValue());
        } else if (result instanceof QuantityType<?> || result instanceof LocalDate || result instanceof LocalTime
                || result instanceof LocalDateTime || result instanceof ZonedDateTime || result instanceof Instant
                || result instanceof Duration) {
            output.put(RESULT, result.toString());
        } else if (result != null) {
            note("WARN", "Non compatible return type '" + result.getClass() + "' on action method.");
        }
        return output;
    }

    /**
     * The inputs as the REST API and the UI hand them to an action ({@code ActionInputsHelper
     * .mapSerializedInputsToActionInputs}): numbers arrive as {@code Double} and are narrowed to the input's type,
     * texts are parsed into it, a primitive input that is missing gets {@code 0}/{@code false}; a value that cannot be
     * converted is left out (warned).
     */
    public Map<String, Object> serializedInputs(ActionType type, Map<String, ?> arguments) {
        Map<String, Object> converted = new HashMap<>();
        for (Input input : type.inputs()) {
            Object value = arguments.get(input.name());
            if (value != null) {
                try {
                    converted.put(input.name(), serializedInput(input, value));
                } catch (IllegalArgumentException e) {
                    note("WARN", e.getMessage() + " Input parameter is ignored.");
                }
            } else {
                Object primitiveDefault = switch (input.type()) {
                    case "boolean" -> false;
                    case "byte" -> (byte) 0;
                    case "short" -> (short) 0;
                    case "int" -> 0;
                    case "long" -> 0L;
                    case "float" -> 0.0f;
                    case "double" -> 0.0d;
                    default -> null;
                };
                if (primitiveDefault != null) {
                    converted.put(input.name(), primitiveDefault);
                }
            }
        }
        return converted;
    }

    private static Object serializedInput(Input input, Object argument) {
        try {
            if (argument instanceof Double number && !QUANTITY_TYPE.matcher(input.type()).matches()) {
                return switch (input.type()) {
                    case "byte", "java.lang.Byte" -> number.byteValue();
                    case "short", "java.lang.Short" -> number.shortValue();
                    case "int", "java.lang.Integer" -> number.intValue();
                    case "long", "java.lang.Long" -> number.longValue();
                    case "float", "java.lang.Float" -> number.floatValue();
                    case "org.openhab.core.library.types.DecimalType" -> new DecimalType(number);
                    default -> argument;
                };
            } else if (argument instanceof String text && !QUANTITY_TYPE.matcher(input.type()).matches()) {
                return switch (input.type()) {
                    case "boolean", "java.lang.Boolean" -> Boolean.valueOf(text.toLowerCase());
                    case "byte", "java.lang.Byte" -> Byte.valueOf(text);
                    case "short", "java.lang.Short" -> Short.valueOf(text);
                    case "int", "java.lang.Integer" -> Integer.valueOf(text);
                    case "long", "java.lang.Long" -> Long.valueOf(text);
                    case "float", "java.lang.Float" -> Float.valueOf(text);
                    case "double", "java.lang.Double", "java.lang.Number" -> Double.valueOf(text);
                    case "org.openhab.core.library.types.DecimalType" -> new DecimalType(text);
                    case "java.time.LocalDate" -> LocalDate.parse(text);
                    case "java.time.LocalTime" -> LocalTime.parse(text);
                    case "java.time.ZonedDateTime" -> ZonedDateTime.parse(text);
                    case "java.time.Instant" -> Instant.parse(text);
                    case "java.time.Duration" -> Duration.parse(text);
                    default -> argument;
                };
            }
            return argument;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Input parameter '" + input.name() + "': converting value '" + argument
                    + "' into type " + input.type() + " failed!");
        }
    }

    /**
     * The UID openHAB gives the action module type of {@code method} ({@code getModuleIdFromMethod}):
     * {@code <scope>.<method name>#<MD5 of the binary names of its parameter types, 32 hex digits>}.
     */
    public static String moduleTypeUID(String scope, Method method) {
        MessageDigest md5;
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Class<?> parameter : method.getParameterTypes()) {
            md5.update(parameter.getName().getBytes(StandardCharsets.UTF_8));
        }
        return scope + "." + method.getName() + "#" + String.format("%032x", new BigInteger(1, md5.digest()));
    }

    private void addModuleActions(ThingActions actions) {
        for (Information information : informationOf(actions)) {
            moduleInformation.computeIfAbsent(information.uid(), uid -> ConcurrentHashMap.newKeySet())
                    .add(information);
        }
    }

    private void removeModuleActions(ThingActions actions) {
        for (Information information : informationOf(actions)) {
            Set<Information> all = moduleInformation.get(information.uid());
            if (all != null) {
                if (all.size() > 1) {
                    all.remove(information);
                } else {
                    moduleInformation.remove(information.uid());
                }
            }
        }
    }

    /** The actions of a service, as openHAB parses them when it binds or unbinds one. */
    private List<Information> informationOf(ThingActions actions) {
        ThingActionsScope scope = actions.getClass().getAnnotation(ThingActionsScope.class);
        if (scope == null) {
            note("ERROR", "Missing 'ThingActionsScope' for '" + actions.getClass()
                    + "'. Please add it to your class definition.");
            return List.of();
        }
        return parse(scope.name(), actions, thingUIDOf(actions));
    }

    private static String thingUIDOf(ThingActions actions) {
        ThingHandler handler = actions.getThingHandler();
        if (handler == null) {
            throw new IllegalStateException(String.format("ThingHandler for '%s' is missing.", actions.getClass()));
        }
        return handler.getThing().getUID().getAsString();
    }

    private List<Information> parse(String scope, Object provider, String thingUID) {
        List<Information> found = new ArrayList<>();
        for (Method method : provider.getClass().getDeclaredMethods()) {
            RuleAction action = method.getAnnotation(RuleAction.class);
            if (action == null) {
                continue;
            }
            found.add(new Information(moduleTypeUID(scope, method), provider, method, thingUID, action.label(),
                    action.description(), action.visibility(), new LinkedHashSet<>(Arrays.asList(action.tags())),
                    inputsOf(method), outputsOf(method)));
        }
        return found;
    }

    private static List<Input> inputsOf(Method method) {
        List<Input> inputs = new ArrayList<>();
        Annotation[][] annotations = method.getParameterAnnotations();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < annotations.length; i++) {
            String javaType = Objects.toString(parameters[i].getType().getCanonicalName());
            if (annotations[i].length == 0) {
                inputs.add(new Input("p" + i, javaType, "", "", Set.of(), false, "", ""));
            } else if (annotations[i].length == 1 && annotations[i][0] instanceof ActionInput input) {
                inputs.add(new Input(input.name(), input.type().isEmpty() ? javaType : input.type(), input.label(),
                        input.description(), new LinkedHashSet<>(Arrays.asList(input.tags())), input.required(),
                        input.reference(), input.defaultValue()));
            }
        }
        return inputs;
    }

    private List<Output> outputsOf(Method method) {
        List<Output> outputs = new ArrayList<>();
        ActionOutputs several = method.getAnnotation(ActionOutputs.class);
        ActionOutput single = method.getAnnotation(ActionOutput.class);
        if (several != null) {
            for (ActionOutput output : several.value()) {
                outputs.add(outputOf(output, output.name()));
            }
        } else if ("java.util.Map<java.lang.String, java.lang.Object>"
                .equals(method.getAnnotatedReturnType().toString())) {
            note("WARN", "Method " + method.getDeclaringClass().getSimpleName() + "::" + method.getName()
                    + " returns a Map<String, Object> but is not annotated with ActionOutputs. This should be fixed "
                    + "in the binding.");
        } else if (single != null) {
            if (!RESULT.equals(single.name())) {
                note("WARN", "Method " + method.getDeclaringClass().getSimpleName() + "::" + method.getName()
                        + " has a single output but does not use the default output name in the ActionOutput "
                        + "annotation. This should be fixed in the binding.");
            }
            outputs.add(outputOf(single, RESULT));
        }
        return outputs;
    }

    private static Output outputOf(ActionOutput output, String name) {
        return new Output(name, output.type(), output.label(), output.description(),
                new LinkedHashSet<>(Arrays.asList(output.tags())), output.reference(), output.defaultValue());
    }

    /** How the UI offers an input ({@code ActionInputsHelper.mapActionInputToConfigDescriptionParameter}). */
    static ConfigParameter parameterOf(Input input) {
        ParameterType type = ParameterType.TEXT;
        String defaultValue = null;
        boolean required = false;
        String context = null;
        if (QUANTITY_TYPE.matcher(input.type()).matches()) {
            type = ParameterType.DECIMAL;
        } else {
            switch (input.type()) {
                case "boolean":
                    defaultValue = "false";
                    required = true;
                    type = ParameterType.BOOLEAN;
                    break;
                case "java.lang.Boolean":
                    type = ParameterType.BOOLEAN;
                    break;
                case "byte", "short", "int", "long":
                    defaultValue = "0";
                    required = true;
                    type = ParameterType.INTEGER;
                    break;
                case "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long":
                    type = ParameterType.INTEGER;
                    break;
                case "float", "double":
                    defaultValue = "0";
                    required = true;
                    type = ParameterType.DECIMAL;
                    break;
                case "java.lang.Float", "java.lang.Double", "java.lang.Number",
                        "org.openhab.core.library.types.DecimalType":
                    type = ParameterType.DECIMAL;
                    break;
                case "java.lang.String", "java.time.ZonedDateTime", "java.time.Instant", "java.time.Duration":
                    break;
                case "java.time.LocalDate":
                    context = "date";
                    break;
                case "java.time.LocalTime":
                    context = "time";
                    break;
                case "java.time.LocalDateTime", "java.util.Date":
                    context = "datetime";
                    break;
                default:
                    throw new IllegalArgumentException("Input parameter '" + input.name() + "' with type "
                            + input.type() + "cannot be converted into a config description parameter!");
            }
        }
        if (!input.defaultValue().isEmpty()) {
            defaultValue = input.defaultValue();
        }
        return new ConfigParameter(input.name(), type, required || input.required(), defaultValue, context,
                List.of());
    }

    /** What openHAB logged about the actions services, as {@code LEVEL text}, oldest first. */
    public List<String> log() {
        return List.copyOf(log);
    }

    private void note(String level, String message) {
        switch (level) {
            case "ERROR" -> logger.error("{}", message);
            case "WARN" -> logger.warn("{}", message);
            default -> logger.debug("{}", message);
        }
        log.add(level + " " + message);
    }

    @Override
    public void close() {
        for (AutoCloseable reference : List.of(scriptReference, moduleReference)) {
            try {
                reference.close();
            } catch (Exception e) {
                logger.debug("Closing a reference: {}", e.getMessage());
            }
        }
    }
}
