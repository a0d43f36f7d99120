package org.quotecheck.support;

/** Up to 32 code points of the article before and after a quotation (W3C TextQuoteSelector). */
public record Context(String prefix, String suffix) {

    /** How many code points of context a quotation carries on each side. */
    public static final int LENGTH = 32;
}
