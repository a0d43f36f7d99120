package org.quotecheck.attribution;

import java.util.List;

/**
 * The pure core's entry point: every quotation of a plain-text article, attributed. Built once and
 * shared; implementations are immutable and thread-safe.
 */
public interface QuoteExtractor {

    /** Identifies the rules and word lists, stored with every extraction. */
    String version();

    /** Every step of the pipeline in the order it runs: guards, rules, refinements, post-passes, labels. */
    List<RuleInfo> rules();

    /** Every quotation of {@code text}, in text order. Never throws on odd input. */
    List<AttributedQuotation> extract(String text);

    /**
     * The shared default pipeline (quotation finder, attribution sieve, name resolver): built
     * once, immutable and thread-safe.
     */
    static QuoteExtractor standard() {
        return StandardQuoteExtractor.INSTANCE;
    }
}
