package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.body;
import static org.quotecheck.attribution.rules.TestArticles.last;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code term-after-determiner} guard ({@code org.quotecheck.attribution.sieve.TermAfterDeterminer}): what it holds back or changes, and
 * what it leaves alone. Sentences are our own.
 */
class TermAfterDeterminerGuardTest {

    // short terms and titles of works
    @Test
    void aShortTermAfterADeterminerIsNotCarriedOverFromTheParagraph() {
        AttributedQuotation q = last(body("“We will win,” Lind said. That could trigger the “contested convention” "
                + "scenario in the summer."));
        assertEquals("none", q.rule());
        assertNull(q.speaker());
    }

    @Test
    void aShortPhraseWithoutADeterminerStillTakesTheParagraphsSpeaker() {
        AttributedQuotation q = last(body("“We will win,” Lind said. Victory would come “by a mile” in November."));
        assertEquals("same-paragraph", q.rule());
        assertEquals("Lind", mention(q));
    }
}
