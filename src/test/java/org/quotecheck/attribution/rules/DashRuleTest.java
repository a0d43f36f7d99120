package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.quotecheck.attribution.rules.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code dash} rule ({@code sieve.rules.Dash}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class DashRuleTest {

    @Test
    void aDashAndANameAfterTheQuoteAttributeIt() {
        AttributedQuotation q = only("“Never give up on a neighbour.” — Rosa Delgado");
        assertEquals("dash", q.rule());
        assertEquals("Rosa Delgado", mention(q));
    }

    @Test
    void aDashThatContinuesTheSentenceIsNoAttribution() {
        AttributedQuotation q = only("The sign read “Never give up on a neighbour” - Delgado liked it a lot.");
        assertNotEquals("dash", q.rule());
    }

    @Test
    void aHorizontalBarAndANameAttributeTheQuote() {
        AttributedQuotation q = only("“We came for the schools.” ― Rosa Delgado");
        assertEquals("Rosa Delgado", mention(q));
    }
}
