package org.quotecheck.article;

import java.time.Instant;
import java.util.List;
import org.quotecheck.review.QuotationView;

/** A stored article with its text and every quotation, in text order. */
public record ArticleView(long id, String url, String title, String publisher, String canonicalUrl,
        String author, Instant publishedAt,
        Instant ingestedAt, String sha256, String extractorVersion, String text, List<QuotationView> quotations) {
}
