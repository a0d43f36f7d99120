package org.quotecheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** What the standard pipeline extracts from a test's own sentences, shared by the rule tests. */
final class Extracted {

    static final QuoteExtractor EX = QuoteExtractor.standard();

    private Extracted() {
    }

    static List<AttributedQuotation> all(String text) {
        return EX.extract(text);
    }

    /** The article's one quotation (the test fails when there are more or none). */
    static AttributedQuotation only(String text) {
        List<AttributedQuotation> qs = EX.extract(text);
        assertEquals(1, qs.size(), "one quotation in: " + text);
        return qs.get(0);
    }

    /** The article's last quotation. */
    static AttributedQuotation last(String text) {
        List<AttributedQuotation> qs = EX.extract(text);
        assertFalse(qs.isEmpty(), "a quotation in: " + text);
        return qs.get(qs.size() - 1);
    }

    /** The speaker mention's text, or null when the quotation is unattributed. */
    static String mention(AttributedQuotation q) {
        return q.speaker() == null ? null : q.speaker().mention().text();
    }
}
