package org.quotecheck.extraction;

/**
 * One quotation found by {@link QuotationFinder}: where its words stand, without the marks.
 *
 * @param content       the quoted words, marks excluded (UTF-16, half-open)
 * @param outer         the quotation including its marks; ends at {@code content.end()} when the
 *                      quotation is never closed
 * @param paragraph     index into {@link QuotationFinder#paragraphs(String)} of the paragraph holding it
 * @param closed        whether a closing mark was found
 * @param continuesPrevious this piece reopens a quotation left open at the end of the previous
 *                      paragraph (a multi-paragraph quotation)
 */
public record Quotation(Span content, Span outer, int paragraph, boolean closed, boolean continuesPrevious) {
}
