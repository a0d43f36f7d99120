package org.quotecheck.attribution;

import org.quotecheck.extraction.Span;

/**
 * One quotation of an article with its attribution and the evidence for it.
 *
 * @param text       the quotation without its quotation marks
 * @param span       where {@code text} stands in the article (UTF-16, half-open)
 * @param paragraph  the paragraph (or paragraphs, for a multi-paragraph quotation) that holds it
 * @param speaker    null when no rule is sure
 * @param cue        the introducing words, null when there are none (a bare colon frame, say)
 * @param rule       id of the sieve rule that decided, or {@code "none"}
 * @param confidence the deciding rule's confidence in [0, 1]; 0 when unattributed
 */
public record AttributedQuotation(String text, Span span, Span paragraph, Speaker speaker, Cue cue,
        String rule, double confidence) {
}
