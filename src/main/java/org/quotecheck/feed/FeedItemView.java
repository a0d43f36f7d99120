package org.quotecheck.feed;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a feed as seen by its polls.
 *
 * @param key its guid, Atom id or link, whichever identifies it
 * @param status {@code INGESTED} (a new article), {@code DUPLICATE} (the page or its text was stored already) or
 *               {@code FAILED} (see {@code error}; retried on later polls up to a limit)
 */
@Schema(name = "FeedItem")
public record FeedItemView(String key, String link, String title, Instant publishedAt,
        @Schema(enumeration = {"INGESTED", "DUPLICATE", "FAILED"}) String status, String error, int attempts,
        Long articleId, Instant firstSeenAt, Instant lastAttemptAt) {
}
