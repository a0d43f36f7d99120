package org.quotecheck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final Throttle throttle = new Throttle(2, Duration.ofMinutes(1), clock);

    @Test
    void withinTheBudgetNothingWaits() {
        assertEquals(Optional.empty(), throttle.acquire("a"));
        assertEquals(Optional.empty(), throttle.acquire("a"));
    }

    @Test
    void overTheBudgetTheRestOfTheWindowIsTheWait() {
        throttle.acquire("a");
        throttle.acquire("a");
        clock.now = clock.now.plusSeconds(20);
        assertEquals(Optional.of(Duration.ofSeconds(40)), throttle.acquire("a"));
        assertEquals(Optional.empty(), throttle.acquire("b"), "keys are counted apart");
    }

    @Test
    void aNewWindowStartsAfresh() {
        throttle.acquire("a");
        throttle.acquire("a");
        throttle.acquire("a");
        clock.now = clock.now.plusSeconds(61);
        assertEquals(Optional.empty(), throttle.acquire("a"));
    }

    @Test
    void failuresBlockOnlyOnceTheBudgetIsSpentAndSuccessResets() {
        throttle.record("a");
        assertTrue(throttle.blocked("a").isEmpty());
        throttle.record("a");
        assertTrue(throttle.blocked("a").isPresent());
        throttle.reset("a");
        assertTrue(throttle.blocked("a").isEmpty());
    }

    @Test
    void retryAfterIsWholeSecondsAndAtLeastOne() {
        assertEquals(1, Throttle.seconds(Duration.ofMillis(10)));
        assertEquals(3, Throttle.seconds(Duration.ofMillis(2001)));
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
