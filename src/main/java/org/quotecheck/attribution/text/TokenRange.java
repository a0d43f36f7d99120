package org.quotecheck.attribution.text;

/**
 * A half-open range {@code [from, to)} of token indices into a {@link Doc}. Character offsets are
 * {@link org.quotecheck.extraction.Span}s; {@link Doc#span(int, int)} converts one to the other.
 */
public record TokenRange(int from, int to) {
}
