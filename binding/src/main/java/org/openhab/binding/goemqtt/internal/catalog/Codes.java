/*
 * Copyright (c) 2026 go-e Charger MQTT Binding contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.goemqtt.internal.catalog;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The go-e code lists of enumerated keys: code → English name. Sources: apikeys.json {@code enum} (the key table)
 * and {@code enum_firmware_export} (firmware export 60.4). Where the two lists give one code different meanings the
 * name states both; a code in neither list still reaches openHAB as its number.
 */
@NonNullByDefault
public final class Codes {

    /**
     * car: apikeys-en 0-5; firmware export 60.4 adds 6 (Initializing).
     */
    public static final CodeList CAR = CodeList.of("car", //
            "0=Unknown or error", //
            "1=Idle", //
            "2=Charging", //
            "3=Waiting for car", //
            "4=Complete", //
            "5=Error", //
            "6=Initializing"); //

    /**
     * err: apikeys-en and firmware export 60.4 number 12-17 differently (the export moved the lock codes up); where
     * they disagree the label names both meanings.
     */
    public static final CodeList ERROR = CodeList.of("error", //
            "0=None", //
            "1=Residual current AC", //
            "2=Residual current DC", //
            "3=Phase fault", //
            "4=Overvoltage", //
            "5=Overcurrent", //
            "6=Diode fault", //
            "7=Invalid PP signal", //
            "8=Invalid ground", //
            "9=Contactor stuck", //
            "10=Contactor missing", //
            "11=Residual current unknown", //
            "12=Unknown or lock stuck open", //
            "13=Overtemperature or lock stuck locked", //
            "14=No communication or residual current unknown", //
            "15=Lock stuck open or unknown", //
            "16=Lock stuck locked or overtemperature", //
            "17=No communication", //
            "18=Invalid CP signal", //
            "20=Reserved", //
            "21=Reserved", //
            "22=Reserved", //
            "23=RDC self test failed", //
            "24=Reserved"); //

    /**
     * modelStatus: apikeys-en 0-35, firmware export 60.4 adds 36-41; code 0 reads 'not charging' in one list and
     * 'charging' in the other, so its label states only the cause.
     */
    public static final CodeList MODEL_STATUS = CodeList.of("model-status", //
            "0=No data from charge controller", //
            "1=Not charging: overtemperature", //
            "2=Not charging: access control", //
            "3=Charging: force state on", //
            "4=Not charging: force state off", //
            "5=Not charging: scheduler", //
            "6=Not charging: energy limit", //
            "7=Charging: low tariff price", //
            "8=Charging: next trip test charge", //
            "9=Charging: next trip, not enough time", //
            "10=Charging: next trip", //
            "11=Charging: next trip, no clock", //
            "12=Charging: PV surplus", //
            "13=Charging: fallback to go-e default", //
            "14=Charging: fallback to go-e scheduler", //
            "15=Charging: fallback to default", //
            "16=Not charging: fallback to go-e tariff", //
            "17=Not charging: fallback to tariff", //
            "18=Not charging: fallback to next trip", //
            "19=Charging: car compatibility keep-alive", //
            "20=Charging: charge pause not allowed", //
            "22=Not charging: simulated unplugging", //
            "23=Not charging: phase switch", //
            "24=Not charging: minimum pause", //
            "26=Not charging: error", //
            "27=Not charging: load management", //
            "28=Not charging: OCPP", //
            "29=Not charging: reconnect delay", //
            "30=Not charging: adapter blocks", //
            "31=Not charging: underfrequency control", //
            "32=Not charging: unbalanced load", //
            "33=Charging: discharging PV battery", //
            "34=Not charging: grid monitoring", //
            "35=Not charging: OCPP fallback", //
            "36=Not charging: floor detected", //
            "37=Not charging: OCPP inoperable", //
            "38=Not charging: undervoltage control", //
            "39=Not charging: zero setpoint", //
            "40=Not charging: initializing", //
            "41=Not charging: failsafe limit"); //

    /**
     * lmo: 5 is AutomaticStop in apikeys-en and NextTrip in firmware export 60.4 (the same feature renamed).
     */
    public static final CodeList LOGIC_MODE = CodeList.of("logic-mode", //
            "3=Default", //
            "4=Flexible tariff", //
            "5=Next trip (automatic stop)"); //

