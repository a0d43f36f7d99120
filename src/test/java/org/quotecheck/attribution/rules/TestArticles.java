package org.quotecheck.attribution.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.quotecheck.attribution.AttributedQuotation;
import org.quotecheck.attribution.QuoteExtractor;

/**
 * Test articles for the attribution tests, and what the standard pipeline extracts from them.
 *
 * <p>The first paragraph of an article may be its headline, and quotations in a headline are left to
 * the body (the title-or-headline guard). A test about a body sentence therefore writes
 * {@code body("…")}: the sentence after a neutral first paragraph ({@link #LEDE}) that is no
 * headline quotation. The text is exactly {@code LEDE + "\n\n" + sentence}, the article the
 * prediction snapshot records.
 */
public final class TestArticles {

    /** The neutral first paragraph that {@link #body} puts before a test's own sentences. */
    public static final String LEDE = "Lede.";

    /** The shared standard pipeline. */
    public static final QuoteExtractor EX = QuoteExtractor.standard();

    private TestArticles() {
    }

    /** An article whose body is {@code text}, after the neutral first paragraph {@link #LEDE}. */
    public static String body(String text) {
        return LEDE + "\n\n" + text;
    }

    /** Every quotation of the article, in text order. */
    public static List<AttributedQuotation> all(String text) {
        return EX.extract(text);
    }

    /** The article's one quotation (the test fails when there are more or none). */
    public static AttributedQuotation only(String text) {
        List<AttributedQuotation> qs = EX.extract(text);
        assertEquals(1, qs.size(), "one quotation in: " + text);
        return qs.get(0);
    }

    /** The article's last quotation (the test fails when there is none). */
    public static AttributedQuotation last(String text) {
        List<AttributedQuotation> qs = EX.extract(text);
        assertFalse(qs.isEmpty(), "a quotation in: " + text);
        return qs.get(qs.size() - 1);
    }

    /** The speaker mention's text, or null when the quotation is unattributed. */
    public static String mention(AttributedQuotation q) {
        return q.speaker() == null ? null : q.speaker().mention().text();
    }

    /**
     * A row of a rule's table of sentences it decides: the article's one quotation is decided by
     * {@code rule} with this speaker mention and, unless {@code cue} is null, this cue.
     */
    public static void assertDecides(String rule, String text, String speaker, String cue) {
        AttributedQuotation q = only(text);
        assertEquals(rule, q.rule());
        assertEquals(speaker, mention(q));
        if (cue != null) {
            assertEquals(cue, q.cue().text());
        }
    }

    /** A row of a rule's table of sentences it must leave to other steps. */
    public static void assertLeavesAlone(String rule, String text) {
        assertNotEquals(rule, only(text).rule());
    }
}
