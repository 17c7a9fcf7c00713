/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.handler;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.ControlCommands;
import org.openhab.binding.goemqtt.internal.control.PvInput;
import org.openhab.binding.goemqtt.internal.control.RuleCommands;
import org.openhab.binding.goemqtt.internal.control.V1SurplusControl;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.KeyNames;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * The rule actions of an API v1 charger, with the names and answers of the v2 ones: the charging current
 * ({@code amx} or {@code amp}, see {@link V1CurrentWriter}), start and stop ({@code alw} 1 and 0), PV data (into the
 * binding's own PV control), any settable key. What v1 cannot do answers {@code refused: …} with the reason: the
 * temporary current limit ({@code tcl}), phase and logic modes, handing charging back to the charger's logic
 * ({@code frc}) and a restart. An action waits for a status showing its value (the configured status periods and
 * one more).
 */
@NonNullByDefault
final class V1RuleCommands implements RuleCommands {

    private static final MessageDecoder DECODER = new MessageDecoder();
    private static final String FLASH_CURRENT = "amp";
    private static final String NOT_ON_V1 = ControlCommands.REFUSED + "an API v1 charger ";

    private final BiFunction<String, JsonElement, CompletableFuture<CommandOutcome>> sender;
    private final V1CurrentWriter currentWriter;
    private final Supplier<@Nullable V1SurplusControl> control;
    private final Duration wait;

    V1RuleCommands(BiFunction<String, JsonElement, CompletableFuture<CommandOutcome>> sender,
            V1CurrentWriter currentWriter, Supplier<@Nullable V1SurplusControl> control, Duration wait) {
        this.sender = sender;
        this.currentWriter = currentWriter;
        this.control = control;
        this.wait = wait;
    }

    @Override
    public String setChargingCurrent(int amps) {
        V1CurrentWriter.Plan plan = currentWriter.plan(amps);
        String key = plan.key();
        return key == null ? ControlCommands.REFUSED + plan.refusal() : send(key, new JsonPrimitive(amps));
    }

    @Override
    public String setTemporaryCurrentLimit(int amps) {
        return NOT_ON_V1 + "has no temporary current limit (tcl); use setChargingCurrent";
    }

    @Override
    public String clearTemporaryCurrentLimit() {
        return NOT_ON_V1 + "has no temporary current limit (tcl)";
    }

    @Override
    public String startCharging() {
        return send("alw", new JsonPrimitive(1));
    }

    @Override
    public String stopCharging() {
        return send("alw", new JsonPrimitive(0));
    }

    @Override
    public String resumeAutomaticCharging() {
        return NOT_ON_V1 + "has no charging logic to hand back to (no frc); use startCharging or stopCharging";
    }

    @Override
    public String setPhaseMode(@Nullable String mode) {
        return NOT_ON_V1 + "cannot switch phases (no psm)";
    }

    @Override
    public String setLogicMode(@Nullable String mode) {
        return NOT_ON_V1 + "has no logic mode (no lmo)";
    }

    @Override
    public String sendPvData(double gridWatts, double pvWatts, double batteryWatts) {
        V1SurplusControl parts = control.get();
        if (parts == null) {
            return ControlCommands.REFUSED + "PV control is switched off (configuration "
                    + V1SurplusSettings.PARAM_ENABLED + ")";
        }
        if (!Double.isFinite(gridWatts) || Double.isInfinite(pvWatts) || Double.isInfinite(batteryWatts)) {
            return ControlCommands.REFUSED + "grid power must be a finite number of watts (PV and battery may be NaN "
                    + "to leave them out), not " + gridWatts + ", " + pvWatts + ", " + batteryWatts;
        }
        parts.update(PvInput.GRID, BigDecimal.valueOf(gridWatts));
        if (!Double.isNaN(pvWatts)) {
            parts.update(PvInput.PV, BigDecimal.valueOf(pvWatts));
        }
        if (!Double.isNaN(batteryWatts)) {
            parts.update(PvInput.BATTERY, BigDecimal.valueOf(batteryWatts));
        }
        return ControlCommands.SUCCESS;
    }

    @Override
    public String restartCharger() {
        return NOT_ON_V1 + "takes no restart command over MQTT";
    }

    @Override
    public String setKey(@Nullable String key, @Nullable String json) {
        if (key == null || !KeyNames.isValid(key) || key.contains("=")) {
            return ControlCommands.REFUSED + "'" + key + "' is not an API key";
        } else if (json == null) {
            return ControlCommands.REFUSED + "no value given";
        } else if (FLASH_CURRENT.equals(key)) {
            return ControlCommands.REFUSED + "amp is written to the charger's flash; use setChargingCurrent, which "
                    + "writes amx where the firmware has it and amp at most once a minute";
        }
        InboundMessage decoded = DECODER.decode(ParsedTopic.value(key), json.getBytes(StandardCharsets.UTF_8));
        JsonElement value = decoded instanceof KeyValue keyValue ? keyValue.value() : new JsonPrimitive(json);
        if (!value.isJsonPrimitive()) {
            return ControlCommands.REFUSED + key + " takes one plain value on API v1, e.g. 16 or \"text\"";
        }
        return send(key, value);
    }

    private String send(String key, JsonElement value) {
        CompletableFuture<CommandOutcome> outcome = sender.apply(key, value);
        try {
            return ControlCommands.answer(outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return ControlCommands.TIMEOUT;
        } catch (CancellationException | ExecutionException e) {
            return ControlCommands.NOT_CONNECTED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ControlCommands.INTERRUPTED;
        }
    }
}
