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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

import com.google.gson.JsonParser;

/**
 * A session remembers when the charger booted: timestamps counted from boot that arrive before {@code rbt} get their
 * date-time once it comes, an unchanged one keeps its date-time while {@code rbt} jitters, and the growing charging
 * duration follows every {@code rbt}.
 */
@NonNullByDefault
class DecodeSessionTest {

    private static final Instant T0 = Instant.parse("2026-06-22T08:03:44.317Z");

    private final DecodeSession session = new DecodeSession(Catalog.standard(), ZoneOffset.UTC);

    @Test
    void aTimestampBeforeTheFirstUptimeIsDecodedAgainWhenTheUptimeArrives() {
        assertEquals(UnDefType.UNDEF, accept("lcs", "127003", T0).get("device#controller-scan-time"));
        Map<String, State> withUptime = accept("rbt", "138861", T0);
        assertEquals(new QuantityType<>(138861, TimeCodecs.MILLISECOND), withUptime.get("device#uptime"));
        assertEquals(new DateTimeType(ZonedDateTime.parse("2026-06-22T08:03:32.459Z")),
                withUptime.get("device#controller-scan-time"));
        assertNull(accept("rbt", "139861", T0.plusSeconds(1)).get("device#controller-scan-time"),
                "decoded once, not on every uptime");
    }

    @Test
    void theUptimeAdvancesWithTheClockBetweenItsMessages() {
        accept("rbt", "1000000", T0);
        assertEquals(1005000L, session.context(T0.plusSeconds(5)).rbt());
        // boot was 1000 s before T0, so 1005000 ms after boot is T0 + 5 s
        assertEquals(new DateTimeType(ZonedDateTime.parse("2026-06-22T08:03:49.317Z")),
                accept("lcctc", "1005000", T0.plusSeconds(7)).get("status#charging-start-time"));
    }

    @Test
    void aChargingDurationCountingUpFollowsEveryUptime() {
        accept("rbt", "1000000", T0);
        assertEquals(new QuantityType<>(60000, TimeCodecs.MILLISECOND),
                accept("cdi", "{\"type\":0,\"value\":940000}", T0).get("status#charging-duration"));
        assertEquals(new QuantityType<>(70000, TimeCodecs.MILLISECOND),
                accept("rbt", "1010000", T0.plusSeconds(10)).get("status#charging-duration"));
        accept("cdi", "null", T0.plusSeconds(11));
        assertNull(accept("rbt", "1012000", T0.plusSeconds(12)).get("status#charging-duration"),
                "no session: nothing to follow");
    }

    @Test
    void aTimestampCountedFromBootStaysPutWhileTheUptimeArrivesWithAVaryingDelay() {
        accept("rbt", "1000000", T0);
        State first = accept("lcs", "990000", T0.plusNanos(250_000)).get("device#controller-scan-time");
        assertEquals(new DateTimeType(ZonedDateTime.parse("2026-06-22T08:03:34.317Z")), first);

        accept("rbt", "1001000", T0.plusMillis(1037)); // 37 ms late
        assertEquals(first, accept("lcs", "990000", T0.plusMillis(1040).plusNanos(731_000))
                .get("device#controller-scan-time"));
        accept("rbt", "1002000", T0.plusMillis(1996)); // the first one was late too
        assertEquals(first, accept("lcs", "990000", T0.plusMillis(1998)).get("device#controller-scan-time"));
        assertEquals(new DateTimeType(ZonedDateTime.parse("2026-06-22T08:03:35.317Z")),
                accept("lcs", "991000", T0.plusMillis(2001)).get("device#controller-scan-time"),
                "a new value is a new moment");
    }

    @Test
    void valuesOfOneMillisecondShareTheirContextUntilTheBootMoves() {
        accept("rbt", "1000000", T0);
        DecodeContext first = session.context(T0.plusNanos(100_000));
        assertSame(first, session.context(T0.plusNanos(900_000)));
        assertEquals(1000001L, session.context(T0.plusMillis(1)).rbt());

        accept("rbt", "5000", T0.plusMillis(1).plusNanos(200_000)); // restarted, in the same millisecond
        assertEquals(5000L, session.context(T0.plusMillis(1).plusNanos(300_000)).rbt());
        assertEquals(T0.plusMillis(1), session.context(T0.plusMillis(1).plusNanos(300_000)).arrival());
    }

    @Test
    void aRestartOfTheChargerPlacesItsBootAnew() {
        accept("rbt", "1000000", T0);
        accept("rbt", "5000", T0.plusSeconds(10)); // booted again 5 s ago
        assertEquals(5000L, session.context(T0.plusSeconds(10)).rbt());
        assertEquals(new DateTimeType(ZonedDateTime.parse("2026-06-22T08:03:53.317Z")),
                accept("lcs", "4000", T0.plusSeconds(10)).get("device#controller-scan-time"));
    }

    @Test
    void aClockThatJumpedPlacesTheBootAnew() {
        accept("rbt", "1000000", T0);
        accept("rbt", "1001000", T0.plusSeconds(1).plus(DecodeSession.BOOT_TOLERANCE).plusMillis(1));
        assertEquals(1001000L, session.context(T0.plusSeconds(1).plus(DecodeSession.BOOT_TOLERANCE).plusMillis(1))
                .rbt());
    }

    @Test
    void anUptimeThatIsNoNumberLeavesTheLastOneInPlace() {
        accept("rbt", "1000000", T0);
        accept("rbt", "\"soon\"", T0.plusSeconds(1));
        assertEquals(1002000L, session.context(T0.plusSeconds(2)).rbt());
    }

    private Map<String, State> accept(String key, String json, Instant arrival) {
        return session.accept(key, JsonParser.parseString(json), arrival).states().stream()
                .collect(Collectors.toMap(ChannelState::channel, ChannelState::state, (a, b) -> b));
    }
}
