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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.goemqtt.internal.control.MeterReading.Sample;
import org.openhab.binding.goemqtt.internal.control.V1ChargerReading.Limit;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.State;
import org.openhab.binding.goemqtt.internal.control.V1SurplusDecision.Write;
import org.openhab.binding.goemqtt.internal.control.V1SurplusSettings.Fallback;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Type;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The binding's own PV-surplus control for an API v1 charger, which takes no inverter data. The handler hands over
 * the PV input channels' values ({@link #update(PvInput, Type)}) and, once per status period, the charger's status
 * ({@link #decide}); the decision says which {@code cmd/req} writes to publish and what the control is doing.
 * <ul>
 * <li>Surplus = export + what the car draws already ({@code -grid + nrg[11]}), less a discharging house battery's
 * power, at most the PV power (when known), less the reserve.</li>
 * <li>Current = surplus / (voltage × phases in use), whole amperes, 6 A up to the smallest of {@code ama}, the
 * cable and the 16 A adapter. It falls at once and rises only with a quarter ampere to spare; it changes only on a
 * grid value that arrived after the last write, so that the meter has seen the last change.</li>
 * <li>Start ({@code amx}, then {@code alw=1}) when the surplus reaches 6 A and the minimum off time has passed;
 * stop ({@code alw=0}) when it stayed below 6 A less the hysteresis for {@link #STOP_DELAY} and the minimum on
 * time has passed, charging at 6 A meanwhile.</li>
 * <li>A grid value older than the maximum age applies the fallback: stop at once, or charge at the fixed current
 * (starting only after the minimum off time). The next fresh value resumes the control.</li>
 * <li>Without a car, charging is kept disallowed so that a car plugged in waits for the surplus.</li>
 * <li>No write repeats a value the charger shows or was sent less than {@link V1PendingWrites#RESEND_AFTER} ago.</li>
 * </ul>
 * No threads, no MQTT: the caller publishes. Thread-safe.
 */
@NonNullByDefault
public final class V1SurplusControl {

    /** How long the surplus must stay below the stop level before charging stops. */
    public static final Duration STOP_DELAY = Duration.ofSeconds(10);
    /** The current rises only when the surplus covers the higher current and this much more (A). */
    static final double RISE_MARGIN_AMPS = 0.25;
    private static final String CURRENT = V1PendingWrites.CURRENT;

    private final Logger logger = LoggerFactory.getLogger(V1SurplusControl.class);
    private final Clock clock;
    private final V1SurplusSettings settings;
    private final Instant started;

    // guarded by this
    private MeterReading meter = MeterReading.empty();
    private final V1PendingWrites sent = new V1PendingWrites();
    private @Nullable Boolean lastShown;
    private @Nullable Instant lastSwitch;
    private @Nullable Instant switchBefore;
    private @Nullable Instant belowSince;
    private int learnedPhases;
    private @Nullable State lastState;

    public V1SurplusControl(V1SurplusSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.started = clock.instant();
    }

    public V1SurplusSettings settings() {
        return settings;
    }

    /**
     * A new value of {@code input}: a power quantity in any unit, or a plain number in watts; UNDEF/NULL forgets
     * it. Returns null when taken, else why not (nothing changes then).
     */
    public @Nullable String update(PvInput input, Type value) {
        if (value instanceof UnDefType) {
            synchronized (this) {
                meter = meter.without(input);
            }
            return null;
        }
        BigDecimal watts = ControlValues.inUnit(value, Units.WATT);
        if (watts == null) {
            return "'" + value + "' is not a power value for " + input.channel() + " (expected e.g. 1200 W)";
        }
        update(input, watts);
        return null;
    }

    /** A new value of {@code input} in watts, arrived now. */
    public synchronized void update(PvInput input, BigDecimal watts) {
        meter = meter.with(input, watts, clock.instant());
    }

    /** The PV input values held. */
    public synchronized MeterReading meter() {
        return meter;
    }

    /** Decides on one status of the charger: call once per status period. Never throws. */
    public synchronized V1SurplusDecision decide(V1ChargerReading reading) {
        Instant now = clock.instant();
        List<Write> out = new ArrayList<>();
        if (sent.observe(reading, now)) {
            lastSwitch = switchBefore; // a start or stop no status showed: no switch to hold
        }
        Boolean shownBefore = lastShown;
        if (shownBefore != null && shownBefore != reading.allowed()) {
            lastSwitch = now; // the contactor switched (after a write of ours, or someone else's)
        }
        lastShown = reading.allowed();
        boolean allowed = sent.allowed(reading);
        V1SurplusDecision decision = decide(reading, allowed, now, out);
        if (decision.hasWrites() || decision.state() != lastState) {
            logger.debug("PV control: {}", decision);
        }
        lastState = decision.state();
        return decision;
    }

    private V1SurplusDecision decide(V1ChargerReading reading, boolean allowed, Instant now, List<Write> writes) {
        if (!settings.enabled()) {
            return new V1SurplusDecision(writes, State.DISABLED, "PV control switched off");
        } else if (reading.error() != 0) {
            return new V1SurplusDecision(writes, State.CHARGER_NOT_READY,
                    "charger reports error " + reading.error() + ": control paused");
        } else if (!reading.carKnown()) {
            return new V1SurplusDecision(writes, State.CHARGER_NOT_READY,
                    "car state " + reading.car() + " unknown: control paused");
        } else if (!reading.carConnected()) {
            learnedPhases = 0;
            switchTo(false, reading, now, writes);
            return new V1SurplusDecision(writes, State.NO_CAR, "no car connected: charging waits for surplus");
        }
        if (reading.car() == 2 && reading.measuredPhases() > 0) {
            learnedPhases = reading.measuredPhases();
        }
        Sample grid = meter.fresh(PvInput.GRID, now, settings.maxAge());
        if (grid != null) {
            return follow(reading, allowed, grid, now, writes);
        } else if (!meter.has(PvInput.GRID) && !now.isAfter(started.plus(settings.maxAge()))) {
            return new V1SurplusDecision(writes, State.WAITING_FOR_METER, "waiting for a grid power value");
        }
        return fallback(reading, allowed, now, writes);
    }

    private V1SurplusDecision fallback(V1ChargerReading reading, boolean allowed, Instant now, List<Write> writes) {
        String why = "no grid power value for more than " + settings.maxAge().toSeconds() + " s";
        belowSince = null;
        if (settings.fallback() == Fallback.STOP) {
            switchTo(false, reading, now, writes);
            return new V1SurplusDecision(writes, State.STALE_STOPPED, why + ": charging stopped");
        }
        int amps = Math.min(settings.fallbackCurrent(), reading.limit().amps());
        sent.want(CURRENT, Integer.toString(amps), reading, now, writes);
        long offLeft = allowed ? 0 : secondsLeft(lastSwitch, settings.minOffTime(), now);
        if (offLeft > 0) {
            return new V1SurplusDecision(writes, State.STALE_FIXED_CURRENT,
                    why + ": charging at a fixed " + amps + " A in " + offLeft + " s (minimum off time)");
        }
        switchTo(true, reading, now, writes);
        return new V1SurplusDecision(writes, State.STALE_FIXED_CURRENT, why + ": charging at a fixed " + amps + " A");
    }

    private V1SurplusDecision follow(V1ChargerReading reading, boolean allowed, Sample grid, Instant now,
            List<Write> writes) {
        int phases = phases(reading);
        double volts = reading.voltage();
        double perAmp = volts * phases;
        double surplus = surplus(reading, grid, now);
        double minPower = V1SurplusSettings.MIN_CURRENT * perAmp;
        Limit limit = reading.limit();
        int bottom = Math.min(V1SurplusSettings.MIN_CURRENT, limit.amps());
        String how = " (" + phases + (phases == 1 ? " phase, " : " phases, ") + Math.round(volts) + " V)";
        String surplusText = "surplus " + Math.round(surplus) + " W";
        if (!allowed) {
            belowSince = null;
            if (surplus < minPower) {
                return new V1SurplusDecision(writes, State.WAITING_FOR_SURPLUS,
                        surplusText + ", " + Math.round(minPower) + " W needed to start" + how);
            }
            long offLeft = secondsLeft(lastSwitch, settings.minOffTime(), now);
            if (offLeft > 0) {
                return new V1SurplusDecision(writes, State.OFF_HOLD,
                        surplusText + " is enough to start; minimum off time: " + offLeft + " s left");
            }
            int amps = clamp((int) Math.floor(surplus / perAmp), bottom, limit.amps());
            sent.want(CURRENT, Integer.toString(amps), reading, now, writes);
            switchTo(true, reading, now, writes);
            return new V1SurplusDecision(writes, State.STARTING, "starting at " + amps + " A: " + surplusText + how);
        }
        Instant written = sent.lastWrite();
        boolean followed = written == null || grid.at().isAfter(written); // the meter has seen the last write
        double stopLevel = minPower - settings.hysteresisWatts();
        if (surplus < stopLevel) {
            Instant since = belowSince == null ? now : belowSince;
            belowSince = since;
            if (followed) {
                sent.want(CURRENT, Integer.toString(bottom), reading, now, writes);
            }
            long onLeft = secondsLeft(lastSwitch, settings.minOnTime(), now);
            long delayLeft = secondsLeft(since, STOP_DELAY, now);
            String below = surplusText + " below the " + Math.round(stopLevel) + " W stop level";
            if (onLeft > 0 || delayLeft > 0 || !followed) {
                String until = onLeft == 0 && delayLeft == 0 ? "stopping on the next grid value unless it rises"
                        : onLeft >= delayLeft ? "minimum on time: " + onLeft + " s left"
                                : "stopping in " + delayLeft + " s unless it rises";
                return new V1SurplusDecision(writes, State.ON_HOLD,
                        below + ": kept on at " + bottom + " A, " + until);
            }
            switchTo(false, reading, now, writes);
            return new V1SurplusDecision(writes, State.STOPPING,
                    "stopping: " + below + " for " + STOP_DELAY.toSeconds() + " s");
        }
        belowSince = null;
        int current = sent.current(reading);
        int amps = adjust(current, surplus / perAmp, bottom, limit.amps());
        if (amps != current && followed) {
            sent.want(CURRENT, Integer.toString(amps), reading, now, writes);
        } else {
            amps = current;
        }
        String atLimit = amps == limit.amps() && limit.amps() < V1SurplusSettings.MAX_CURRENT
                ? " (" + limit.source() + " limit)"
                : "";
        return new V1SurplusDecision(writes, State.CHARGING,
                "charging at " + amps + " A" + atLimit + ": " + surplusText + how);
    }

    /** Export plus the car's power, less battery discharge, at most the PV power, less the reserve (W). */
    private double surplus(V1ChargerReading reading, Sample grid, Instant now) {
        double surplus = reading.powerWatts() - grid.watts().doubleValue();
        Sample battery = meter.fresh(PvInput.BATTERY, now, settings.maxAge());
        if (battery != null && battery.watts().signum() > 0) {
            surplus -= battery.watts().doubleValue();
        }
        Sample pv = meter.fresh(PvInput.PV, now, settings.maxAge());
        if (pv != null) {
            surplus = Math.min(surplus, pv.watts().doubleValue());
        }
        return surplus - settings.reserveWatts();
    }

    /** The phases the car draws from; else those it drew from last; else those wired; at least 1. */
    private int phases(V1ChargerReading reading) {
        int measured = reading.car() == 2 ? reading.measuredPhases() : 0;
        if (measured > 0) {
            return measured;
        } else if (learnedPhases > 0) {
            return learnedPhases;
        }
        return Math.max(1, reading.wiredPhases());
    }

    /** Falls to the whole amperes the surplus covers; rises only with {@link #RISE_MARGIN_AMPS} to spare. */
    private static int adjust(int current, double covered, int bottom, int top) {
        int down = (int) Math.floor(covered);
        int up = (int) Math.floor(covered - RISE_MARGIN_AMPS);
        return clamp(down < current ? down : Math.max(current, up), bottom, top);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static long secondsLeft(@Nullable Instant since, Duration hold, Instant now) {
        if (since == null) {
            return 0;
        }
        Duration left = Duration.between(now, since.plus(hold));
        return left.isNegative() || left.isZero() ? 0 : (left.toMillis() + 999) / 1000;
    }

    private void switchTo(boolean on, V1ChargerReading reading, Instant now, List<Write> writes) {
        if (sent.want(V1PendingWrites.ALLOW, on ? "1" : "0", reading, now, writes)) {
            switchBefore = lastSwitch;
            lastSwitch = now;
            belowSince = null;
        }
    }

}
