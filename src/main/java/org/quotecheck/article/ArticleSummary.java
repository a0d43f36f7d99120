package org.quotecheck.article;

import java.time.Instant;

/** An article in a list: everything but the text and the quotations themselves. */
public record ArticleSummary(long id, String url, String title, String publisher, String canonicalUrl,
        String author, Instant publishedAt,
        Instant ingestedAt, String sha256, String extractorVersion, long quotationCount) {
}
