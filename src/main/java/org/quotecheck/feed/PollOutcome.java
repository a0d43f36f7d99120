package org.quotecheck.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What one poll did.
 *
 * @param status {@code OK}, {@code NOT_MODIFIED} or {@code FAILED}
 * @param itemsInFeed items the document holds (read up to {@code quotecheck.feeds.max-items-read})
 * @param newItems items this poll tried: never seen before, or failed before and due for another try
 * @param leftForLater new items over this poll's caps, for the next poll (which comes soon)
 * @param error why the poll failed; null otherwise
 */
@Schema(name = "FeedPollOutcome")
public record PollOutcome(@Schema(enumeration = {"OK", "NOT_MODIFIED", "FAILED"}) String status, int itemsInFeed,
        int newItems, int ingested, int duplicates, int failed, int leftForLater, String error) {

    static PollOutcome failed(String error) {
        return new PollOutcome("FAILED", 0, 0, 0, 0, 0, 0, error);
    }

    static PollOutcome notModified() {
        return new PollOutcome("NOT_MODIFIED", 0, 0, 0, 0, 0, 0, null);
    }
}
