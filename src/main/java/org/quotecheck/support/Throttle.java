package org.quotecheck.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key in fixed windows and says when a key is over its budget. In memory, so
 * the bound holds per replica (documented where it is used); the number of keys is bounded, and
 * when it is reached expired windows are dropped first, then everything (failing open, never
 * locking anyone out because of memory pressure).
 */
public final class Throttle {

    static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public Throttle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one event for {@code key}; empty while within the budget, else how long to wait. */
    public Optional<Duration> acquire(String key) {
        Window w = count(key, 1);
        return w.count() > limit ? Optional.of(retryAfter(w)) : Optional.empty();
    }

    /** How long {@code key} must wait before its next event counts, without counting one. */
    public Optional<Duration> blocked(String key) {
        Window w = count(key, 0);
        return w.count() >= limit ? Optional.of(retryAfter(w)) : Optional.empty();
    }

    /** Counts one event (a failure) for {@code key}. */
    public void record(String key) {
        count(key, 1);
    }

    /** Forgets {@code key} (after a success). */
    public void reset(String key) {
        windows.remove(key);
    }

    private Window count(String key, int n) {
        if (windows.size() >= MAX_KEYS) {
            prune();
        }
        Instant now = clock.instant();
        return windows.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, n) : new Window(w.start(), w.count() + n));
    }

    private Duration retryAfter(Window w) {
        Duration left = Duration.between(clock.instant(), w.start().plus(window));
        return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    private void prune() {
        Instant now = clock.instant();
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            if (!now.isBefore(it.next().start().plus(window))) {
                it.remove();
            }
        }
        if (windows.size() >= MAX_KEYS) {
            windows.clear();
        }
    }

    /** Whole seconds for a Retry-After header, at least 1. */
    public static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
