package org.quotecheck.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to "poll now": the feed after the poll, and what the poll did. */
@Schema(name = "FeedPoll")
public record FeedPoll(FeedView feed, PollOutcome poll) {
}
