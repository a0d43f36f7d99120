package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code according-to} rule ({@code sieve.rules.AccordingTo}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class AccordingToRuleTest {

    @Test
    void accordingToNamesTheSource() {
        AttributedQuotation q = only("According to Jonas Berg, the vote was “a formality.”");
        assertEquals("according-to", q.rule());
        assertEquals("Jonas Berg", mention(q));
    }

    @Test
    void accordingToInAnotherSentenceDoesNotCount() {
        AttributedQuotation q = only("According to Jonas Berg, the vote is Monday. The rest was “a formality for everyone involved.”");
        assertNotEquals("according-to", q.rule());
    }
}