    /**
     * frc: Neutral=0, Off=1, On=2.
     */
    public static final CodeList FORCE_STATE = CodeList.of("force-state", //
            "0=Neutral", //
            "1=Off", //
            "2=On"); //

    /**
     * psm: Auto=0 (since 055.5), Force_1=1, Force_3=2 (last documented 2025-05; modbus register 40333).
     */
    public static final CodeList PHASE_MODE = CodeList.of("phase-mode", //
            "0=Automatic", //
            "1=Single phase", //
            "2=Three phases"); //

    /**
     * ust: Normal=0, AutoUnlock=1, AlwaysLock=2.
     */
    public static final CodeList UNLOCK_MODE = CodeList.of("unlock-mode", //
            "0=Normal", //
            "1=Unlock automatically", //
            "2=Always locked"); //

    /**
     * lck: the ust values plus ForceUnlock=3.
     */
    public static final CodeList LOCK_MODE = CodeList.of("lock-mode", //
            "0=Normal", //
            "1=Unlock automatically", //
            "2=Always locked", //
            "3=Force unlock"); //

    /**
     * cus: Unknown=0 .. LockUnlockPowerout=5.
     */
    public static final CodeList CABLE_LOCK = CodeList.of("cable-lock", //
            "0=Unknown", //
            "1=Unlocked", //
            "2=Unlock failed", //
            "3=Locked", //
            "4=Lock failed", //
            "5=Lock or unlock at power outage"); //

    /**
     * ffb: NoProblem=0, ProblemLock=1, ProblemUnlock=2.
     */
    public static final CodeList LOCK_FEEDBACK = CodeList.of("lock-feedback", //
            "0=No problem", //
            "1=Problem locking", //
            "2=Problem unlocking"); //

    /**
     * acs and facacs: Open=0, Wait=1; firmware export 60.4 adds EVCMS=2.
     */
    public static final CodeList ACCESS_CONTROL = CodeList.of("access-control", //
            "0=Open", //
            "1=Wait for authorisation", //
            "2=EVCMS"); //

    /**
     * trx: 0 without card, otherwise card index + 1 (null: no transaction).
     */
    public static final CodeList TRANSACTION = CodeList.of("transaction", //
            "0=Without card", //
            "1=Card 1", //
            "2=Card 2", //
            "3=Card 3", //
            "4=Card 4", //
            "5=Card 5", //
            "6=Card 6", //
            "7=Card 7", //
            "8=Card 8", //
            "9=Card 9", //
            "10=Card 10"); //

    /**
     * bac: AlwaysLock=0, LockWhenCarIsConnected=1, LockWhenCarIsCharging=2, NeverLock=3.
     */
    public static final CodeList BUTTON_LOCK = CodeList.of("button-lock", //
            "0=Always locked", //
            "1=Locked when car connected", //
            "2=Locked while charging", //
            "3=Never locked"); //

    /**
     * awc: Austria=0, Germany=1.
     */
    public static final CodeList TARIFF_COUNTRY = CodeList.of("tariff-country", //
            "0=Austria", //
            "1=Germany"); //

    /**
     * frm: PreferPowerFromGrid=0, Default=1, PreferPowerToGrid=2.
     */
    public static final CodeList ROUNDING_MODE = CodeList.of("rounding-mode", //
            "0=Prefer power from grid", //
            "1=Default", //
            "2=Prefer power to grid"); //

    /**
     * ufm: TypeNominal=0, TypeActual=1.
     */
    public static final CodeList UNDERFREQUENCY_MODE = CodeList.of("underfrequency-mode", //
            "0=Nominal", //
            "1=Actual"); //

    /**
     * var: 11 = 11 kW/16 A, 22 = 22 kW/32 A.
     */
    public static final CodeList VARIANT = CodeList.of("variant", //
            "11=11 kW / 16 A", //
            "22=22 kW / 32 A"); //

    /**
     * wst: apikeys-en has no 7 and 8-10 one place lower than firmware export 60.4 (which adds WAITING_FOR_IP); where
     * they disagree the label names both.
     */
    public static final CodeList WIFI_STATUS = CodeList.of("wifi-status", //
            "0=Idle", //
            "1=SSID not available", //
            "2=Scan completed", //
            "3=Connected", //
            "4=Connection failed", //
            "5=Connection lost", //
            "6=Disconnected", //
            "7=Connecting", //
            "8=Connecting or disconnecting", //
            "9=Disconnecting or no shield", //
            "10=No shield or waiting for IP"); //

