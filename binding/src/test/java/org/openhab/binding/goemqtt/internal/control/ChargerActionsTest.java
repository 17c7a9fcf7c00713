/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.control;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.goemqtt.internal.control.ControlCommandsTest.FakeTarget;
import org.openhab.binding.goemqtt.internal.protocol.CommandStatus;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The rule actions as openHAB and rule authors see them: scope, annotations, delegation and the static forms.
 */
@NonNullByDefault
class ChargerActionsTest {

    private final TestClock clock = new TestClock();
    private final RecordingSink sink = new RecordingSink(clock);
    private final FakeTarget target = new FakeTarget(sink, clock);
    private final ChargerActions actions = new ChargerActions();

    /** A charger handler as the framework hands it over: a ThingHandler that is also an ActionTarget. */
    private ThingHandler handler() {
        ThingHandler handler = mock(ThingHandler.class, withSettings().extraInterfaces(ActionTarget.class));
        ActionTarget asTarget = (ActionTarget) handler;
        when(asTarget.commands()).thenReturn(sink);
        when(asTarget.tcl()).thenReturn(target.tcl);
        when(asTarget.pvFeed()).thenReturn(target.feed);
        when(asTarget.bounds()).thenReturn(target.bounds);
        return handler;
    }

    @Test
    void theActionsAreInTheGoemqttScope() {
        ThingActionsScope scope = ChargerActions.class.getAnnotation(ThingActionsScope.class);

        assertNotNull(scope);
        assertEquals("goemqtt", scope.name());
    }

    @Test
    void everyInstanceMethodIsARuleActionAnsweringTextAndHasAStaticTwin() {
        Set<String> ruleActions = new TreeSet<>();
        for (Method method : ChargerActions.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                    || method.getName().endsWith("ThingHandler")) {
                continue;
            }
            assertNotNull(method.getAnnotation(RuleAction.class), method.getName());
            assertEquals("java.lang.String", method.getAnnotation(ActionOutput.class).type(), method.getName());
            assertEquals(String.class, method.getReturnType());
            Class<?>[] staticParameters = new Class<?>[method.getParameterCount() + 1];
            staticParameters[0] = ThingActions.class;
            System.arraycopy(method.getParameterTypes(), 0, staticParameters, 1, method.getParameterCount());
            assertDoesNotThrow(() -> ChargerActions.class.getMethod(method.getName(), staticParameters),
                    "static twin of " + method.getName());
            ruleActions.add(method.getName());
        }
        assertEquals(new TreeSet<>(List.of("setChargingCurrent", "setTemporaryCurrentLimit",
                "clearTemporaryCurrentLimit", "startCharging", "stopCharging", "resumeAutomaticCharging",
                "setPhaseMode", "setLogicMode", "sendPvData", "setKey", "restartCharger")), ruleActions);
    }

    @Test
    void actionsPublishThroughTheHandlerAndAnswerWithTheOutcome() {
        actions.setThingHandler(handler());
        sink.answerNext(CommandStatus.CONFIRMED, "success").answerNext(CommandStatus.REJECTED,
                ControlCommandsTest.FNA_TOO_SHORT);

        assertEquals("success", actions.setChargingCurrent(12));
        assertEquals(ControlCommandsTest.FNA_TOO_SHORT, actions.setKey("fna", "\"go\""));
        assertEquals("success", actions.setTemporaryCurrentLimit(8));
        assertEquals("success", actions.clearTemporaryCurrentLimit());
        assertEquals("success", actions.startCharging());
        assertEquals("success", actions.stopCharging());
        assertEquals("success", actions.resumeAutomaticCharging());
        assertEquals("success", actions.setPhaseMode("3"));
        assertEquals("success", actions.setLogicMode("eco"));
        assertEquals("success", actions.sendPvData(-2000, 5200.4, 0));
        assertEquals("success", ChargerActions.restartCharger(actions));

        assertEquals(List.of("12:00:00 amp/set 12", "12:00:00 fna/set \"go\"", "12:00:00 tcl/set 8",
                "12:00:00 tcl/set null", "12:00:00 frc/set 2", "12:00:00 frc/set 1", "12:00:00 frc/set 0",
                "12:00:00 psm/set 2", "12:00:00 lmo/set 4", "12:00:00 ids/set {\"pGrid\":-2000,\"pPv\":5200,\"pAkku\":0}",
                "12:00:00 rst/set 1"),
                sink.traffic());
    }

    @Test
    void theStaticFormsForDslRulesDoTheSame() {
        actions.setThingHandler(handler());
        sink.answerNext(CommandStatus.TIMEOUT, "no answer on /result within 5 s");

        assertEquals("timeout", ChargerActions.startCharging(actions));
        assertEquals("refused: 40 A is above the maximum of 16 A (maximum current setting ama)",
                ChargerActions.setChargingCurrent(actions, 40));
        assertEquals("success", ChargerActions.setPhaseMode(actions, "auto"));

        assertEquals(List.of("12:00:00 frc/set 2", "12:00:00 psm/set 0"), sink.traffic());
    }

    @Test
    void withoutAChargerHandlerTheAnswerIsNotConnected() {
        assertEquals("not connected", actions.startCharging());

        actions.setThingHandler(mock(ThingHandler.class));
        assertEquals("not connected", ChargerActions.setKey(actions, "amp", "10"));
        assertEquals(List.of(), sink.sent());
    }

    @Test
    void theStaticFormsRefuseActionsOfAnotherBinding() {
        ThingActions foreign = mock(ThingActions.class);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChargerActions.stopCharging(foreign));
        assertTrue(String.valueOf(e.getMessage()).startsWith("not the actions of a goemqtt charger"));
    }
}
