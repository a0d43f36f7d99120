package org.quotecheck.feed;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered feed as the API and the desk show it: where it is, how often it is polled, how its
 * last poll went and how many articles it brought.
 *
 * @param lastStatus {@code OK}, {@code NOT_MODIFIED} (a 304: nothing new) or {@code FAILED}; null before the first poll
 * @param lastError why the last poll failed (unreachable, not a feed, not well-formed XML, …); null after a good one
 * @param polling a poller holds the feed right now
 * @param articleCount articles its items became (new ones and ones already stored)
 * @param failedItems items whose page could not be ingested (see the feed's items)
 */
@Schema(name = "Feed")
public record FeedView(long id, String url, String title, int intervalMinutes, boolean enabled, String createdBy,
        Instant createdAt, Instant lastPolledAt, Instant lastSuccessAt,
        @Schema(enumeration = {"OK", "NOT_MODIFIED", "FAILED"}) String lastStatus, String lastError,
        int consecutiveFailures, Instant nextPollAt, boolean polling, long articleCount, long failedItems, int polls,
        int notModifiedPolls) {
}