    // --- code lists of the keys typed for issue 14 (OCPP, load management, scheduler, network, ...) ---

    /**
     * loty: apikeys-en 0=Static, 1=Dynamic; firmware export 60.4 lists the same as false/true.
     */
    public static final CodeList LOAD_BALANCING_TYPE = CodeList.of("load-balancing-type", //
            "0=Static", //
            "1=Dynamic"); //

    /**
     * ocppcm: WhenTransactionId=0, WhenCharging=1 (ocpp-en.md, firmware export 60.4).
     */
    public static final CodeList OCPP_METER_CONDITION = CodeList.of("ocpp-meter-condition", //
            "0=With transaction id", //
            "1=While charging"); //

    /**
     * ocppcs: the OCPP 1.6 connector states, Available=0 .. Faulted=8.
     */
    public static final CodeList OCPP_CONNECTOR_STATUS = CodeList.of("ocpp-connector-status", //
            "0=Available", //
            "1=Preparing", //
            "2=Charging", //
            "3=Suspended by charger", //
            "4=Suspended by car", //
            "5=Finishing", //
            "6=Reserved", //
            "7=Unavailable", //
            "8=Faulted"); //

    /**
     * sch_week/sch_satur/sch_sund control: apikeys-en Disabled=0, Inside=1, Outside=2; firmware export 60.4
     * Disabled=0, Allow=1, Block=2, AllowFromGrid=3, BlockFromGrid=4 (1 and 2 the same meaning renamed).
     */
    public static final CodeList SCHEDULE_MODE = CodeList.of("schedule-mode", //
            "0=Disabled", //
            "1=Charge inside (allow)", //
            "2=Charge outside (block)", //
            "3=Allow from grid", //
            "4=Block from grid"); //

    /**
     * pwm: Force_3=0, Wish_1=1, Wish_3=2.
     */
    public static final CodeList PHASE_WISH = CodeList.of("phase-wish", //
            "0=Three phases forced", //
            "1=Single phase wished", //
            "2=Three phases wished"); //

    /**
     * tsss: RESET=0, COMPLETED=1, IN_PROGRESS=2.
     */
    public static final CodeList TIME_SYNC_STATUS = CodeList.of("time-sync-status", //
            "0=Reset", //
            "1=Completed", //
            "2=In progress"); //

    /**
     * tds: apikeys-en None=0, EuropeanSummerTime=1, UsDaylightTime=2; firmware export 60.4 adds
     * AustralianDaylightTime=3.
     */
    public static final CodeList DAYLIGHT_SAVING = CodeList.of("daylight-saving", //
            "0=None", //
            "1=European summer time", //
            "2=US daylight time", //
            "3=Australian daylight time"); //

    /**
     * wbw: WIFI_BW_HT20=1, WIFI_BW_HT40=2.
     */
    public static final CodeList WIFI_BANDWIDTH = CodeList.of("wifi-bandwidth", //
            "1=20 MHz (HT20)", //
            "2=40 MHz (HT40)"); //

    /**
     * wsms: None=0, Scanning=1, Connecting=2, Connected=3.
     */
    public static final CodeList WIFI_STATE = CodeList.of("wifi-state", //
            "0=None", //
            "1=Scanning", //
            "2=Connecting", //
            "3=Connected"); //

    /**
     * wat: ANT0=0, ANT1=1, AUTO=2 (firmware export 60.2).
     */
    public static final CodeList WIFI_ANTENNA = CodeList.of("wifi-antenna", //
            "0=Antenna 0", //
            "1=Antenna 1", //
            "2=Automatic"); //

    /**
     * cert: NoCertification=0, MidOnly=1, MidEichrecht=2 (firmware export 60.3).
     */
    public static final CodeList CERTIFICATION = CodeList.of("certification", //
            "0=None", //
            "1=MID only", //
            "2=MID and German calibration law"); //

    /**
     * iso2en: Off=0, Optional=1, Forced=2 (firmware export 60.4).
     */
    public static final CodeList ISO15118 = CodeList.of("iso15118", //
            "0=Off", //
            "1=Optional", //
            "2=Forced"); //

    private Codes() {
    }
}
