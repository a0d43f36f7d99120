package org.quotecheck.article;

/** The stored article, and whether this call created it (false: the same text was there already). */
public record IngestResult(ArticleView article, boolean created) {
}
