package org.quotecheck.support;

/** Words of an article and where they stand: code points, half-open. */
public record Excerpt(String text, int start, int end) {
}
