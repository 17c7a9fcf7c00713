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

import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Rule actions of a charger (scope {@code goemqtt}). Every action answers with a text a rule can test:
 * {@code success}, the charger's error text verbatim, {@code timeout}, {@code not connected}, {@code unconfirmed}
 * (firmware before 051.5) or {@code refused: …} for a wrong argument (nothing published then). An action waits
 * for the charger's answer at most the command timeout plus two seconds.
 * <p>
 * JavaScript: {@code actions.thingActions("goemqtt", "goemqtt:charger:home:garage").setChargingCurrent(10)}; DSL:
 * {@code getActions("goemqtt", "goemqtt:charger:home:garage").setChargingCurrent(10)}, or the static forms below.
 * The charger handler returns this class from {@code getServices()} and implements {@link ActionTarget}; the API v1
 * charger's handler implements {@link RuleCommandTarget} instead and answers what v1 cannot do with {@code refused: …}.
 */
@Component(scope = ServiceScope.PROTOTYPE, service = ChargerActions.class)
@ThingActionsScope(name = "goemqtt")
@NonNullByDefault
public class ChargerActions implements ThingActions {

    private static final String RESULT = "result";
    private static final String TEXT = "java.lang.String";
    private static final String ANSWER = "success, the charger's error text, timeout, not connected or refused: …";

    private volatile @Nullable ThingHandler handler;

    @Override
    public void setThingHandler(ThingHandler handler) {
        this.handler = handler;
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "Set Charging Current", description = "Sets the charging current (amp) in amperes.")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String setChargingCurrent(
            @ActionInput(name = "amps", label = "Current (A)", required = true) int amps) {
        return run(commands -> commands.setChargingCurrent(amps));
    }

    @RuleAction(label = "Set Temporary Limit", description = "Sets a temporary current limit (tcl) in amperes; "
            + "the binding keeps it alive until it is cleared.")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String setTemporaryCurrentLimit(
            @ActionInput(name = "amps", label = "Limit (A)", required = true) int amps) {
        return run(commands -> commands.setTemporaryCurrentLimit(amps));
    }

    @RuleAction(label = "Clear Temporary Limit", description = "Ends the temporary current limit (tcl).")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String clearTemporaryCurrentLimit() {
        return run(RuleCommands::clearTemporaryCurrentLimit);
    }

    @RuleAction(label = "Start Charging", description = "Charges now, whatever the charger's logic says (frc 2).")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String startCharging() {
        return run(RuleCommands::startCharging);
    }

    @RuleAction(label = "Stop Charging", description = "Stops charging now (frc 1).")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String stopCharging() {
        return run(RuleCommands::stopCharging);
    }

    @RuleAction(label = "Resume Automatic Charging", description = "Hands charging back to the charger's own logic: "
            + "schedule, price, PV surplus, next trip (frc 0).")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String resumeAutomaticCharging() {
        return run(RuleCommands::resumeAutomaticCharging);
    }

    @RuleAction(label = "Set Phase Mode", description = "Phase switching (psm): auto, 1 or 3 phases.")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String setPhaseMode(
            @ActionInput(name = "mode", label = "auto, 1 or 3", required = true) @Nullable String mode) {
        return run(commands -> commands.setPhaseMode(mode));
    }

    @RuleAction(label = "Set Logic Mode", description = "Charging logic (lmo): default (3), eco (4) or daily "
            + "trip (5).")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String setLogicMode(
            @ActionInput(name = "mode", label = "default, eco or daily", required = true) @Nullable String mode) {
        return run(commands -> commands.setLogicMode(mode));
    }

    @RuleAction(label = "Send PV Data", description = "Sends grid, PV and battery power in watts (ids) at once; "
            + "from a script, NaN leaves PV or battery out (a UI rule that leaves them empty sends 0 W).")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String sendPvData(
            @ActionInput(name = "gridW", label = "Grid Power (W)", required = true) double gridW,
            @ActionInput(name = "pvW", label = "PV Power (W)") double pvW,
            @ActionInput(name = "batteryW", label = "Battery Power (W)") double batteryW) {
        return run(commands -> commands.sendPvData(gridW, pvW, batteryW));
    }

    @RuleAction(label = "Restart Charger", description = "Reboots the charger (rst). Charging is interrupted and "
            + "the charger is offline for some seconds, then reconnects on its own; it may restart before it "
            + "answers, so a timeout does not mean it did not restart.")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String restartCharger() {
        return run(RuleCommands::restartCharger);
    }

    @RuleAction(label = "Set Key", description = "Sets any API key to a JSON value, e.g. fna to \"garage\". "
            + "Refuses the keys that reboot (use restartCharger), erase Wi-Fi configurations or cards, start a "
            + "firmware update or replace the cloud key.")
    public @ActionOutput(name = RESULT, type = TEXT, description = ANSWER) String setKey(
            @ActionInput(name = "key", label = "API Key", required = true) @Nullable String key,
            @ActionInput(name = "json", label = "JSON Value", required = true) @Nullable String json) {
        return run(commands -> commands.setKey(key, json));
    }

    public static String setChargingCurrent(ThingActions actions, int amps) {
        return of(actions).setChargingCurrent(amps);
    }

    public static String setTemporaryCurrentLimit(ThingActions actions, int amps) {
        return of(actions).setTemporaryCurrentLimit(amps);
    }

    public static String clearTemporaryCurrentLimit(ThingActions actions) {
        return of(actions).clearTemporaryCurrentLimit();
    }

    public static String startCharging(ThingActions actions) {
        return of(actions).startCharging();
    }

    public static String stopCharging(ThingActions actions) {
        return of(actions).stopCharging();
    }

    public static String resumeAutomaticCharging(ThingActions actions) {
        return of(actions).resumeAutomaticCharging();
    }

    public static String setPhaseMode(ThingActions actions, @Nullable String mode) {
        return of(actions).setPhaseMode(mode);
    }

    public static String setLogicMode(ThingActions actions, @Nullable String mode) {
        return of(actions).setLogicMode(mode);
    }

    public static String sendPvData(ThingActions actions, double gridW, double pvW, double batteryW) {
        return of(actions).sendPvData(gridW, pvW, batteryW);
    }

    public static String restartCharger(ThingActions actions) {
        return of(actions).restartCharger();
    }

    public static String setKey(ThingActions actions, @Nullable String key, @Nullable String json) {
        return of(actions).setKey(key, json);
    }

    private static ChargerActions of(@Nullable ThingActions actions) {
        if (actions instanceof ChargerActions charger) {
            return charger;
        }
        throw new IllegalArgumentException("not the actions of a goemqtt charger: " + actions);
    }

    private String run(Function<RuleCommands, String> action) {
        ThingHandler current = handler;
        if (current instanceof RuleCommandTarget v1) {
            return action.apply(v1.ruleCommands());
        }
        if (current instanceof ActionTarget target) {
            return action.apply(new ControlCommands(target));
        }
        return ControlCommands.NOT_CONNECTED;
    }
}
