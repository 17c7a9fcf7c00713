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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.catalog.ExcludedKeys;
import org.openhab.binding.goemqtt.internal.protocol.CommandOutcome;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.KeyValue;
import org.openhab.binding.goemqtt.internal.protocol.InboundMessage.Unparseable;
import org.openhab.binding.goemqtt.internal.protocol.KeyNames;
import org.openhab.binding.goemqtt.internal.protocol.MessageDecoder;
import org.openhab.binding.goemqtt.internal.protocol.ParsedTopic;
import org.openhab.binding.goemqtt.internal.protocol.Secrets;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Type;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * What the rule actions do, without openHAB's action plumbing: each method publishes one set and waits, bounded
 * by the command timeout plus {@link #DEFAULT_WAIT_MARGIN}, for the charger's answer. Answers:
 * {@value #SUCCESS}, the charger's error text verbatim, {@value #TIMEOUT}, {@value #NOT_CONNECTED},
 * {@value #UNCONFIRMED} (firmware before 051.5 did not echo the value) or a text starting with
 * {@value #REFUSED} when an argument is wrong (nothing is published then).
 */
@NonNullByDefault
public final class ControlCommands implements RuleCommands {

    public static final String SUCCESS = "success";
    public static final String TIMEOUT = "timeout";
    public static final String NOT_CONNECTED = "not connected";
    public static final String UNCONFIRMED = "unconfirmed";
    public static final String INTERRUPTED = "interrupted";
    public static final String REFUSED = "refused: ";
    /** The key that reboots the charger: never a channel (ExcludedKeys), only {@link #restartCharger()}. */
    private static final String RESTART_KEY = "rst";
    /** Added to the command timeout when waiting for an outcome, so the tracker's own timeout decides first. */
    public static final Duration DEFAULT_WAIT_MARGIN = Duration.ofSeconds(2);

    private static final MessageDecoder DECODER = new MessageDecoder();
    private static final Map<String, Integer> LOGIC_MODES = Map.ofEntries(Map.entry("default", 3),
            Map.entry("basic", 3), Map.entry("standard", 3), Map.entry("3", 3), Map.entry("eco", 4),
            Map.entry("awattar", 4), Map.entry("4", 4), Map.entry("daily", 5), Map.entry("dailytrip", 5),
            Map.entry("nexttrip", 5), Map.entry("automaticstop", 5), Map.entry("5", 5));
    private static final Map<String, Integer> PHASE_MODES = Map.of("auto", 0, "1", 1, "3", 2);

    private final ActionTarget target;
    private final Duration waitMargin;

    public ControlCommands(ActionTarget target) {
        this(target, DEFAULT_WAIT_MARGIN);
    }

    public ControlCommands(ActionTarget target, Duration waitMargin) {
        this.target = target;
        this.waitMargin = waitMargin;
    }

    /** {@code amp}: the charging current, within the charger's bounds. */
    public String setChargingCurrent(int amps) {
        String refusal = target.bounds().check(amps);
        return refusal != null ? REFUSED + refusal : send("amp", new JsonPrimitive(amps));
    }

    /** {@code tcl}: a temporary current limit, refreshed until cleared. */
    public String setTemporaryCurrentLimit(int amps) {
        String refusal = target.bounds().check(amps);
        return refusal != null ? REFUSED + refusal : await(target.tcl().set(amps));
    }

    /** {@code tcl} = {@code null}: ends the temporary current limit. */
    public String clearTemporaryCurrentLimit() {
        return await(target.tcl().clear());
    }

    /** {@code frc} = 2: charge now, whatever the charger's own logic says. */
    public String startCharging() {
        return send("frc", new JsonPrimitive(2));
    }

    /** {@code frc} = 1: stop charging now. */
    public String stopCharging() {
        return send("frc", new JsonPrimitive(1));
    }

    /** {@code frc} = 0: the charger's own logic decides again (schedule, price, PV surplus, next trip). */
    public String resumeAutomaticCharging() {
        return send("frc", new JsonPrimitive(0));
    }

    /** {@code psm}: {@code auto}, {@code 1} or {@code 3} phases. */
    public String setPhaseMode(@Nullable String mode) {
        Integer code = mode == null ? null : PHASE_MODES.get(normalized(mode));
        return code == null ? REFUSED + "phase mode must be auto, 1 or 3, not '" + mode + "'"
                : send("psm", new JsonPrimitive(code));
    }

    /** {@code lmo}: {@code default}/{@code basic} (3), {@code eco} (4), {@code daily}/{@code nexttrip} (5). */
    public String setLogicMode(@Nullable String mode) {
        Integer code = mode == null ? null : LOGIC_MODES.get(normalized(mode).replaceAll("[ _-]", ""));
        return code == null ? REFUSED + "logic mode must be default, eco or daily (or the code 3, 4, 5), not '"
                + mode + "'" : send("lmo", new JsonPrimitive(code));
    }

    /** {@code ids} at once, in watts; NaN leaves PV or battery out. */
    public String sendPvData(double gridWatts, double pvWatts, double batteryWatts) {
        if (!Double.isFinite(gridWatts) || Double.isInfinite(pvWatts) || Double.isInfinite(batteryWatts)) {
            return REFUSED + "grid power must be a finite number of watts (PV and battery may be NaN to leave them "
                    + "out), not " + gridWatts + ", " + pvWatts + ", " + batteryWatts;
        }
        return await(target.pvFeed().push(BigDecimal.valueOf(gridWatts), optionalWatts(pvWatts),
                optionalWatts(batteryWatts)));
    }

    /**
     * {@code rst} = 1: the charger restarts (the docs take any value). Charging stops and the charger is offline
     * for some seconds; it may restart before it answers, so {@value #TIMEOUT} does not mean it did not.
     */
    public String restartCharger() {
        return send(RESTART_KEY, new JsonPrimitive(1));
    }

    /**
     * Any key with a JSON value, e.g. {@code setKey("fna", "\"garage\"")}, except the excluded keys (reboot,
     * erasing Wi-Fi configurations or cards, firmware update, cloud key): those are refused with their reason, the
     * reboot pointing to {@link #restartCharger()}.
     */
    public String setKey(@Nullable String key, @Nullable String json) {
        if (key == null || !KeyNames.isValid(key)) {
            return REFUSED + "'" + key + "' is not an API key";
        } else if (ExcludedKeys.isExcluded(key)) {
            return REFUSED + key + " " + ExcludedKeys.reasons().get(key)
                    + (RESTART_KEY.equals(key) ? "" : "; use the go-e app");
        } else if (json == null) {
            return REFUSED + "no JSON value given (use \"null\" for null)";
        }
        InboundMessage decoded = DECODER.decode(ParsedTopic.value(key), json.getBytes(StandardCharsets.UTF_8));
        if (decoded instanceof KeyValue value) {
            return send(key, value.value());
        }
        String reason = decoded instanceof Unparseable unreadable ? unreadable.reason() : "unreadable";
        String shown = Secrets.text(key, json);
        return REFUSED + "'" + shown + "' is " + reason + "; text values need double quotes, e.g. \"" + shown + "\"";
    }

    /**
     * A command to the temporary current limit channel: a current (any unit; plain numbers are amperes, fractions
     * are cut, never rounded up) sets the limit; 0 A (below every charger's minimum, and all a Number item can
     * send to mean "none"), UNDEF/NULL, OFF or the text "off" clear it. Returns null when published, else why not.
     */
    public @Nullable String temporaryLimitCommand(Type command) {
        BigDecimal amps = ControlValues.inUnit(command, Units.AMPERE);
        if (ControlValues.meansOff(command) || (amps != null && amps.signum() == 0)) {
            target.tcl().clear();
            return null;
        } else if (amps == null) {
            return "'" + command + "' is not a current (expected e.g. 10 A)";
        }
        int whole = amps.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE))
                .intValue();
        String refusal = target.bounds().check(whole);
        if (refusal != null) {
            return refusal;
        }
        target.tcl().set(whole);
        return null;
    }

    /** The rule's answer for an outcome. */
    public static String answer(CommandOutcome outcome) {
        return switch (outcome.status()) {
            case CONFIRMED -> SUCCESS;
            case REJECTED -> outcome.detail();
            case TIMEOUT -> TIMEOUT;
            case UNCONFIRMED -> UNCONFIRMED;
            case NOT_SENT -> NOT_CONNECTED;
        };
    }

    private String send(String key, JsonElement value) {
        return await(target.commands().send(key, value));
    }

    private String await(CompletableFuture<CommandOutcome> outcome) {
        Duration bound = target.commands().commandTimeout().plus(waitMargin);
        try {
            return answer(outcome.get(bound.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return TIMEOUT;
        } catch (CancellationException | ExecutionException e) {
            return NOT_CONNECTED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        }
    }

    private static @Nullable BigDecimal optionalWatts(double watts) {
        return Double.isNaN(watts) ? null : BigDecimal.valueOf(watts);
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
