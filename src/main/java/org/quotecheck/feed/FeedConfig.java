package org.quotecheck.feed;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** RSS and Atom feeds ({@code quotecheck.feeds.*}); pages of feed items are fetched as by URL ({@code quotecheck.fetch.*}). */
@ConfigMapping(prefix = "quotecheck.feeds")
public interface FeedConfig {

    /**
     * How often this replica looks for due feeds ({@code 30s}, {@code 1m}); {@code off} runs no
     * poller here (the tests', where they poll by hand). Read by {@link FeedScheduler}'s {@code @Scheduled}.
     */
    @WithDefault("30s")
    String pollEvery();

    /** Due feeds one look polls, one after the other, before waiting for the next. */
    @WithDefault("10")
    int feedsPerRun();

    /** Interval of a feed registered without one, in minutes. */
    @WithDefault("60")
    int defaultIntervalMinutes();

    /** Shortest interval an administrator may set, in minutes (the longest is 10080, a week). */
    @WithDefault("5")
    int minIntervalMinutes();

    /** Longest wait after failures: the wait doubles with each failed poll in a row up to this. */
    @WithDefault("24h")
    Duration maxBackoff();

    /** Largest feed document; a larger one is refused, not truncated. */
    @WithDefault("2M")
    MemorySize maxBytes();

    /** Items read from one document (the rest of a longer feed is ignored). */
    @WithDefault("500")
    int maxItemsRead();

    /** New items fetched and ingested in one poll; more wait for the next (which comes soon). */
    @WithDefault("20")
    int maxItemsPerPoll();

    /** Time one poll may spend on item pages; items not reached wait for the next poll. */
    @WithDefault("2m")
    Duration pollBudget();

    /** How soon a feed with items left over (over the per-poll caps) is polled again. */
    @WithDefault("1m")
    Duration backlogDelay();

    /** Times an item whose page failed is tried again on later polls before it is left alone. */
    @WithDefault("3")
    int itemMaxAttempts();

    /**
     * How long a poller holds a feed. Longer than any poll (the budget plus one fetch), so that no
     * other replica takes over a feed still being polled; a crashed poller's lease runs out.
     */
    @WithDefault("10m")
    Duration lease();
}
