package org.quotecheck.attribution.rules;

import static org.quotecheck.attribution.rules.TestArticles.EX;
import static org.quotecheck.attribution.rules.TestArticles.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quotecheck.attribution.AttributedQuotation;

/**
 * The {@code continued-quote} rule ({@code sieve.rules.ContinuedQuote}):
 * sentences it decides and sentences it must leave to other steps. Sentences are our own.
 */
class ContinuedQuoteRuleTest {

    @Test
    void aQuotationReopenedInTheNextParagraphKeepsItsSpeaker() {
        List<AttributedQuotation> qs = EX.extract(
                "“We rebuilt the school with our own hands,” said Amara Diallo.\n\n“Then the rain came back.\n\n“It took the roof again.”");
        assertEquals(3, qs.size());
        assertEquals("continued-quote", qs.get(2).rule());
        assertEquals("Amara Diallo", mention(qs.get(2)));
    }

    @Test
    void aNewQuotationInTheNextParagraphIsNoContinuation() {
        List<AttributedQuotation> qs = EX.extract("“We rebuilt the school,” said Amara Diallo.\n\nThe mayor wrote “thanks” on a card.");
        assertNotEquals("continued-quote", qs.get(1).rule());
    }
}
