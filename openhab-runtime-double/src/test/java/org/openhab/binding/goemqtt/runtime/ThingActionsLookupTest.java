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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup.ActionType;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup.ConfigParameter;
import org.openhab.binding.goemqtt.runtime.ThingActionsLookup.ParameterType;
import org.openhab.core.automation.Visibility;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * The actions services of things as openHAB's scripts and rule engine find and call them: sample classes with what
 * openHAB takes, skips and refuses.
 */
@NonNullByDefault
class ThingActionsLookupTest {

    static final ThingTypeUID DEVICE = new ThingTypeUID("demo", "device");

    /** A base for the samples: keeps its handler. */
    public abstract static class Held implements ThingActions {
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            this.handler = handler;
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }
    }

    /** What openHAB takes, and some of what it only warns about or hides. */
    @ThingActionsScope(name = "demo")
    public static class Sample extends Held {
        public final StringBuilder heard = new StringBuilder();

        @RuleAction(label = "Greet", description = "Greets someone.")
        public @ActionOutput(name = "result", type = "java.lang.String") String greet(
                @ActionInput(name = "name", label = "Name", required = true) String name) {
            heard.append("greet ").append(name);
            return "hello " + name;
        }

        @RuleAction(label = "Greet Often")
        public @ActionOutput(name = "result", type = "java.lang.String") String greet(
                @ActionInput(name = "name") String name, @ActionInput(name = "times") int times) {
            return ("hello " + name + " ").repeat(times).trim();
        }

        @RuleAction(label = "Measure")
        @ActionOutput(name = "min", type = "java.lang.Double")
        @ActionOutput(name = "max", type = "java.lang.Double")
        public Map<String, Object> measure() {
            return Map.of("min", 1.5, "max", 9.0, "noise", "not an output");
        }

        @RuleAction(label = "Reset")
        public void reset() {
            heard.append("reset");
        }

        @RuleAction(label = "Count")
        public @ActionOutput(name = "count", type = "java.lang.Integer") int count() {
            return 7;
        }

        @RuleAction(label = "Echo")
        public String echo(String text) {
            return text;
        }

        @RuleAction(label = "Sum")
        public int sum(@ActionInput(name = "values") List<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).sum();
        }

        @RuleAction(label = "Untyped")
        public Map<String, Object> untyped() {
            return Map.of("a", 1);
        }

        @RuleAction(label = "Hidden")
        private String secret() {
            return "never";
        }

        public String notAnAction() {
            return "no";
        }
    }

    /** No scope: openHAB refuses it. */
    public static class Unscoped extends Held {
        @RuleAction(label = "Lost")
        public void lost() {
        }
    }

    /** A subclass: the scope annotation is not inherited, nor are the superclass's methods taken. */
    public static class Derived extends Sample {
    }

    private final OsgiFramework framework = new OsgiFramework();
    private final Map<ThingUID, Thing> things = new HashMap<>();
    private final ThingActionsLookup lookup = new ThingActionsLookup(framework, things::get);

    @AfterEach
    void close() {
        lookup.close();
    }

    private Thing thing(String id) {
        Thing thing = ThingBuilder.create(DEVICE, id).build();
        ThingHandler handler = mock(ThingHandler.class);
        when(handler.getThing()).thenReturn(thing);
        thing.setHandler(handler);
        things.put(thing.getUID(), thing);
        return thing;
    }

    private ServiceRecord register(Held actions, @Nullable Thing thing) {
        if (thing != null) {
            actions.setThingHandler(thing.getHandler());
        }
        return (ServiceRecord) framework.bundleContext().registerService(new String[] { ThingActions.class.getName() },
                actions, null);
    }

    private Map<String, ActionType> typesByLabel() {
        return lookup.moduleTypes().stream().collect(Collectors.toMap(ActionType::label, type -> type));
    }

    @Test
    void scriptsFindTheActionsByScopeAndThingUidWhileTheThingHasAHandler() {
        Thing thing = thing("one");
        Sample actions = new Sample();
        ServiceRecord registration = register(actions, thing);

        assertSame(actions, lookup.actions("demo", "demo:device:one"));
        assertNull(lookup.actions("other", "demo:device:one"), "another scope");
        assertNull(lookup.actions("demo", "demo:device:two"), "a thing not in the registry");
        thing.setHandler(null);
        assertNull(lookup.actions("demo", "demo:device:one"), "a thing without handler");
        thing.setHandler(actions.getThingHandler());

        registration.unregister();
        assertNull(lookup.actions("demo", "demo:device:one"));
        assertThrows(IllegalArgumentException.class, () -> lookup.actions("demo", "no uid"));
    }

    @Test
    void eachRuleActionMethodTheClassDeclaresIsAModuleTypeNamedByScopeMethodAndParameterTypes() {
        register(new Sample(), thing("one"));

        Map<String, ActionType> types = typesByLabel();
        assertEquals(Set.of("Greet", "Greet Often", "Measure", "Reset", "Count", "Echo", "Sum", "Untyped", "Hidden"),
                types.keySet(), "only @RuleAction methods, private ones too");
        assertEquals("demo.greet#42c25be3a5db3f1f8377f4c2db62bfe9", types.get("Greet").uid());
        assertEquals("demo.greet#45d20840961e09b4e33263a5c4265a73", types.get("Greet Often").uid(),
                "an overload has its own UID");
        assertEquals("demo.reset#d41d8cd98f00b204e9800998ecf8427e", types.get("Reset").uid());
    }

    @Test
    void inputsAreNamedByActionInputOrByPositionAndOutputsFollowTheAnnotationsAndTheReturnType() {
        register(new Sample(), thing("one"));
        Map<String, ActionType> types = typesByLabel();

        ActionType greet = types.get("Greet");
        assertEquals(List.of("name"), greet.inputs().stream().map(ThingActionsLookup.Input::name).toList());
        assertEquals("java.lang.String", greet.inputs().get(0).type());
        assertTrue(greet.inputs().get(0).required());
        assertEquals(List.of("result"), greet.outputs().stream().map(ThingActionsLookup.Output::name).toList());
        assertEquals(Visibility.VISIBLE, greet.visibility());
        assertEquals(List.of(new ConfigParameter("config", ParameterType.TEXT, true, null, "thing",
                List.of("demo:device:one")), new ConfigParameter("name", ParameterType.TEXT, true, null, null,
                        List.of())),
                greet.configuration());

        assertEquals(new ConfigParameter("times", ParameterType.INTEGER, true, "0", null, List.of()),
                types.get("Greet Often").configuration().get(2), "a primitive input: required, default 0");
        assertEquals(List.of("min", "max"),
                types.get("Measure").outputs().stream().map(ThingActionsLookup.Output::name).toList());
        assertTrue(types.get("Reset").outputs().isEmpty());
        assertEquals("result", types.get("Count").outputs().get(0).name(), "a single output is renamed");
        assertTrue(lookup.log().contains("WARN Method Sample::count has a single output but does not use the default "
                + "output name in the ActionOutput annotation. This should be fixed in the binding."));
        assertEquals("p0", types.get("Echo").inputs().get(0).name());
        assertTrue(types.get("Echo").outputs().isEmpty(), "no annotation, no output");
        assertTrue(types.get("Untyped").outputs().isEmpty());
        assertTrue(lookup.log().contains("WARN Method Sample::untyped returns a Map<String, Object> but is not "
                + "annotated with ActionOutputs. This should be fixed in the binding."));
    }

    @Test
    void anInputOfATypeTheUiCannotOfferHidesTheAction() {
        register(new Sample(), thing("one"));

        ActionType sum = typesByLabel().get("Sum");
        assertEquals(Visibility.HIDDEN, sum.visibility());
        assertEquals("java.util.List", sum.inputs().get(0).type());
        assertTrue(lookup.log().contains("DEBUG Input parameter 'values' with type java.util.Listcannot be converted "
                + "into a config description parameter! Thing action " + sum.uid()
                + " has an input with an unsupported type, hiding it in the UI."));
    }

    @Test
    void executingCallsTheMethodOfTheChosenThingsActionsAndAnswersItsOutputs() {
        Sample one = new Sample();
        Sample two = new Sample();
        register(one, thing("one"));
        register(two, thing("two"));
        Map<String, ActionType> types = typesByLabel();
        ActionType greet = types.get("Greet");
        assertEquals(Set.of("demo:device:one", "demo:device:two"), Set.copyOf(greet.configuration().get(0).options()));

        assertEquals(Map.of("result", "hello ann"), lookup.execute(greet.uid(), "demo:device:two", Map.of("name", "ann")));
        assertEquals("greet ann", two.heard.toString());
        assertEquals("", one.heard.toString());
        assertNull(lookup.execute(greet.uid(), "demo:device:three", Map.of()), "no module handler for that thing");
        assertNull(lookup.execute("demo.greet", "demo:device:one", Map.of()), "the UID without its hash is unknown");

        assertEquals(Map.of("min", 1.5, "max", 9.0), lookup.execute(types.get("Measure").uid(), "demo:device:one",
                Map.of()), "only the map entries that are outputs");
        assertEquals(Map.of(), lookup.execute(types.get("Reset").uid(), "demo:device:one", Map.of()));
        assertEquals(Map.of("result", 7), lookup.execute(types.get("Count").uid(), "demo:device:one", Map.of()));
        assertEquals(Map.of("result", "x"), lookup.execute(types.get("Echo").uid(), "demo:device:one",
                Map.of("p0", "x")));
    }

    @Test
    void aCallThatCannotBeMadeIsLoggedAndAnswersNothing() {
        register(new Sample(), thing("one"));
        Map<String, ActionType> types = typesByLabel();

        assertEquals(Map.of(), lookup.execute(types.get("Greet Often").uid(), "demo:device:one", Map.of("name", "a")),
                "a missing primitive input cannot be passed");
        assertEquals(Map.of(), lookup.execute(types.get("Hidden").uid(), "demo:device:one", Map.of()),
                "a private method is not accessible");
        assertTrue(lookup.log().stream().anyMatch(line -> line.startsWith("ERROR Could not call method 'private")));
    }

    @Test
    void inputsAsTheRestApiSendsThemAreConvertedToTheInputTypes() {
        register(new Sample(), thing("one"));
        ActionType often = typesByLabel().get("Greet Often");

        Map<String, Object> inputs = lookup.serializedInputs(often, Map.of("name", "bo", "times", 2.0));
        assertEquals(Map.of("name", "bo", "times", 2), inputs);
        assertEquals(Map.of("result", "hello bo hello bo"), lookup.execute(often.uid(), "demo:device:one", inputs));
        assertEquals(Map.of("times", 0), lookup.serializedInputs(often, Map.of()), "a primitive gets its default");
        assertEquals(Map.of("name", "bo"), lookup.serializedInputs(often, Map.of("name", "bo", "times", "x")));
    }

    @Test
    void aClassWithoutScopeIsRefusedByTheRuleEngineAndCannotRegisterForScripts() {
        register(new Unscoped(), thing("one"));
        register(new Derived(), thing("two"));

        assertTrue(lookup.moduleTypes().isEmpty());
        assertTrue(lookup.log().contains("ERROR Missing 'ThingActionsScope' for 'class " + Unscoped.class.getName()
                + "'. Please add it to your class definition."));
        assertTrue(lookup.log().contains("ERROR Missing 'ThingActionsScope' for 'class " + Derived.class.getName()
                + "'. Please add it to your class definition."), "the annotation is not inherited");
        assertEquals(2, framework.referenceFailures().size(), "the scripts' bind method fails on both");
        assertInstanceOf(NullPointerException.class, framework.referenceFailures().get(0));
        assertNull(lookup.actions("demo", "demo:device:two"));
    }

    @Test
    void actionsWithoutHandlerFailTheRuleEngineAndAreLeftOutOfTheScripts() {
        register(new Sample(), null);

        assertTrue(lookup.moduleTypes().isEmpty());
        assertEquals(1, framework.referenceFailures().size());
        assertEquals("ThingHandler for 'class " + Sample.class.getName() + "' is missing.",
                framework.referenceFailures().get(0).getMessage());
    }

    @Test
    void unregisteringTakesTheThingsOptionAwayAndTheLastOneTheModuleType() {
        ServiceRecord one = register(new Sample(), thing("one"));
        ServiceRecord two = register(new Sample(), thing("two"));
        String uid = typesByLabel().get("Reset").uid();

        one.unregister();
        assertEquals(List.of("demo:device:two"), lookup.moduleType(uid).configuration().get(0).options());
        two.unregister();
        assertNull(lookup.moduleType(uid));
    }
}
